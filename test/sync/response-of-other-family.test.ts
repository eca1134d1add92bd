// A response page (what Sips posts back) saved over another family's (the
// Walletpage response over the Paypage one), or saved again beside the one a
// callback cites. Both response pages are pages of a Response alone, titled
// after the product they come back from; sync refuses a page whose title names
// another family of the spec than the operation whose callback cites it, and
// one titled after a family whose callback cites another page, and compares,
// plans and writes nothing of it. On the real spec, in memory: its callbacks,
// their pages and families are read from spec/.
import { beforeAll, expect, test } from "vitest";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { repoRoot, specDir } from "../support/paths.js";
import { checkInMemory, specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";

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
  const checked = await checkSync(base);
  if (!checked.ok) throw new Error("the spec does not check");
  cited = checked.callbacks.flatMap(({ located }) => {
    const page = located.raw.callback?.source?.page;
    const { family } = located.raw;
    const text = page === undefined ? undefined : base.pages?.get(page);
    return page !== undefined && family !== undefined && text !== undefined
      ? [{ operation: located.raw.operation, family, page, text }]
      : [];
  });
});

/** Every callback's page with another family's response page saved over it. */
const swaps = (): [Cited, Cited][] =>
  cited.flatMap((own) => cited.filter((other) => other.family !== own.family).map((other) => [own, other]));

test("the spec has callbacks of two families, each citing its own page, which sync does not refuse", async () => {
  expect(new Set(cited.map((c) => c.family)).size).toBeGreaterThanOrEqual(2);
  expect((await checkInMemory(base)).filter((l) => l.includes("page-other-operation"))).toEqual([]);
});

test("another family's response page saved over a callback's is refused at its title, and nothing of it compared", async () => {
  for (const [own, other] of swaps()) {
    const printed = await checkInMemory(withFiles(base, [[own.page, other.text]]));
    const refusal = printed.filter((l) => l.includes(" page-other-operation "));
    expect(refusal).toEqual([
      expect.stringMatching(
        new RegExp(
          `^spec/${own.page}:1:1 error page-other-operation ${own.page} is the page of .*${other.family}.*'s response \\(".*"\\), not of ${own.operation}'s callback, which cites it: save the response page of ${own.family} there;[^\\n]*\\n  spec/operations/.*:\\d+:\\d+ ${own.operation}'s callback cites it$`,
        ),
      ),
    ]);
    // Without the check, the other page's fields were the callback's differences, and sync wrote them in.
    expect(printed.filter((l) => l.includes(" page-mismatch ") || l.includes(" page-deviation-unused "))).toEqual([]);
  }
});

test("sync writes nothing while a callback cites another family's response page", async () => {
  const [own, other] = swaps()[0] ?? [];
  if (!own || !other) throw new Error("no two families");
  const wrong = withFiles(base, [[own.page, other.text]]);
  const { report, after } = await syncInMemory(wrong);
  expect([report.ok, report.written.size]).toEqual([false, 0]);
  expect(specTexts(after)).toEqual(specTexts(base));
});

test("a callback's response page saved again beside the one it cites is refused, as an operation's page is", async () => {
  expect(cited.length).toBeGreaterThan(0);
  for (const own of cited) {
    const again = own.page.replace(/\.page\.txt$/, "-2.page.txt");
    const printed = await checkInMemory(withFiles(base, [[again, own.text]]));
    expect(printed.filter((l) => l.includes(again))).toEqual([
      `spec/${again}:1:1 error page-operation-cited ${again} describes ${own.operation}'s callback (${own.family}'s response), which cites ${own.page}; remove one of the pages or save it under the other's name`,
    ]);
    const { report } = await syncInMemory(withFiles(base, [[again, own.text]]));
    expect([report.ok, report.written.size]).toEqual([false, 0]);
  }
});
