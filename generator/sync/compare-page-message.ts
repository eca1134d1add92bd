// Compares one message of the spec with the page's field list: fields present
// on one side only, presence, interface version, and the description of a
// field the operation writes out. Values and meanings, and the descriptions of
// dictionary fields, are compared over every page at once (value-plan.ts,
// description-plan.ts). Field order is not a fact of the page (a field keeps
// its place in the spec when its presence changes).

import { containerOf } from "../model/field-shape.js";
import type { FieldModel } from "../model/field-model.js";
import type { MessageModel } from "../model/operation-model.js";
import type { PageField, PageMessage } from "../read/page/page-model.js";
import type { SpecPath } from "../read/source-map.js";
import { squash } from "../rules/meanings.js";
import { fieldsPathOf, findHolder } from "./container-holder.js";
import { madeContainer } from "./made-container.js";
import {
  quotedOrNothing,
  removedWhy,
  type FieldRemoval,
  type PageDifference,
  type SpecMessage,
} from "./page-difference.js";
import { alikeOnPage, pageRenames } from "./page-field-renames.js";
import { factsStopReach } from "./facts-stop-reach.js";
import { beyondFactsVersions } from "./beyond-facts-claims.js";
import { movedHere, movedOnPage } from "./moved-fields.js";

/** `as` names the message in the spec: a callback's fields are a response's, written under `callback`. */
export function compareMessage(
  spec: MessageModel,
  page: PageMessage,
  pageFile: string,
  as: SpecMessage = spec.kind,
): PageDifference[] {
  // A page without this message's section (page-missing-section) says nothing of its fields: none is "no such field".
  if (page.at === null) return [];
  const top = page.fields.filter((f) => f.container === null);
  const out = movedOnPage(
    compareFields(as, spec.fields, { ...page, fields: top }, pageFile, as, savedFacts(spec)),
    page,
    null,
    as,
  );
  out.push(...factsStopReach(spec, page, as));
  out.push(...beyondFactsVersions(spec, page, as));
  // Fields a page prints with their container are compared with that container's fields, a plain field it prints fields in made one.
  const containers = new Map<string, PageField[]>();
  for (const field of page.fields)
    if (field.container)
      containers.set(field.container.value, [...(containers.get(field.container.value) ?? []), field]);
  for (const [name, fields] of containers) {
    // The container may be a field of another container (a list of operations, each with its result).
    const found = findHolder(spec.fields, name, [as, "fields"]);
    const holder = found?.field;
    const inner = holder ? containerOf(holder) : null;
    const at = fields[0]?.container?.at ?? fields[0]?.at ?? { file: pageFile, line: 1, column: 1 };
    if (!found || !holder) {
      const about = `${as}.fields.${name}`;
      out.push({
        about,
        spec: "no such field",
        page: "a container",
        pageAt: at,
        place: { in: "operation", path: [as, "fields"] },
        fix: null,
      });
      continue;
    }
    if (!inner) {
      out.push(madeContainer(found, fields, as, at));
      continue;
    }
    // Placed at the container's own fields where the operation writes them out (a list's under its items).
    const fieldsAt = fieldsPathOf(holder, found.path);
    const nested = compareFields(
      as,
      inner.fields,
      { fields: fields, at },
      pageFile,
      // Named by its YAML path, a list's `items` included, as the rest of the generator names a place in the spec.
      fieldsAt.slice(0, -1).join("."),
      undefined,
      fieldsAt,
    );
    // Edits of a container are the operation's own only where no other definition shares its type (page-differences.ts).
    const container = { typeName: inner.typeName, dictionary: found.dictionary };
    out.push(...movedOnPage(nested, page, name, as).map((d) => ({ ...d, container })));
  }
  return movedHere(out, as);
}

/**
 * The fields the spec's saved facts of a message reach: where they stop before the page does, a field the page
 * does not print is beyond them, not gone, but those up to the last field they hold (`factsStop.after`, in the
 * spec's order) are the page's facts as any other: one a release no longer prints is removed.
 */
function savedFacts(spec: MessageModel): ReadonlySet<string> {
  const names = spec.fields.map((f) => f.name);
  if (spec.factsStop === null) return new Set(names);
  const after = spec.factsStop.after === null ? -1 : names.indexOf(spec.factsStop.after);
  return new Set(names.slice(0, after + 1));
}

function compareFields(
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
      out.push({
        about,
        spec: "no such field",
        page: `${withArticle(`${pageField.presence?.value ?? pageField.section} field`)}${was === null ? "" : ` (it may be ${was} renamed: the page no longer lists ${was}, which has ${alikeOnPage(renames.described.has(pageField.name))})`}`,
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
      pageAt: page.at ?? { file: pageFile, line: 1, column: 1 },
      place: { in: "operation", path: [...fieldsAt, field.name] },
      fix,
    });
  }
  return out;
}

function compareField(field: FieldModel, page: PageField, about: string, at: SpecPath): PageDifference[] {
  const out: PageDifference[] = [];
  const path = [...at, field.name];
  const message = about.split(".")[0] as SpecMessage;
  const presence = page.presence?.value ?? null;
  if (presence !== null && presence !== field.presence) {
    out.push({
      about: `${about}.presence`,
      spec: field.presence,
      page: presence,
      pageAt: page.presence?.at ?? page.at,
      place: { in: "operation", path: [...path, "presence"] },
      fix: { kind: "set-field", message, at, field: field.name, key: "presence", value: presence },
    });
  }
  const since = page.since?.value ?? null;
  if (since !== null && since !== (field.since?.text ?? "undocumented")) {
    out.push({
      about: `${about}.since`,
      spec: field.since?.text ?? "undocumented",
      page: since,
      pageAt: page.since?.at ?? page.at,
      place: { in: "operation", path: [...path, "since"] },
      fix: { kind: "set-field", message, at, field: field.name, key: "since", value: since },
    });
  }
  // A dictionary field's description, and every field's values, follow the shared-text rule over all pages (value-plan.ts).
  if (
    !field.fromDictionary &&
    page.description.value !== "" &&
    squash(page.description.value) !== squash(field.description)
  ) {
    out.push({
      about: `${about}.description`,
      spec: quotedOrNothing(squash(field.description)),
      page: quotedOrNothing(squash(page.description.value)),
      pageAt: page.description.at,
      place: { in: "operation", path: [...path, "description"] },
      fix: { kind: "set-field", message, at, field: field.name, key: "description", value: page.description.value },
    });
  }
  return out;
}

const withArticle = (text: string): string => `${/^[aeiou]/.test(text) ? "an" : "a"} ${text}`;
