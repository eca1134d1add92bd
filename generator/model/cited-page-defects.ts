// The reading errors of the saved pages a spec's operations cite. A cited
// page orders its operation's changelog (and its callback's) as the page was
// read: a page read with an error may order it as it misread it, so the spec
// is refused with the page's own errors, located in the page as sync reports
// them; so is a page titled as another operation of the spec, whose rows
// would order this one's. Made from the pages' texts on every run: no memo
// keeps them.

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { ParsedFile } from "../read/parse-spec-file.js";
import type { PageReading } from "../read/page/read-page.js";
import type { SpecModel } from "./ir.js";

/**
 * The errors of every page `model` cites, each page once, in the order of its reading; then each operation page
 * cited by an operation that its title names another operation of the spec (another's page saved under its name).
 */
export function citedPageDefects(model: SpecModel, pages: ReadonlyMap<string, PageReading>): Diagnostic[] {
  // The heads' `pages`: known without building an operation the memo left unread.
  return [
    ...pageErrors(
      model.operations.flatMap((op) => op.pages),
      pages,
    ),
    ...othersPages(model, pages),
  ];
}

/**
 * An operation page whose title is the name of another operation of the spec, cited by an operation: that other
 * operation's page, which would order this one's changelog. Only another operation of the spec: a title that is
 * no operation's (an operation Sips renamed, or copies of an operation citing its one page, as the benchmarks'
 * spec has) is sync's to settle (sync/page-of-other-operation.ts), where a title names the cited operation alone.
 */
function othersPages(model: SpecModel, pages: ReadonlyMap<string, PageReading>): Diagnostic[] {
  const names = new Set(model.operations.map((op) => op.name));
  const out: Diagnostic[] = [];
  for (const op of model.operations)
    for (const relPath of op.pages) {
      const title = pages.get(relPath)?.page.name;
      if (title && title.value !== op.name && names.has(title.value))
        out.push(
          diagnostic("page-other-operation", title.at, { page: relPath, named: title.value, operation: op.name }),
        );
    }
  return out;
}

/**
 * The same for a spec with errors, which has no model: the pages its operation files cite as far as each reads
 * (`source.page`, `callback.source.page`), so that one run reports the spec's errors and the pages' together, as
 * `sync --check` does, where the pages' waited until the spec was mended.
 */
export function citedPageDefectsOf(
  documents: readonly ParsedFile[],
  pages: ReadonlyMap<string, PageReading>,
): Diagnostic[] {
  const cited = documents.flatMap((document) => {
    if (document.file.kind !== "operation") return [];
    const { data } = document;
    return [member(member(data, "source"), "page"), member(member(member(data, "callback"), "source"), "page")];
  });
  return pageErrors(
    cited.filter((page) => typeof page === "string"),
    pages,
  );
}

const pageErrors = (cited: readonly string[], pages: ReadonlyMap<string, PageReading>): Diagnostic[] =>
  [...new Set(cited)].flatMap((page) => pages.get(page)?.diagnostics.filter((d) => d.severity === "error") ?? []);

/** A key's value in a mapping, undefined in anything else. */
const member = (value: unknown, key: string): unknown =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
