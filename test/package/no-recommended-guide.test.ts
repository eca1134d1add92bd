// Which operations recommend no interface version is the spec's to say (an
// operation file without `interfaceVersion.recommended`), and the registry
// and the reference index show it: the users' guide says what a call of such
// an operation needs once, and names none of them, so that a page that gives
// an operation its recommended version (walletInitialize's did) leaves the
// guide true.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import { guidePassage, referenceIndexRows } from "../support/operation-facts.js";
import { specDir } from "../support/paths.js";

/** Each operation of the spec with whether its file gives a recommended interfaceVersion. */
function recommendsOne(): Map<string, boolean> {
  const dir = path.join(specDir, "operations");
  return new Map(
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith(".yaml"))
      .map((file) => {
        const raw = parse(readFileSync(path.join(dir, file), "utf8")) as {
          operation: string;
          interfaceVersion?: { recommended?: unknown };
        };
        return [raw.operation, raw.interfaceVersion?.recommended !== undefined] as const;
      }),
  );
}

const inSpec = recommendsOne();

test("the registry and the reference index show which operations recommend no version, as the spec files say", () => {
  expect(inSpec.size).toBeGreaterThan(1);
  const index = referenceIndexRows();
  for (const [name, recommends] of inSpec) {
    const recommended = operations[name as keyof typeof operations].interfaceVersion.recommended;
    expect(recommended !== null, name).toBe(recommends);
    // The index's Interface column: the prefix, then the recommended version where there is one.
    expect((index.get(name)?.["Interface"] ?? "").split(" ").filter(Boolean).length, name).toBe(recommends ? 2 : 1);
  }
});

test("the guide's paragraph on an operation that recommends no version points to the registry and the index, naming no operation", () => {
  const paragraph = guidePassage("An operation with no documented recommended version");
  expect(paragraph).toContain("`operations.<name>.interfaceVersion.recommended` is null");
  expect(paragraph).toContain("(generated/docs/index.md)");
  // It named walletInitialize, which its page has since given IR_MB_3.0.
  for (const name of inSpec.keys()) expect(paragraph, name).not.toMatch(new RegExp(`\\b${name}\\b`));
});
