// The reading errors of the saved pages a spec's operations cite. A cited
// page orders its operation's changelog (and its callback's) as the page was
// read: a page read with an error may order it as it misread it, so the spec
// is refused with the page's own errors, located in the page as sync reports
// them; so is a page titled as another operation of the spec, whose rows
// would order this one's, and a callback's response page titled after
// another family of the spec (Walletpage's saved over Paypage's), whose rows
// would order the callback's. Made from the pages' texts on every run: no
// memo keeps them.

import { diagnostic, type Diagnostic, type SourceLocation } from "../diagnostics/diagnostic.js";
import type { ParsedFile } from "../read/parse-spec-file.js";
import type { PageReading } from "../read/page/read-page.js";
import type { RawOperation } from "../rules/raw-spec.js";
import type { Located } from "../validate/located.js";
import type { SpecModel } from "./ir.js";
import type { OperationModel } from "./operation-model.js";
import { callbackPageOf } from "./operation-head.js";
import { titleFamilies } from "../rules/title-families.js";
import { citingPlace, operationPageAsResponse, responseNamingOthers } from "./response-of-other-family.js";

/**
 * Where the spec cites an operation's page (callback false) or its callback's: asked of a page refused alone, so
 * that the error names the place as sync's does (a run with a memo reads no operation file for it otherwise).
 */
export type CitingPlaces = (operation: string, callback: boolean) => SourceLocation | undefined;

/** The places where the operation files cite their pages (`source.page`, `callback.source.page`). */
export const citingPlaces =
  (operations: readonly Located<RawOperation>[]): CitingPlaces =>
  (operation, callback) => {
    const located = operations.find((o) => o.raw.operation === operation);
    return located?.map.value(callback ? ["callback", "source", "page"] : ["source", "page"]);
  };

/**
 * The errors of every page `model` cites, each page once, in the order of its reading; then each operation page
 * cited by an operation that its title names another operation of the spec (another's page saved under its name),
 * and each callback's response page that its title names another family of the spec.
 */
export function citedPageDefects(
  model: SpecModel,
  pages: ReadonlyMap<string, PageReading>,
  citedAt: CitingPlaces = () => undefined,
): Diagnostic[] {
  // The heads' `pages`: known without building an operation the memo left unread.
  return [
    ...pageErrors(
      model.operations.flatMap((op) => op.pages),
      pages,
    ),
    ...othersPages(model, pages, citedAt),
    ...othersResponses(model, pages, citedAt),
  ];
}

/**
 * An operation page whose title is the name of another operation of the spec, cited by an operation: that other
 * operation's page, which would order this one's changelog. Only another operation of the spec: a title that is
 * no operation's (an operation Sips renamed, or copies of an operation citing its one page, as the benchmarks'
 * spec has) is sync's to settle (sync/page-of-other-operation.ts), where a title names the cited operation alone.
 */
function othersPages(model: SpecModel, pages: ReadonlyMap<string, PageReading>, citedAt: CitingPlaces): Diagnostic[] {
  const names = new Set(model.operations.map((op) => op.name));
  const out: Diagnostic[] = [];
  for (const op of model.operations)
    for (const relPath of ownPages(op)) {
      const title = pages.get(relPath)?.page.name;
      if (title && title.value !== op.name && names.has(title.value))
        out.push(
          cited(
            diagnostic("page-other-operation", title.at, { page: relPath, named: title.value, operation: op.name }),
            op.name,
            false,
            citedAt,
          ),
        );
    }
  return out;
}

/** The pages an operation cites as its own: its pages but its callback's (operation-pages.ts puts that one last). */
function ownPages(op: OperationModel): readonly string[] {
  const callback = callbackPageOf(op);
  const at = callback === null ? -1 : op.pages.lastIndexOf(callback);
  return at < 0 ? op.pages : op.pages.filter((_, index) => index !== at);
}

/**
 * A callback's response page whose title names other families of the spec than its operation's: another family's
 * response, which would order the callback's changelog; and an operation's page saved over a callback's.
 */
function othersResponses(
  model: SpecModel,
  pages: ReadonlyMap<string, PageReading>,
  citedAt: CitingPlaces,
): Diagnostic[] {
  const families = new Set<string>();
  for (const op of model.operations) if (op.family !== null) families.add(op.family);
  // The families each page's title names, asked once a page: a thousand callbacks may share one.
  const named = new Map<string, readonly string[]>();
  const out: Diagnostic[] = [];
  for (const op of model.operations) {
    const relPath = callbackPageOf(op) ?? undefined;
    const page = relPath === undefined ? undefined : pages.get(relPath)?.page;
    if (relPath === undefined || page === undefined) continue;
    const operationPage = operationPageAsResponse(op, relPath, page);
    if (operationPage) out.push(cited(operationPage, op.name, true, citedAt));
    if (page.kind !== "response" || page.title === null) continue;
    let titled = named.get(relPath);
    if (titled === undefined) named.set(relPath, (titled = titleFamilies(page.title.value, families)));
    const other = responseNamingOthers(op, titled, relPath, page);
    if (other) out.push(cited(other, op.name, true, citedAt));
  }
  return out;
}

/**
 * A refusal with the place that cites the page, as sync gives it: asked only of a page refused, since a run with a
 * memo reads no operation file for it otherwise.
 */
const cited = (refusal: Diagnostic, operation: string, callback: boolean, citedAt: CitingPlaces): Diagnostic => ({
  ...refusal,
  related: citingPlace(operation, citedAt(operation, callback), callback),
});

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
