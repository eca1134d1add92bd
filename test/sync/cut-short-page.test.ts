// A page saved cut short (the save stopped in its Response) is compared with nothing by sync --check: its defect
// alone is said, not a difference for each field past the cut (each "no such field", a status key said to go with
// one) and the field it stops in (values and a meaning lost). An operation's page and a callback's. On the real
// spec, in memory: the pages and who cites them are read from spec/.
import { beforeAll, expect, test } from "vitest";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { repoRoot, specDir } from "../support/paths.js";
import { checkInMemory, syncInMemory, withFiles } from "../support/sync-memory.js";

let base: SpecInput;
/** The pages the spec's operations and callbacks cite, each with the file of the operation that cites it. */
let cited: { page: string; file: string; callback: boolean }[];
beforeAll(async () => {
  base = await readSpecInput(specDir, repoRoot);
  const checked = await checkSync(base);
  if (!checked.ok) throw new Error("the spec does not check");
  cited = checked.spec.operations.flatMap((located) => {
    const own = located.raw.source?.page;
    const callback = located.raw.callback?.source?.page;
    const file = located.file.relPath;
    return [
      ...(own === undefined ? [] : [{ page: own, file, callback: false }]),
      ...(callback === undefined ? [] : [{ page: callback, file, callback: true }]),
    ];
  });
});

/** The page cut in the middle of its Response's fields, mid-line, as a save that stopped there leaves it. */
function cut(text: string): string | null {
  const response = text.indexOf("\nResponse\n");
  const sample = text.indexOf("\nResponse sample\n");
  const fields = [...text.slice(response, sample).matchAll(/\n-\n/g)].map((m) => response + (m.index ?? 0));
  const at = fields[Math.floor(fields.length / 2)];
  if (response < 0 || sample < 0 || fields.length < 4 || at === undefined) return null;
  return text.slice(0, at + 6);
}

test("a page cut short in its Response: its defect alone, no difference of the operation or callback citing it", async () => {
  const pages = cited.flatMap((c) => {
    const text = base.pages?.get(c.page);
    const short = text === undefined ? null : cut(text);
    return short === null ? [] : [{ ...c, short }];
  });
  expect(pages.some((p) => p.callback)).toBe(true);
  expect(pages.some((p) => !p.callback)).toBe(true);
  for (const { page, file, short } of pages) {
    const printed = await checkInMemory(withFiles(base, [[page, short]]));
    expect(printed.filter((l) => l.includes(" page-cut-short "))).toEqual([
      expect.stringMatching(new RegExp(`^spec/${page}:\\d+:1 error page-cut-short the page stops in its Response`)),
    ]);
    // Without it: the fields past the cut were each "no such field", the field cut in lost values or words.
    const citing = printed.filter((l) => l.startsWith(`spec/${file}:`) && !l.includes(" info "));
    expect(citing).toEqual([]);
    expect(printed.filter((l) => / page-deviation-unused /.test(l))).toEqual([]);
  }
  const [first] = pages;
  if (!first) throw new Error("no page to cut");
  const { report } = await syncInMemory(withFiles(base, [[first.page, first.short]]));
  expect([report.ok, report.written.size]).toEqual([false, 0]);
});
