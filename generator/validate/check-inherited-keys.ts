// Keys the generated code puts in objects: a field of a message, an
// environment of an operation's addresses, a value list's constant. None may be
// a name every object inherits (`__proto__`, `constructor`, ...): a validator
// would read it from the prototype, and an object literal would set it.

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { constantKeyOf } from "../rules/names.js";
import type { RawDictionary, RawOperation } from "../rules/raw-spec.js";
import { propertyProblem } from "../rules/reserved-names.js";
import type { Sites } from "./field-sites.js";
import { entries, type Located } from "./located.js";

/** Fields, then constant keys, then environments that an object inherits, each at its place. */
export function inheritedKeyProblems(
  operations: readonly Located<RawOperation>[],
  dictionaries: readonly Located<RawDictionary>[],
  sites: Sites,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const site of sites.fields) {
    const why = propertyProblem(site.name);
    if (why === undefined) continue;
    const suggestion =
      "validators would read it from the prototype of every message, so the generator cannot support it";
    out.push(
      diagnostic("reserved-name", site.located.map.key(site.path), {
        subject: `field "${site.name}"`,
        why,
        suggestion,
      }),
    );
  }
  for (const dict of dictionaries) for (const d of constantKeyProblems(dict)) out.push(d);
  for (const op of operations) for (const d of environmentProblems(op)) out.push(d);
  return out;
}

/** Environment names an object inherits: they key SIPS_ENVIRONMENTS and every lookup of an address. */
function environmentProblems(op: Located<RawOperation>): Diagnostic[] {
  return Object.keys(op.raw.endpoints).flatMap((env) => {
    const why = propertyProblem(env);
    if (why === undefined) return [];
    return [
      diagnostic("reserved-name", op.map.key(["endpoints", env]), {
        subject: `environment "${env}"`,
        why,
        suggestion: "name the environment as its page labels it (prod, test, simu)",
      }),
    ];
  });
}

/** Constant keys of values that an object inherits (`__proto__` would set the const object's prototype). */
function constantKeyProblems(dict: Located<RawDictionary>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [listName, list] of entries(dict.raw.valueLists)) {
    for (const [value, def] of entries(list.values)) {
      const key = constantKeyOf(value, def.name);
      const why = key === undefined ? undefined : propertyProblem(key);
      if (key === undefined || why === undefined) continue;
      const path = ["valueLists", listName, "values", value, ...(def.name === undefined ? [] : ["name"])];
      const at = def.name === undefined ? dict.map.key(path) : dict.map.value(path);
      out.push(
        diagnostic("reserved-name", at, {
          subject: `constant name "${key}" of value "${value}" in list "${listName}"`,
          why,
          suggestion: 'give the value another "name:"',
        }),
      );
    }
  }
  return out;
}
