// The fields of one place of a message (its top, or a container's fields)
// against those the page prints there: a field on one side only is added or
// removed (one gone and one new that look alike each said to be perhaps the
// other renamed), and each field on both sides is compared fact by fact
// (compare-field-facts.ts). Field order is not a fact of the page (a field
// keeps its place in the spec when its presence changes).

import type { FieldModel } from "../model/field-model.js";
import type { PageMessage } from "../read/page/page-model.js";
import type { SpecPath } from "../read/source-map.js";
import { compareField } from "./compare-field-facts.js";
import { removedWhy, type FieldRemoval, type PageDifference, type SpecMessage } from "./page-difference.js";
import { alikeOnPage, pageRenames } from "./page-field-renames.js";

export function compareFields(
  kind: SpecMessage,
  specList: readonly FieldModel[],
  page: PageMessage,
  pageFile: string,
  prefix: string = kind,
  facts: ReadonlySet<string> = new Set(specList.map((f) => f.name)),
  fieldsAt: SpecPath = [kind, "fields"],
): PageDifference[] {
  const out: PageDifference[] = [];
  const specFields = new Map(specList.map((f) => [f.name, f]));
  // A field gone and one new that look alike: still a removal and an addition, each said to be perhaps the other renamed.
  // Of the fields within the saved facts: one the page prints beyond them is the spec's already, not a new name.
  const renames = pageRenames(
    specList.filter((f) => facts.has(f.name)),
    page.fields.filter((f) => !specFields.has(f.name) || facts.has(f.name)),
  );
  const seen = new Set<string>();
  page.fields.forEach((pageField, index) => {
    if (seen.has(pageField.name)) return;
    seen.add(pageField.name);
    const field = specFields.get(pageField.name);
    const about = `${prefix}.fields.${pageField.name}`;
    if (!field) {
      const after =
        page.fields
          .slice(0, index)
          .reverse()
          .find((f) => specFields.has(f.name))?.name ?? null;
      const was = renames.from.get(pageField.name) ?? null;
      const printed = withArticle(`${pageField.presence?.value ?? pageField.section} field`);
      out.push({
        about,
        spec: "no such field",
        page: `${printed}${was === null ? "" : ` (it may be ${was} renamed: the page no longer lists ${was}, which has ${alikeOnPage(renames.described.has(pageField.name))})`}`,
        ...(was === null ? {} : { pageAlone: printed }),
        pageAt: pageField.at,
        place: { in: "operation", path: fieldsAt },
        fix: { kind: "add-field", message: kind, at: fieldsAt, field: pageField, after, renamed: was },
      });
      return;
    }
    out.push(...compareField(field, pageField, about, fieldsAt));
  });
  for (const field of specList) {
    if (seen.has(field.name) || !facts.has(field.name)) continue;
    const is = renames.to.get(field.name) ?? null;
    const fix: FieldRemoval = {
      kind: "remove-field",
      message: kind,
      at: fieldsAt,
      field: field.name,
      renamed: is,
      unversioned: field.since === null,
    };
    // A field no page gave is not one the page dropped: said in the words sync says it with when it removes it.
    const told = [
      ...(fix.unversioned ? [removedWhy(fix)] : []),
      ...(is === null
        ? []
        : [
            `it may have been renamed ${is}: the page lists ${is}, new, with ${alikeOnPage(renames.described.has(is))}`,
          ]),
    ];
    out.push({
      about: `${prefix}.fields.${field.name}`,
      spec: withArticle(`${field.presence} field`),
      page: `no such field${told.length === 0 ? "" : ` (${told.join("; ")})`}`,
      // A field no page printed, said of each such field alike: once for a container's grouped (container-mismatches.ts).
      ...(fix.unversioned && is === null ? { reason: { brief: "no such field", why: removedWhy(fix) } } : {}),
      ...(is === null ? {} : { pageAlone: "no such field" }),
      pageAt: page.at ?? { file: pageFile, line: 1, column: 1 },
      place: { in: "operation", path: [...fieldsAt, field.name] },
      fix,
    });
  }
  return out;
}

const withArticle = (text: string): string => `${/^[aeiou]/.test(text) ? "an" : "a"} ${text}`;
