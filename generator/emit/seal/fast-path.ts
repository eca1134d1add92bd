// The code of a sealing string: each sealed field's part, read from its
// local, and the fast path that reads those locals in one pass over an
// object's keys, falling back to the generic rule where it cannot. The
// operations' messages (emit-seal.ts) and the container types
// (seal/container-seal.ts) are sealed with it.

import { compareText } from "../../rules/code-point-order.js";
import { containerOf } from "../../model/field-shape.js";
import type { FieldModel } from "../../model/field-model.js";
import { type Code, ts } from "../ts/code.js";
import { ident, lit } from "../ts/escape.js";
import { returnSum } from "../ts/layouts.js";
import { block, type CaseClause, statements, switchCase } from "../ts/block-layouts.js";
import { containerSymbols } from "../ts/model-symbols.js";
import { runtime } from "../ts/symbols.js";

const s = runtime.seal;
const mr = runtime.messageReads;
const boxed = runtime.boxedPrimitive;

/** Each sealed field's contribution, in sealing order, from its local: a fast path for known containers and lists of them. */
export function sealParts(fields: readonly FieldModel[], names: readonly string[], depth: Code | null): Code[] {
  // Each value's depth in the message (a message's fields are at 1), passed down so that a fallback to the generic
  // rule counts the levels above it, as that rule does; and its name, which a toJSON is given as JSON gives it.
  const at = depth ?? ts`1`;
  return names.map((name) => {
    const field = fields.find((f) => f.name === name);
    const container = field ? containerOf(field) : null;
    const value = local(name);
    if (!container) return ts`${s.sealField}(${value}, ${at}, ${lit(name)})`;
    const fn = containerSymbols(container).seal;
    return field?.type.kind === "list"
      ? ts`${s.sealList}(${value}, ${fn}, ${at}, ${lit(name)})`
      : ts`${fn}(${value}, ${at}, ${lit(name)})`;
  });
}

/**
 * The fast path: one `for-in` pass over `object`'s keys, each sealed field's
 * value read where its key is met (so each is read once, as the generic rule
 * reads it) into its local, then `sum`, their sealing string. A key for-in
 * finds on the prototype (a polluted Object.prototype) is not one the generic
 * rule takes: it, and any key but the known ones (a field of a newer Sips
 * version), sends the whole value to `fallback`, the generic rule; names in
 * `skipped` are passed over. So does a throw during the pass: for-in asks a
 * proxy's prototype too, which the generic rule never does, so a trap that
 * throws there must not decide the outcome; any other throw the generic rule
 * meets again. Inside the loop the engine answers `hasOwn` from the object's
 * shape. Labels in code-point order. With `jsonSends` (a container, which JSON
 * sends as its toJSON gives it, and a boxed primitive as its value; a message is
 * sealed by its fields), a `toJSON` function the pass did not meet, or a boxed
 * primitive, sends it to `fallback` too.
 */
export function sealedOrFallback(
  object: Code,
  sealed: readonly string[],
  skipped: readonly string[],
  sum: Code,
  fallback: Code,
  jsonSends = false,
): Code {
  const byName = [...sealed].sort(compareText);
  const clauses: CaseClause[] = byName.map((name) => ({
    labels: [lit(name)],
    then: statements([ts`${local(name)} = ${object}[key];`, ts`break;`]),
  }));
  clauses.push({ labels: [...skipped].sort(compareText).map(lit), then: ts`break;` });
  const generic = ts`break fast;`;
  const pass = block(
    ts`for (const key in ${object})`,
    statements([ts`if (!${mr.hasOwn}(${object}, key)) ${generic}`, switchCase(ts`key`, clauses, generic)]),
  );
  // A toJSON the pass cannot meet (inherited, as a Date's, or not enumerable) says what JSON sends, and a boxed
  // primitive is sent as its value, whatever its fields: the generic rule.
  const sent = jsonSends
    ? [ts`if (typeof ${object}["toJSON"] === "function" || ${boxed.isBoxedPrimitive}(${object})) ${generic}`]
    : [];
  return statements([
    ...byName.map((name) => ts`let ${local(name)}: unknown;`),
    ts`
      fast: {
        try {
          ${statements([pass, ...sent])}
        } catch {
          ${generic}
        }
        ${sum}
      }
      ${fallback}
    `,
  ]);
}

/**
 * A message's sum of its parts, in a guard: joined outside any walk, parts that together pass the longest string
 * make the engine throw a RangeError, which a sealing string throws as the seal does, the documented TypeError.
 * A container's sum is inside its message's, or its list's, guard. Each part is read and flattened in a guard of
 * its own (a reader's error comes out of it as a refusal), so a RangeError here is the sum's own.
 */
export const refusedSum = (parts: readonly Code[]): Code => ts`
  try {
    ${returnSum(parts)}
  } catch (error) {
    throw ${runtime.sealRefusal.unsealableSum}(error);
  }
`;

/** The local a sealed field's value is read into. */
const local = (name: string): Code => ident(`$${name}`);
