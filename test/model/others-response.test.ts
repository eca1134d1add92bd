// generate and changes refuse a callback whose response page is titled after another family of the spec (the
// Walletpage response saved over the Paypage one): its rows would order the callback's changelog. sync refused it
// alone (test/sync/response-of-other-family.test.ts). On the real spec, in memory: its callbacks, their pages and
// families are read from spec/.
import { beforeAll, expect, test } from "vitest";
import { parse } from "yaml";
import { specModel } from "../../generator/changes/spec-model.js";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { generateFromInput } from "../../generator/index.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { repoRoot, specDir } from "../support/paths.js";

interface Cited {
  readonly operation: string;
  readonly family: string;
  readonly page: string;
  readonly text: string;
}

let base: SpecInput;
let cited: Cited[];
beforeAll(async () => {
  base = await readSpecInput(specDir, repoRoot);
  cited = base.files.flatMap((file) => {
    if (file.kind !== "operation") return [];
    const raw = parse(file.text) as { operation: string; family?: string; callback?: { source?: { page?: string } } };
    const page = raw.callback?.source?.page;
    const text = page === undefined ? undefined : base.pages?.get(page);
    return page !== undefined && raw.family !== undefined && text !== undefined
      ? [{ operation: raw.operation, family: raw.family, page, text }]
      : [];
  });
});

/** Every callback's page with another family's response page saved over it. */
const swaps = (): [Cited, Cited][] =>
  cited.flatMap((own) => cited.filter((other) => other.family !== own.family).map((other) => [own, other]));

const withPage = (page: string, text: string): SpecInput => ({ ...base, pages: new Map(base.pages).set(page, text) });

test("the spec has callbacks of two families, each citing its own page, which generate takes", async () => {
  expect(new Set(cited.map((c) => c.family)).size).toBeGreaterThanOrEqual(2);
  const result = await generateFromInput(base, []);
  expect(result.diagnostics.filter((d) => d.code === "page-other-operation")).toEqual([]);
});

test("another family's response page saved over a callback's is refused by generate and changes, at its title", async () => {
  expect(swaps().length).toBeGreaterThanOrEqual(2);
  for (const [own, other] of swaps()) {
    const input = withPage(own.page, other.text);
    const result = await generateFromInput(input, []);
    const expected = [
      expect.stringMatching(
        new RegExp(
          `^spec/${own.page}:1:1 error page-other-operation ${own.page} is the page of .*${other.family}.*'s response \\(".*"\\), not of ${own.operation}'s callback, which cites it: save the response page of ${own.family} there; sync, generate and changes use nothing of the page until its title names ${own.family}\\n  spec/operations/.*:\\d+:\\d+ ${own.operation}'s callback cites it$`,
        ),
      ),
    ];
    // Without it: generate went on, the other family's rows ordering the callback's changelog.
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual(expected);
    const compared = await specModel(input);
    expect("diagnostics" in compared ? compared.diagnostics.map(formatDiagnostic) : []).toEqual(expected);
  }
});
