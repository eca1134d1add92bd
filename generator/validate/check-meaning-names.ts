// The names an operation's field gives its own meanings (`meanings: { "02":
// { meaning, name } }`): each is the key of its value's constant among the
// operation's own, so no other value the field takes may have that key, the
// list's or one made from a meaning. (Its form, an identifier, is the schema's.)

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { meaningNameOf, meaningsOf } from "../rules/meanings.js";
import { constantKeyOf } from "../rules/names.js";
import type { RawField, RawValueList } from "../rules/raw-spec.js";
import { ownConstantKeys, type TakenValue } from "../rules/value-names.js";
import type { FieldSite } from "./field-sites.js";

/** An error at each name given that another value's constant has too, pointing at that value's meaning. */
export function checkMeaningNames(
  site: FieldSite,
  field: RawField,
  listName: string,
  list: RawValueList,
): Diagnostic[] {
  const meanings = field.meanings ?? {};
  const named = Object.entries(meanings).filter(([, raw]) => meaningNameOf(raw) !== undefined);
  if (named.length === 0) return [];
  const values: TakenValue[] = Object.entries(list.values)
    .filter(([value]) => field.values === undefined || field.values.includes(value))
    .map(([value, def]) => {
      const raw = Object.hasOwn(meanings, value) ? meanings[value] : undefined;
      const key = constantKeyOf(value, def.name) ?? value;
      if (raw === undefined) return { value, key, own: false, meanings: [] };
      return { value, key, own: true, meanings: meaningsOf(raw), name: meaningNameOf(raw) };
    });
  const keys = ownConstantKeys(values);
  const { located, path } = site;
  const out: Diagnostic[] = [];
  for (const [value, raw] of named) {
    const name = meaningNameOf(raw);
    const others = values.filter((v, i) => v.value !== value && keys[i] === name);
    if (others.length === 0 || name === undefined) continue;
    const related = others
      .filter((v) => Object.hasOwn(meanings, v.value))
      .map((v) => ({ ...located.map.key([...path, "meanings", v.value]), message: `"${v.value}" has it too` }));
    out.push(
      diagnostic(
        "duplicate-value-name",
        located.map.value([...path, "meanings", value, "name"]),
        { name, list: listName, field: site.name },
        related,
      ),
    );
  }
  return out;
}
