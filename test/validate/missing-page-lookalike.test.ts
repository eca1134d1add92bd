// A cited page saved again under a name of its own (cancel-25.page.txt in
// place of cancel.page.txt): the missing page's error names the saved page
// whose title says it is that page, at its title; a page titled as another's
// is not named. On the real spec, in memory: which operation cites which page,
// and what each page's title says, are read from spec/.
import { beforeAll, expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readDocuments } from "../../generator/read/read-documents.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { validateSpec } from "../../generator/validate/validate-spec.js";
import { repoRoot, specDir } from "../support/paths.js";

let base: SpecInput;
let cited: { readonly page: string; readonly file: string; readonly callback: boolean }[];
beforeAll(async () => {
  base = await readSpecInput(specDir, repoRoot);
  const { spec } = await validateSpec(await readDocuments(base));
  if (!spec) throw new Error("the spec does not validate");
  cited = spec.operations.flatMap((op) => [
    ...(op.raw.source?.page === undefined
      ? []
      : [{ page: op.raw.source.page, file: op.file.displayPath, callback: false }]),
    ...(op.raw.callback?.source?.page === undefined
      ? []
      : [{ page: op.raw.callback.source.page, file: op.file.displayPath, callback: true }]),
  ]);
});

/** The input with pages moved (from -> to) or, where `to` is null, removed. */
function moved(moves: readonly (readonly [from: string, to: string | null])[]): SpecInput {
  const pages = new Map(base.pages);
  const otherPaths = new Set(base.otherPaths);
  for (const [from, to] of moves) {
    const text = pages.get(from) ?? "";
    pages.delete(from);
    otherPaths.delete(from);
    if (to !== null) {
      pages.set(to, text);
      otherPaths.add(to);
    }
  }
  return { ...base, pages, otherPaths };
}

const printed = async (input: SpecInput): Promise<string[]> =>
  (await validateSpec(await readDocuments(input))).diagnostics.map(formatDiagnostic);

/** The error of a cited page missing, `renamed` saved in its place under a name no operation cites. */
const namesRenamed = ({ page, file, callback }: (typeof cited)[number], renamed: string): RegExp => {
  const what = callback ? "response page" : "page";
  return new RegExp(
    `^${file}:\\d+:\\d+ error missing-source source page "${page}" does not exist under spec/, but ${renamed}, which no operation cites, is titled as \\S+'s ${what}: if it is this page saved under another name, cite it here or save it as ${page}\\n  spec/${renamed}:1:1 titled as \\S+'s ${what}, and cited by no operation$`,
  );
};
const renamedOf = (page: string): string => page.replace(/\.page\.txt$/, "-25.page.txt");

test("a cited page, an operation's or a callback's, saved under another name is named where the spec cites it", async () => {
  for (const kind of [false, true]) {
    const one = cited.find((c) => c.callback === kind);
    if (!one) throw new Error(`no ${kind ? "callback's" : "operation's"} cited page`);
    const lines = await printed(moved([[one.page, renamedOf(one.page)]]));
    expect(lines, one.page).toEqual([expect.stringMatching(namesRenamed(one, renamedOf(one.page)))]);
  }
});

// Every cited page saved under another name at once, in one validation of the spec (where one a page took some 15 ms
// of CPU each): each error names the page whose title is its own among all the uncited pages, not merely the one there is.
test("every cited page, an operation's or a callback's, saved under another name is named where the spec cites it", async () => {
  const lines = await printed(moved(cited.map((c) => [c.page, renamedOf(c.page)] as const)));
  for (const c of cited) {
    const about = lines.filter((line) => line.includes(` source page "${c.page}" `));
    expect(about, c.page).toEqual([expect.stringMatching(namesRenamed(c, renamedOf(c.page)))]);
  }
  expect(lines.length).toBe(cited.length);
});

test("a page no operation cites whose title is another operation's, or no page at all, is not named", async () => {
  const operationPages = cited.filter((c) => !c.callback);
  const [gone, other] = operationPages;
  if (!gone || !other) throw new Error("fewer than two cited pages");
  // The other operation's page saved again beside its own: uncited, titled as the other operation's.
  const input = moved([[gone.page, null]]);
  const beside = {
    ...input,
    pages: new Map(input.pages).set("sources/again.page.txt", base.pages?.get(other.page) ?? ""),
  };
  for (const spec of [input, { ...beside, otherPaths: new Set([...beside.otherPaths, "sources/again.page.txt"]) }]) {
    const lines = (await printed(spec)).filter((l) => l.includes(" missing-source "));
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`error missing-source source page "${gone.page}" does not exist under spec/$`)),
    ]);
  }
});

test("a page titled as the missing one but cited by another operation is not named: it is no release saved aside", async () => {
  const [gone, other] = cited.filter((c) => !c.callback);
  if (!gone || !other) throw new Error("fewer than two cited pages");
  // The missing page's text saved over another operation's cited page: titled as the missing one, but cited.
  const input = moved([[gone.page, null]]);
  const over = { ...input, pages: new Map(input.pages).set(other.page, base.pages?.get(gone.page) ?? "") };
  const lines = (await printed(over)).filter((l) => l.includes(" missing-source "));
  expect(lines).toEqual([
    expect.stringMatching(new RegExp(`error missing-source source page "${gone.page}" does not exist under spec/$`)),
  ]);
});
