// What sync writes depends on the set of pages, never on their order: copied
// in any order (and the spec's files listed in any order), one sync gives the
// same bytes; added one at a time, with a sync after each, in any order, the
// pages give the bytes of one sync over all of them. Each result then passes
// `sync --check` and a second sync writes nothing. fast-check, a fixed seed,
// few runs, in memory.
import path from "node:path";
import fc from "fast-check";
import { beforeAll, expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { syncSpec } from "../../generator/sync/sync-write.js";
import { fixturesDir } from "../support/paths.js";
import { fixturePage, specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";

const fixture = path.join(fixturesDir, "sync-many", "spec");
// paymentWebInit words 826 its own way here, so that a general meaning is decided between two pages.
const PAGES = [
  ["sources/getWalletData.page.txt", fixturePage("getWalletData.page.txt")],
  ["sources/paymentProviderInitialize.page.txt", fixturePage("paymentProviderInitialize.page.txt")],
  [
    "sources/paymentWebInit.page.txt",
    fixturePage("paymentWebInit.page.txt").replace("826\n- Pound\n", "826\n- Pound Sterling\n"),
  ],
] as const;
type Page = (typeof PAGES)[number];
const FAMILY = "Office";

let base: SpecInput;
/** The bytes of one sync over each set of pages, listed in path order: what every order must give. */
const reference = new Map<string, Map<string, string>>();
beforeAll(async () => {
  base = await readSpecInput(fixture, path.dirname(fixture));
});

const keyOf = (pages: readonly Page[]): string =>
  pages
    .map(([relPath]) => relPath)
    .sort()
    .join(",");

async function oneRun(pages: readonly Page[], files: SpecInput["files"] = base.files): Promise<Map<string, string>> {
  const { report, after } = await syncInMemory(withFiles({ ...base, files }, pages), FAMILY);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  return specTexts(after);
}

async function referenceOf(pages: readonly Page[]): Promise<Map<string, string>> {
  const key = keyOf(pages);
  let texts = reference.get(key);
  if (!texts) {
    const sorted = [...pages].sort(([a], [b]) => (a < b ? -1 : 1));
    texts = await oneRun(sorted);
    // The reference converges: the check passes and a second sync, from that check, writes nothing.
    const input = withFiles(withFiles(base, sorted), [], texts);
    const check = await checkSync(input);
    expect(check.diagnostics.map(formatDiagnostic).filter((l) => !/ info /.test(l))).toEqual([]);
    expect((await syncSpec(input, check, { family: FAMILY, dryRun: true })).written.size).toBe(0);
    reference.set(key, texts);
  }
  return texts;
}

const asObject = (texts: Map<string, string>) => Object.fromEntries([...texts].sort(([a], [b]) => (a < b ? -1 : 1)));

test("one sync: the same bytes whatever order the pages and the spec's files come in", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.shuffledSubarray([...PAGES], { minLength: 1 }),
      fc.shuffledSubarray([...Array(8).keys()], { minLength: 8, maxLength: 8 }),
      async (pages, order) => {
        // The spec's files in another order: a permutation of the first eight applied to the list.
        const files = [...base.files];
        const head = order.map((i) => files[i % files.length]).filter((f) => f !== undefined);
        const shuffled = [...new Set([...head, ...files])];
        expect(asObject(await oneRun(pages, shuffled))).toEqual(asObject(await referenceOf(pages)));
      },
    ),
    { seed: 1414, numRuns: 8 },
  );
});

/**
 * The spec each sequence of pages leaves, synced one page at a time, by the pages' paths in the order added: draws
 * that begin with the same pages in the same order share those syncs (a sync is a function of its input), where
 * each made them again.
 */
const syncedInTurn = new Map<string, SpecInput>();

test("one page at a time, in any order: the bytes of one sync over all of them", async () => {
  await fc.assert(
    fc.asyncProperty(fc.shuffledSubarray([...PAGES], { minLength: 2 }), async (pages) => {
      let input = base;
      for (const [i, page] of pages.entries()) {
        const sequence = pages
          .slice(0, i + 1)
          .map(([relPath]) => relPath)
          .join(",");
        let after = syncedInTurn.get(sequence);
        if (!after) {
          const synced = await syncInMemory(withFiles(input, [page]), FAMILY);
          expect(synced.report.ok, synced.report.messages.join("\n")).toBe(true);
          after = synced.after;
          syncedInTurn.set(sequence, after);
        }
        input = after;
      }
      expect(asObject(specTexts(input))).toEqual(asObject(await referenceOf(pages)));
    }),
    { seed: 2718, numRuns: 6 },
  );
});
