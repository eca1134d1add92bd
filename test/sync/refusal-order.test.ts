// A page saved over another's, with a reading error of its own, is refused by sync --check, generate and changes
// in the same words and the same order: the refusal at the page's title first (it is the cause: the reading
// errors are the other page's, and go with it), then the page's reading errors, by line; the refusal names where
// the spec cites the page in the three. On the real spec, in memory: its callbacks and pages are read from spec/.
import { beforeAll, expect, test } from "vitest";
import { specModel } from "../../generator/changes/spec-model.js";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { generateFromInput } from "../../generator/index.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { repoRoot, specDir } from "../support/paths.js";
import { checkInMemory, withFiles } from "../support/sync-memory.js";

interface Cited {
  readonly family: string;
  readonly page: string;
  readonly text: string;
}

let base: SpecInput;
let cited: Cited[];
beforeAll(async () => {
  base = await readSpecInput(specDir, repoRoot);
  const checked = await checkSync(base);
  if (!checked.ok) throw new Error("the spec does not check");
  cited = checked.callbacks.flatMap(({ located }) => {
    const page = located.raw.callback?.source?.page;
    const text = page === undefined ? undefined : base.pages?.get(page);
    const { family } = located.raw;
    return page !== undefined && text !== undefined && family !== undefined ? [{ family, page, text }] : [];
  });
});

/** The page with a line the page reader does not understand, first in its Response. */
function misread(text: string): string {
  const lines = text.split("\n");
  const at = lines.indexOf("Response") + 1;
  if (at === 0) throw new Error("a callback's page without its Response heading");
  return [...lines.slice(0, at), "Mandatory!", ...lines.slice(at)].join("\n");
}

/** What each command prints of the page: sync --check, generate, changes (the working tree's spec). */
async function printed(input: SpecInput, page: string): Promise<string[][]> {
  const ofPage = (lines: readonly string[]) => lines.filter((l) => l.startsWith(`spec/${page}:`));
  const generated = await generateFromInput(input, []);
  const compared = await specModel(input);
  return [
    ofPage(await checkInMemory(input)),
    ofPage(generated.diagnostics.map(formatDiagnostic)),
    ofPage("diagnostics" in compared ? compared.diagnostics.map(formatDiagnostic) : []),
  ];
}

test("another family's response page, misread, is refused first, then its reading error, the same in the three", async () => {
  const swaps = cited.flatMap((own) => cited.filter((o) => o.family !== own.family).map((o) => [own, o] as const));
  expect(swaps.length).toBeGreaterThanOrEqual(2);
  for (const [own, other] of swaps) {
    const [sync, generate, changes] = await printed(withFiles(base, [[own.page, misread(other.text)]]), own.page);
    expect(sync?.map((l) => / error (\S+) /.exec(l)?.[1])).toEqual(["page-other-operation", "page-unreadable-line"]);
    expect(sync?.[0]).toMatch(/\n {2}spec\/operations\/\S+:\d+:\d+ \w+'s callback cites it$/);
    // Without it: generate and changes printed the refusal without the place that cites the page, and sync
    // printed the reading error first.
    expect(generate).toEqual(sync);
    expect(changes).toEqual(sync);
  }
});
