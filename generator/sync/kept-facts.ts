// Whether a fact that an operation keeps on purpose (a deviation on a field's
// values, on one value's own meaning or on a dictionary field's description, which the plans leave out)
// still differs from its page: a deviation that no longer does is reported. The page's side, where it differs, is
// what the deviation's page: records (deviation-records.ts).

import { valuesOf } from "../model/field-shape.js";
import type { OperationModel } from "../model/operation-model.js";
import type { SipsPage } from "../read/page/page-model.js";
import { listPrefixOf } from "../rules/list-prefix.js";
import { KEPT_MEANING, meaningKey, squash } from "../rules/meanings.js";
import { MESSAGE_KINDS } from "../rules/raw-spec.js";

/** The page's side of a kept fact where it still differs from the spec's, else null. */
export function keptFactOnPage(
  about: string,
  op: OperationModel,
  page: SipsPage,
  callbackPage: SipsPage | null = null,
): string | null {
  // A value's own meaning (`<message>.fields.<field>.values.<value>.meaning`): the value may hold dots.
  const meaningOf = KEPT_MEANING.exec(about);
  const [message, fields, name, fact] = meaningOf
    ? [meaningOf[1], "fields", meaningOf[2], "meaning"]
    : about.split(".");
  if (fields !== "fields" || name === undefined || !["values", "description", "meaning"].includes(fact ?? ""))
    return null;
  // A callback's fields against its own page's Response.
  const sides =
    message === "callback"
      ? op.callback && callbackPage && { spec: op.callback.message, page: callbackPage.response }
      : MESSAGE_KINDS.filter((k) => k === message).map((k) => ({ spec: op[k], page: page[k] }))[0];
  if (!sides) return null;
  const field = sides.spec.fields.find((f) => f.name === name);
  const printed = sides.page.fields.find((f) => f.name === name && f.container === null);
  if (!field || !printed) return null;
  if (fact === "description")
    return printed.description.value !== "" && squash(printed.description.value) !== squash(field.description)
      ? squash(printed.description.value)
      : null;
  const taken = valuesOf(field)?.values ?? [];
  if (printed.values.length === 0) return null;
  if (meaningOf) {
    const value = meaningOf[3];
    const own = taken.find((t) => t.value === value);
    // A prefix list's value as the page prints it, moved or not (prefix-moves.ts): the same interface's.
    const shown =
      printed.values.find((v) => v.value === value) ??
      printed.values.find((v) => own?.prefix != null && listPrefixOf(v.value, undefined) === own.prefix);
    // "no meaning" is never a record: a page's value printed without one is a page error
    // (page-value-without-meaning), beside which --check fails and sync writes nothing. It says what the page has.
    return own !== undefined && shown !== undefined && meaningKey(shown.meanings) !== meaningKey(own.meanings)
      ? shown.meanings.length === 0
        ? "no meaning"
        : shown.meanings.map(squash).join(" / ")
      : null;
  }
  const differs =
    taken.length !== printed.values.length ||
    printed.values.some((v) => {
      const own = taken.find((t) => t.value === v.value);
      return !own || (v.meanings.length > 0 && meaningKey(v.meanings) !== meaningKey(own.meanings));
    });
  return differs ? printed.values.map((v) => v.value).join(", ") : null;
}
