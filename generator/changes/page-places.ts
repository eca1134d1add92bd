// Where the working tree's saved page prints what a change of a field names:
// the line of its presence, its version, its value or the field itself, as a
// diagnostic names its place (spec/sources/x.page.txt:97:1); of an operation,
// the recommended version it moved to and the summary reworded. A reviewer
// holds each classified change against the page release that brought it,
// without searching the page. A field the page no longer prints (removed, or
// beyond the saved facts) has no place; a value added to a shared list takes
// the places of the fields that take it, whose own lines its line stands for.

import type { SourceLocation } from "../diagnostics/diagnostic.js";
import type { SpecModel } from "../model/ir.js";
import type { OperationModel } from "../model/operation-model.js";
import type { PageField, PageMessage, SipsPage } from "../read/page/page-model.js";
import type { PageReading } from "../read/page/read-page.js";
import type { Change } from "./change.js";

/**
 * `changes` (of `before` against `after`), each that its operation's or callback's saved page (read in `pages`)
 * prints given where it prints it (Change.pages).
 */
export function withPagePlaces(
  changes: readonly Change[],
  { before, after }: { readonly before: SpecModel; readonly after: SpecModel },
  pages: ReadonlyMap<string, PageReading>,
): Change[] {
  const placed = changes.map((change) => {
    const at = placeOf(change, before, after, pages);
    return at === null ? change : { ...change, pages: [placeText(at)] };
  });
  // A value added to a shared list: the places of the fields that now take it, which its line stands for.
  const taking = new Map<string, string[]>();
  for (const change of placed)
    if (change.kind === "value-added" && change.taken !== undefined && change.pages !== undefined) {
      const key = `${change.taken.list}\n${change.taken.value}`;
      taking.set(key, [...(taking.get(key) ?? []), ...change.pages]);
    }
  return placed.map((change) => {
    const those =
      change.kind === "shared-value-added" && change.added !== undefined
        ? taking.get(`${change.list}\n${change.added}`)
        : undefined;
    return those === undefined ? change : { ...change, pages: [...new Set(those)] };
  });
}

/** "file:line:column", as a diagnostic's place reads. */
const placeText = (at: SourceLocation): string => `${at.file}:${at.line}:${at.column}`;

/** The page's place of what `change` changed, or null where no saved page prints it. */
function placeOf(
  change: Change,
  before: SpecModel,
  after: SpecModel,
  pages: ReadonlyMap<string, PageReading>,
): SourceLocation | null {
  if (change.operation === null) return null;
  const op = after.operations.find((o) => o.name === change.operation);
  const cited = change.message === "callback" ? op?.callback?.source.page : op?.source.page;
  const page = cited === undefined || cited === null ? undefined : pages.get(cited)?.page;
  if (op === undefined || page === undefined) return null;
  if (change.field === null) {
    // The summary the page prints (a callback's on its own page), or the recommended version the operation moved to.
    if (change.kind === "description" && change.changed === "summary") return page.summary?.at ?? null;
    const was = before.operations.find((o) => o.name === change.operation);
    return change.kind === "recommended-interface-version" && was !== undefined ? recommendedAt(page, was, op) : null;
  }
  if (change.message === null) return null;
  // A callback's page prints its fields as a response page does.
  const field = pageFieldAt(change.message === "request" ? page.request : page.response, change.field);
  if (field === null) return null;
  if (change.kind === "presence") return field.presence?.at ?? field.at;
  if (change.kind === "since") return field.since?.at ?? field.at;
  // A value's own line: the one taken, or the first reworded; a value no longer taken is not printed.
  const value = change.taken?.value ?? change.meanings?.[0]?.value;
  const printed = value === undefined ? undefined : field.values.find((v) => v.value === value);
  return printed?.at ?? field.at;
}

/**
 * Where the page prints the recommended version the operation moved to: the one of the versions it recommends
 * that the spec now gives for its interface, where it gave another; none where two interfaces' moved, as nothing
 * here tells which change is which interface's.
 */
function recommendedAt(page: SipsPage, was: OperationModel, op: OperationModel): SourceLocation | null {
  const old = new Map(was.interfaceVersion.recommendedByPrefix.map((r) => [r.prefix, r.version]));
  const moved = op.interfaceVersion.recommendedByPrefix.filter((r) => old.get(r.prefix) !== r.version);
  const printed = page.recommended.filter((r) => moved.some((m) => m.prefix === r.prefix && m.version === r.version));
  return moved.length === 1 && printed.length === 1 ? (printed[0]?.at ?? null) : null;
}

/** The page's field at a change's JSON Pointer ("/a/-/b": b in container a, which the page prints beside it), or null. */
function pageFieldAt(message: PageMessage, pointer: string): PageField | null {
  const names = pointer
    .split("/")
    .slice(1)
    .filter((t) => t !== "-")
    .map((t) => t.replaceAll("~1", "/").replaceAll("~0", "~"));
  const [name, container] = [names.at(-1), names.at(-2) ?? null];
  const held = message.fields.filter((f) => f.name === name && (f.container?.value ?? null) === container);
  return held.length === 1 ? (held[0] as PageField) : null;
}
