// Whether a call may be sent again after a failure depends on what it does at
// Sips: only read, or change something. Each operation's spec file says which
// (`effect`); the registry (`operations.<name>.effect`), the reference index
// and each reference page show it, and the users' guide says the rule once
// and points to them rather than naming operations, so that an operation
// added needs no edit of the guide nor of this test.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import { guidePassage, referenceIndexRows, specOperationFacts } from "../support/operation-facts.js";
import { generatedDir } from "../support/paths.js";

const inSpec = specOperationFacts();

/** Each OpenAPI operation's x-sips-effect, by operationId. */
function openApiEffects(): Map<string, unknown> {
  const document = JSON.parse(readFileSync(path.join(generatedDir, "openapi.json"), "utf8")) as {
    paths: Record<string, Record<string, { operationId: string; "x-sips-effect"?: unknown }>>;
  };
  return new Map(
    Object.values(document.paths).flatMap((item) =>
      Object.values(item).map((op) => [op.operationId, op["x-sips-effect"]]),
    ),
  );
}

test("every operation's effect is the spec's in the registry, OpenAPI, the reference index and its reference page", () => {
  expect(inSpec.size).toBeGreaterThan(1);
  expect(new Set([...inSpec.values()].map((op) => op.effect))).toEqual(new Set(["reads", "changes"]));
  expect(Object.keys(operations).sort()).toEqual([...inSpec.keys()].sort());
  const index = referenceIndexRows();
  expect([...index.keys()].sort()).toEqual([...inSpec.keys()].sort());
  const openApi = openApiEffects();
  for (const [name, { effect }] of inSpec) {
    expect(openApi.get(name), name).toBe(effect);
    expect(operations[name as keyof typeof operations].effect, name).toBe(effect);
    expect(index.get(name)?.["Effect"], name).toBe(effect);
    const page = readFileSync(path.join(generatedDir, "docs", `${name}.md`), "utf8");
    expect(page, name).toMatch(new RegExp(`^\\| Effect \\| \`${String(effect)}\`: `, "m"));
  }
});

test("the guide's paragraph on sending a call again says the rule and points to the registry and the index, naming no operation", () => {
  const paragraph = guidePassage("A request that only reads");
  expect(paragraph).toContain("`operations.<name>.effect`");
  expect(paragraph).toContain('`"reads"`');
  expect(paragraph).toContain('`"changes"`');
  expect(paragraph).toContain("(generated/docs/index.md)");
  for (const name of inSpec.keys()) expect(paragraph, name).not.toMatch(new RegExp(`\\b${name}\\b`));
});
