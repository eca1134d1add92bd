// The names of what a field takes of its value list, where it narrows the list
// or gives some values its own meanings: shared by the fields of an operation
// that take the same values the same way.

import { compareText } from "./code-point-order.js";
import { declarer, type Declaration } from "./declaration.js";
import { constantCase, pascalCase } from "./names.js";
import type { MessageKind } from "./raw-spec.js";

/** The message of an operation whose fields take their lists their own way: its request, response or callback. */
export type OwnValuesMessage = MessageKind | "callback";

/** A field at the top of a message that takes some values of its list only, or gives some its own meaning. */
export interface OwnValuesEntity {
  readonly message: OwnValuesMessage;
  readonly field: string;
  readonly list: string;
  /** An exact list: what is narrowed gets a type and a guard (a prefix list documents, it does not check). */
  readonly exact: boolean;
  readonly narrowed: boolean;
  /** Some value has the operation's own meaning: the operation names its values after its own meanings. */
  readonly reworded: boolean;
  /** Equal for two fields that take the same values with the same meanings: they share names. */
  readonly signature: string;
}

/** The signature of what a field takes: its values (code-point order) and its own meanings (with their names), by value. */
export const ownValuesSignature = (
  taken: readonly string[],
  meanings: readonly (readonly [value: string, meanings: readonly string[], name?: string | undefined])[],
): string =>
  JSON.stringify([
    [...taken].sort(compareText),
    [...meanings]
      .map(([value, texts, name]) => (name === undefined ? [value, texts] : [value, texts, name]))
      .sort(([a], [b]) => compareText(a as string, b as string)),
  ]);

/**
 * The names of what a field takes of its list: a type and a guard when
 * narrowed, constants when reworded (the type's name, as a shared list's const
 * object has), the values with their meanings.
 */
export interface OwnValuesNames {
  readonly message: OwnValuesMessage;
  readonly field: string;
  readonly type: Declaration | null;
  /** A const object, a key per value taken, named for the operation's meanings: where it gives some its own. */
  readonly object: Declaration | null;
  readonly values: Declaration;
  readonly guard: Declaration | null;
}

/**
 * `<Operation><List>` (PaymentProviderInitializeRedirectionStatusCode), unless
 * two fields of the operation take one list differently: each is then named
 * after its message and field (`<Operation><Message><Field>`).
 */
export function ownValuesNames(
  operation: string,
  entities: readonly OwnValuesEntity[],
  module: string,
): OwnValuesNames[] {
  const d = declarer({ kind: "operation", name: operation });
  const byName = new Map<string, OwnValuesNames>();
  return entities.map((e) => {
    const alone = entities.every((o) => o.list !== e.list || o.signature === e.signature);
    const base = `${pascalCase(operation)}${alone ? pascalCase(e.list) : `${pascalCase(e.message)}${pascalCase(e.field)}`}`;
    const known = byName.get(base);
    if (known) return { ...known, message: e.message, field: e.field };
    const typed = e.exact && e.narrowed;
    const names = {
      message: e.message,
      field: e.field,
      type: typed ? d.type(module, base, role(typed, e.reworded, e.list)) : null,
      object: e.reworded ? d.value(module, base, role(typed, e.reworded, e.list)) : null,
      values: d.value(module, `${constantCase(base)}_VALUES`, `the values it takes of list ${e.list}`),
      guard: typed ? d.value(module, `is${base}`, `the guard of the narrowed type of list ${e.list}`) : null,
    };
    byName.set(base, names);
    return names;
  });
}

/** One role for the type and the constants, which share a name as a shared list's type and const object do. */
const role = (typed: boolean, reworded: boolean, list: string): string =>
  `the ${[typed ? "narrowed type" : "", reworded ? "constants" : ""].filter(Boolean).join(" and ")} of list ${list}`;
