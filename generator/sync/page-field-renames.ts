// A field a page release may have renamed: one the spec has and the page no
// longer lists, and one the page lists and the spec lacks, that look alike.
// Sync still removes the one and adds the other (a page is what it is); what
// it says of each names the other, so that a maintainer reads one rename,
// and can carry the old field's type and format over, which pages do not
// give.
//
// The rule is that of `npm run changes` (changes/field-renames.ts), on what a
// page prints: the same presence, interface version and values, between the
// same fields that both keep; paired only when no other field of the list
// looks the same, one to one. A page that lists a new field twice (a defect
// the page check reports) may have each listing look like another field gone:
// which listing is the field's is in doubt, and neither is paired.

import { valuesOf } from "../model/field-shape.js";
import type { FieldModel } from "../model/field-model.js";
import type { PageField } from "../read/page/page-model.js";
import { compareText } from "../rules/code-point-order.js";

/** What the two fields share, said of each. */
export const ALIKE = "the same presence, version and values, between the same fields";

/** The spec's fields the page may list renamed: spec name → page name, and page name → spec name. */
export function pageRenames(
  spec: readonly FieldModel[],
  page: readonly PageField[],
): { readonly to: ReadonlyMap<string, string>; readonly from: ReadonlyMap<string, string> } {
  const [inSpec, onPage] = [new Set(spec.map((f) => f.name)), new Set(page.map((f) => f.name))];
  const gone = byLikeness(
    spec.map((f) => ({
      name: f.name,
      presence: f.presence,
      since: f.since?.text ?? "undocumented",
      values: valuesOf(f)?.values.map((v) => v.value) ?? [],
    })),
    onPage,
  );
  const listed = byLikeness(
    page.map((f) => ({
      name: f.name,
      presence: f.presence?.value ?? f.section,
      since: f.since?.value ?? "undocumented",
      values: f.values.map((v) => v.value),
    })),
    inSpec,
  );
  const names = page.map((f) => f.name);
  const twice = new Set(names.filter((name, index) => names.indexOf(name) !== index));
  const to = new Map<string, string>();
  const from = new Map<string, string>();
  for (const [likeness, was] of gone) {
    const is = listed.get(likeness);
    if (was.length !== 1 || is?.length !== 1 || twice.has(is[0] as string)) continue;
    to.set(was[0] as string, is[0] as string);
    from.set(is[0] as string, was[0] as string);
  }
  return { to, from };
}

interface Looks {
  readonly name: string;
  readonly presence: string;
  readonly since: string;
  readonly values: readonly string[];
}

/** The fields the other side lacks, by what they look like; `kept`, the names both have, place them. */
function byLikeness(fields: readonly Looks[], other: ReadonlySet<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const kept = (f: Looks) => other.has(f.name);
  fields.forEach((field, index) => {
    if (kept(field)) return;
    const previous = fields.slice(0, index).findLast(kept)?.name ?? null;
    const next = fields.slice(index + 1).find(kept)?.name ?? null;
    const values = [...new Set(field.values)].sort(compareText);
    const likeness = JSON.stringify([field.presence, field.since, values, previous, next]);
    out.set(likeness, [...(out.get(likeness) ?? []), field.name]);
  });
  return out;
}
