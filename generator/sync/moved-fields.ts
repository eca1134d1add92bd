// A field a release prints elsewhere in its message than the spec has it (out
// of a container to the message's top, or into another container): the
// comparison of each place says the field is new in one and gone from the
// other. The one gone is said to be printed elsewhere, moved, rather than
// that no page printed it, which reads as a field to keep beyond the facts;
// the one new is said to come from where the spec has it. A name alone does
// not make a move: another container may hold another field of that name.

import { containerOf, valuesOf } from "../model/field-shape.js";
import type { FieldModel } from "../model/field-model.js";
import type { MessageModel } from "../model/operation-model.js";
import type { PageField } from "../read/page/page-model.js";
import type { SpecPath } from "../read/source-map.js";
import { compareText } from "../rules/code-point-order.js";
import type { PageDifference, SpecEdit } from "./page-difference.js";
import { shownField } from "./shown-field.js";

type Removal = PageDifference & { readonly fix: Extract<SpecEdit, { kind: "remove-field" }> };
type Addition = PageDifference & { readonly fix: Extract<SpecEdit, { kind: "add-field" }> };

/**
 * The fields of the message removed from one place and added at another as the same field, each said moved: the
 * removal "moved there?", the addition "moved here?" with where the spec has it (sync then writes the spec's entry
 * there). Paired one to one, on the name and on what makes it the same field on the page: the same description
 * (spaces aside), or the same presence, version and values where it lists some. A field gone from one container
 * while the page prints another of its name where the spec has one already is no move; two alike, neither is.
 */
export function movedFields(differences: readonly PageDifference[], spec: MessageModel): PageDifference[] {
  const removals = differences.filter((d): d is Removal => d.fix?.kind === "remove-field" && d.fix.renamed === null);
  const additions = differences.filter((d): d is Addition => d.fix?.kind === "add-field" && d.fix.renamed === null);
  const sameField = (r: Removal, a: Addition): boolean =>
    r.fix.field === a.fix.field.name &&
    r.fix.at.join(".") !== a.fix.at.join(".") &&
    alike(fieldAt(spec.fields, r.fix.at, r.fix.field), a.fix.field);
  const pairs = new Map<PageDifference, PageDifference>();
  for (const r of removals) {
    const [a, ...more] = additions.filter((a) => sameField(r, a));
    if (a === undefined || more.length > 0 || removals.filter((other) => sameField(other, a)).length > 1) continue;
    pairs.set(r, a).set(a, r);
  }
  return differences.map((d) => {
    const other = pairs.get(d);
    if (other?.fix?.kind === "add-field" && d.fix?.kind === "remove-field") {
      const where = placeOf(other.fix.at);
      const { reason: _, ...rest } = d;
      const page = `no such field here: the page prints ${d.fix.field} ${where} (moved there?)`;
      return { ...rest, fix: { ...d.fix, movedTo: where }, page, pageAlone: "no such field", movedWith: other.about };
    }
    if (other?.fix?.kind === "remove-field" && d.fix?.kind === "add-field") {
      const { at, field: name } = other.fix;
      const was = { where: placeOf(at), field: shownField([...at, name]), at, name };
      const page = `${d.page} (the spec has it ${was.where}: moved here?)`;
      return {
        ...d,
        page,
        pageAlone: d.pageAlone ?? d.page,
        movedWith: other.about,
        fix: { ...d.fix, movedFrom: was },
      };
    }
    return d;
  });
}

/** The spec's field `name` among the fields at a YAML path (message, "fields", then each container's). */
function fieldAt(fields: readonly FieldModel[], at: SpecPath, name: string): FieldModel | undefined {
  let within: readonly FieldModel[] = fields;
  for (const step of containersOf(at))
    within = containerOf(within.find((f) => f.name === step) as FieldModel)?.fields ?? [];
  return within.find((f) => f.name === name);
}

/** The containers a YAML path of fields goes through, outermost first: its keys past the message but `fields` and `items`. */
const containersOf = (at: SpecPath): string[] =>
  at
    .slice(2)
    .map(String)
    .filter((key) => key !== "fields" && key !== "items");

/** What makes the spec's field and the one the page prints elsewhere the same field (movedFields). */
function alike(spec: FieldModel | undefined, page: PageField): boolean {
  if (spec === undefined) return false;
  const words = (text: string | null): string => (text ?? "").replace(/\s+/g, " ").trim();
  if (words(spec.description) !== "" && words(spec.description) === words(page.description.value)) return true;
  const values = (list: readonly string[]): string => [...new Set(list)].sort(compareText).join("\n");
  const listed = values(page.values.map((v) => v.value));
  return (
    listed !== "" &&
    listed === values(valuesOf(spec)?.values.map((v) => v.value) ?? []) &&
    spec.presence === (page.presence?.value ?? page.section) &&
    (spec.since?.text ?? "undocumented") === (page.since?.value ?? "undocumented")
  );
}

/** Where fields at a YAML path are, as the page would say it: in their container (a list's, past its items), or at the top. */
function placeOf(fieldsAt: SpecPath): string {
  const container = containersOf(fieldsAt);
  return container.length === 0 ? `at the ${String(fieldsAt[0])}'s top` : `in ${container[container.length - 1]}`;
}
