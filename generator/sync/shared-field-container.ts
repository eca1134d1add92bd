// A plain field a page makes a container, that is not its operation's alone:
// taken from the dictionary, or written out elsewhere (one name is one field,
// check-fields.ts), in another operation, another message, or the dictionary.
// sync cannot change it under the others: an error at the field's place,
// saying who holds it and where to change it.

import { diagnostic, type Diagnostic, type SourceLocation } from "../diagnostics/diagnostic.js";
import { compareText } from "../rules/code-point-order.js";
import type { RawField } from "../rules/raw-spec.js";
import { collectSites, dictionaryFields } from "../validate/field-sites.js";
import type { ValidSpec } from "../validate/validate-spec.js";
import type { PageDifference } from "./page-difference.js";

/** The error of such a field, or null where the field is the operation's alone to make a container. */
export function sharedFieldContainer(
  difference: PageDifference,
  operation: string,
  spec: ValidSpec,
  at: SourceLocation,
  related: Diagnostic["related"],
): Diagnostic | null {
  const texts = { about: difference.about, spec: difference.spec, page: difference.page };
  if (difference.dictionaryField !== undefined) {
    const field = difference.dictionaryField;
    const takers = sites(spec, (name, f) => name === field && f.from === "dictionary", difference, operation).filter(
      (site) => !site.startsWith(`${operation} `),
    );
    const held = `the dictionary's${takers.length === 0 ? "" : `, taken by ${takers.join(", ")} too`}`;
    return diagnostic("page-field-container", at, { ...texts, field, held, change: DICTIONARY }, related);
  }
  if (difference.fix?.kind !== "make-container") return null;
  const field = difference.fix.field;
  const plain = (name: string, f: RawField) =>
    name === field && f.from === undefined && f.type !== "container" && f.type !== "list";
  const writers = sites(spec, plain, difference, operation);
  if (writers.length === 0) return null;
  const held = `written out by ${writers.join(", ")} too (one name is one field)`;
  const change = "in every definition, or define it once in spec/dictionary/ and take it from there";
  return diagnostic("page-field-container", at, { ...texts, field, held, change }, related);
}

const DICTIONARY = "in spec/dictionary/, for every operation that takes it";

/** The places ("op message", "the dictionary") of the fields that match, but the difference's own field. */
function sites(
  spec: ValidSpec,
  matches: (name: string, field: RawField) => boolean,
  own: PageDifference,
  operation: string,
): string[] {
  const ownPath = own.place.in === "operation" ? own.place.path.join(".") : "";
  const dictionary = dictionaryFields(spec.dictionaries);
  const out = new Set<string>();
  for (const op of spec.operations)
    for (const site of collectSites([op], [], dictionary).fields)
      if (matches(site.name, site.written) && !(op.raw.operation === operation && site.path.join(".") === ownPath))
        // The path's first step is the message: a callback's fields are under callback (their scope is a response's).
        out.add(`${op.raw.operation} ${String(site.path[0])}`);
  if (collectSites([], spec.dictionaries, dictionary).fields.some((site) => matches(site.name, site.written)))
    out.add("the dictionary");
  return [...out].sort(compareText);
}
