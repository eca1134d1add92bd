// A missing cited page with several look-alikes (the page saved aside more than once): the error names them, and
// places each at its title, in the code-point order of their paths, whatever order the pages were read in. On the
// real spec, in memory: which operation cites which page is read from spec/.
import { beforeAll, expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readDocuments } from "../../generator/read/read-documents.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { validateSpec } from "../../generator/validate/validate-spec.js";
import { repoRoot, specDir } from "../support/paths.js";

let base: SpecInput;
let cited: { readonly page: string; readonly callback: boolean }[];
beforeAll(async () => {
  base = await readSpecInput(specDir, repoRoot);
  const { spec } = await validateSpec(await readDocuments(base));
  if (!spec) throw new Error("the spec does not validate");
  cited = spec.operations.flatMap((op) => [
    ...(op.raw.source?.page === undefined ? [] : [{ page: op.raw.source.page, callback: false }]),
    ...(op.raw.callback?.source?.page === undefined ? [] : [{ page: op.raw.callback.source.page, callback: true }]),
  ]);
});

/** The input with `page` gone and its text saved under each of `names`, read in the order given. */
function savedAside(page: string, names: readonly string[]): SpecInput {
  const text = base.pages?.get(page) ?? "";
  const pages = new Map([...(base.pages ?? [])].filter(([relPath]) => relPath !== page));
  for (const name of names) pages.set(name, text);
  const otherPaths = new Set([...base.otherPaths].filter((p) => p !== page));
  for (const name of names) otherPaths.add(name);
  return { ...base, pages, otherPaths };
}

test("the look-alikes of a missing page, an operation's or a callback's, are named in code-point order of their paths", async () => {
  const pages = [cited.find((c) => !c.callback), cited.find((c) => c.callback)];
  for (const own of pages) {
    if (!own) throw new Error("the spec cites no operation page, or no callback page");
    // Code-point order puts digits, then capitals, then small letters: a locale's order would put -a before -Z.
    const names = ["-a", "-Z", "-25"].map((suffix) => own.page.replace(/\.page\.txt$/, `${suffix}.page.txt`));
    const sorted = [names[2], names[1], names[0]];
    for (const order of [names, [...names].reverse(), [names[1], names[2], names[0]]]) {
      const printed = (await validateSpec(await readDocuments(savedAside(own.page, order as string[])))).diagnostics
        .map(formatDiagnostic)
        .filter((l) => l.includes(" missing-source "));
      expect(printed).toHaveLength(1);
      const [head, ...places] = (printed[0] ?? "").split("\n");
      // Without the sort: the paths in the order the pages were read, which a folder listing does not fix.
      expect(head).toContain(`, but ${sorted.join(", ")}, which no operation cites,`);
      expect(places.map((l) => l.trim().split(":")[0])).toEqual(sorted.map((n) => `spec/${n}`));
    }
  }
});
