// docs/seal.md (which the package ships) gives the seal rule's data as
// spec/sips.yaml holds it: the fields each message leaves out of its sealing
// string, every algorithm and which one is the default. A platform file that
// changes them fails here until the page says so.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { repoRoot, specDir } from "../support/paths.js";

interface SealRule {
  readonly defaultAlgorithm: string;
  readonly request: { readonly exclude: readonly string[] };
  readonly response: { readonly exclude: readonly string[] };
  readonly algorithms: Readonly<Record<string, unknown>>;
}
const platform = parse(readFileSync(path.join(specDir, "sips.yaml"), "utf8"), { schema: "failsafe" }) as {
  seal: SealRule;
};
const seal = platform.seal;
/** Prose as one line, as a sentence may break anywhere. */
const doc = readFileSync(path.join(repoRoot, "docs", "seal.md"), "utf8").replace(/\s+/g, " ");
/** Names as the page lists them: `a`, `b` and `c`. */
function listed(names: readonly string[]): string {
  const quoted = names.map((name) => `\`${name}\``);
  return quoted.length < 2 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}`;
}

test("docs/seal.md names the fields each message leaves out as the platform file does", () => {
  expect(seal.request.exclude.length).toBeGreaterThan(0);
  expect(doc).toContain(
    `except the excluded ones: ${listed(seal.request.exclude)} for a request, ${listed(seal.response.exclude)} for a response.`,
  );
});

test("docs/seal.md names every algorithm of the platform file and its default", () => {
  const names = Object.keys(seal.algorithms);
  expect(names).toContain(seal.defaultAlgorithm);
  for (const name of names) expect(doc, name).toContain(`\`${name}\``);
  expect(doc).toContain(`\`${seal.defaultAlgorithm}\` (the default)`);
});
