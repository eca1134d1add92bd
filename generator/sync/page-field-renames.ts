// A field a page release may have renamed: one the spec has and the page no
// longer lists, and one the page lists and the spec lacks, that look alike.
// Sync still removes the one and adds the other (a page is what it is); what
// it says of each names the other, so that a maintainer reads one rename,
// and can carry the old field's type and format over, which pages do not
// give.
//
// The rule is that of `npm run changes` (changes/field-renames.ts), on what a
// page prints: the same presence, interface version and values, between the
// same fields that both keep, or, left unpaired so, the same presence, values
// and description (a field renamed in a release of its own version); paired
// only when no other field of the list looks the same, one to one. A page that lists a new field twice (a defect
// the page check reports) may have each listing look like another field gone:
// which listing is the field's is in doubt, and neither is paired.

import { valuesOf } from "../model/field-shape.js";
import type { FieldModel } from "../model/field-model.js";
import type { PageField } from "../read/page/page-model.js";
import { alikeRenames, type AlikePairs } from "../rules/alike-renames.js";
import { compareText } from "../rules/code-point-order.js";

/** What the two fields share, said of each: the first likeness, or the second (alike-renames.ts). */
export const alikeOnPage = (described: boolean): string =>
  described
    ? "the same presence, values and description, between the same fields"
    : "the same presence, version and values, between the same fields";

/** The spec's fields the page may list renamed: spec name → page name, and page name → spec name. */
export function pageRenames(spec: readonly FieldModel[], page: readonly PageField[]): AlikePairs {
  return alikeRenames(
    spec.map((f) => {
      const values = valuesOf(f)?.values.map((v) => v.value) ?? [];
      return {
        name: f.name,
        looks: looks(f.presence, f.since?.text, values),
        described: described(f.presence, values, f.description),
      };
    }),
    page.map((f) => {
      const [presence, values] = [f.presence?.value ?? f.section, f.values.map((v) => v.value)];
      return {
        name: f.name,
        looks: looks(presence, f.since?.value, values),
        described: described(presence, values, f.description.value),
      };
    }),
  );
}

/** What a field looks like on a page: its values as a set, since a page may list them in another order. */
const looks = (presence: string, since: string | undefined, values: readonly string[]): unknown => [
  presence,
  since ?? "undocumented",
  [...new Set(values)].sort(compareText),
];

/** What it looks like with its description in place of its version (alike-renames.ts). */
const described = (presence: string, values: readonly string[], description: string): unknown => [
  presence,
  [...new Set(values)].sort(compareText),
  description,
];
