// Compares one message of the spec with the page's field list: fields present
// on one side only, presence, interface version, description, and each value
// of a value list with its meanings. Field order is not a fact of the page
// (a field keeps its place in the spec when its presence changes).

import { containerOf } from "../model/field-shape.js";
import type { FieldModel, MessageModel } from "../model/ir.js";
import type { PageField, PageMessage } from "../read/page/page-model.js";
import { quote, squash, type PageDifference } from "./page-difference.js";

export function compareMessage(spec: MessageModel, page: PageMessage, pageFile: string): PageDifference[] {
  const top = page.fields.filter((f) => f.container === null);
  const out = compareFields(spec.kind, spec.fields, { ...page, fields: top }, pageFile);
  // Fields a page prints with their container are compared with that container's fields; sync leaves them to the maintainer.
  const containers = new Map<string, PageField[]>();
  for (const field of page.fields)
    if (field.container)
      containers.set(field.container.value, [...(containers.get(field.container.value) ?? []), field]);
  for (const [name, fields] of containers) {
    const holder = spec.fields.find((f) => f.name === name);
    const inner = holder ? containerOf(holder) : null;
    const at = fields[0]?.container?.at ?? fields[0]?.at ?? { file: pageFile, line: 1, column: 1 };
    if (!holder || !inner) {
      const about = `${spec.kind}.fields.${name}`;
      out.push({
        about,
        spec: holder ? "no container" : "no such field",
        page: "a container",
        pageAt: at,
        place: { in: "operation", path: [spec.kind, "fields"] },
        fix: null,
      });
      continue;
    }
    const nested = compareFields(
      spec.kind,
      inner.fields,
      { fields: fields, at },
      pageFile,
      `${spec.kind}.fields.${name}`,
    );
    out.push(...nested.map((d) => ({ ...d, fix: null })));
  }
  return out;
}

function compareFields(
  kind: MessageModel["kind"],
  specList: readonly FieldModel[],
  page: PageMessage,
  pageFile: string,
  prefix: string = kind,
): PageDifference[] {
  const out: PageDifference[] = [];
  const specFields = new Map(specList.map((f) => [f.name, f]));
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
      out.push({
        about,
        spec: "no such field",
        page: withArticle(`${pageField.presence?.value ?? pageField.section} field`),
        pageAt: pageField.at,
        place: { in: "operation", path: [kind, "fields"] },
        fix: { kind: "add-field", message: kind, field: pageField, after },
      });
      return;
    }
    out.push(...compareField(field, pageField, about));
  });
  for (const field of specList) {
    if (seen.has(field.name)) continue;
    out.push({
      about: `${prefix}.fields.${field.name}`,
      spec: withArticle(`${field.presence} field`),
      page: "no such field",
      pageAt: page.at ?? { file: pageFile, line: 1, column: 1 },
      place: { in: "operation", path: [kind, "fields", field.name] },
      fix: { kind: "remove-field", message: kind, field: field.name },
    });
  }
  return out;
}

function compareField(field: FieldModel, page: PageField, about: string): PageDifference[] {
  const out: PageDifference[] = [];
  const message = about.split(".")[0] as "request" | "response";
  const path = [message, "fields", field.name];
  const fieldPlace = (key: string) =>
    field.fromDictionary
      ? ({ in: "dictionary-field", field: field.name, path: [key] } as const)
      : ({ in: "operation", path: [...path, key] } as const);
  const presence = page.presence?.value ?? null;
  if (presence !== null && presence !== field.presence) {
    out.push({
      about: `${about}.presence`,
      spec: field.presence,
      page: presence,
      pageAt: page.presence?.at ?? page.at,
      place: { in: "operation", path: [...path, "presence"] },
      fix: { kind: "set-field", message, field: field.name, key: "presence", value: presence },
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
      fix: { kind: "set-field", message, field: field.name, key: "since", value: since },
    });
  }
  if (page.description.value !== "" && squash(page.description.value) !== squash(field.description)) {
    out.push({
      about: `${about}.description`,
      spec: quote(squash(field.description)),
      page: quote(squash(page.description.value)),
      pageAt: page.description.at,
      place: fieldPlace("description"),
      fix: { kind: "set-field", message, field: field.name, key: "description", value: page.description.value },
    });
  }
  out.push(...compareValues(field, page, about));
  return out;
}

function compareValues(field: FieldModel, page: PageField, about: string): PageDifference[] {
  const list = field.valueList ?? (field.type.kind === "list" ? field.type.items.valueList : null);
  const message = about.split(".")[0] as "request" | "response";
  if (!list) {
    if (page.values.length === 0) return [];
    return [
      {
        about: `${about}.values`,
        spec: "no value list",
        page: `${page.values.length} values`,
        pageAt: page.values[0]?.at ?? page.at,
        place: { in: "operation", path: [message, "fields", field.name] },
        fix: field.fromDictionary
          ? null
          : { kind: "add-list", message, field: field.name, list: field.name, values: page.values },
      },
    ];
  }
  const out: PageDifference[] = [];
  const specValues = new Map(list.values.map((v) => [v.value, v]));
  const pageValues = new Set(page.values.map((v) => v.value));
  for (const value of page.values) {
    const known = specValues.get(value.value);
    const valueAbout = `${about}.values.${value.value}`;
    if (!known) {
      out.push({
        about: valueAbout,
        spec: `no value ${quote(value.value)} in list ${list.name}`,
        page: quote(value.value),
        pageAt: value.at,
        place: { in: "value-list", list: list.name, path: ["values"] },
        fix: { kind: "add-value", list: list.name, value: value.value, meanings: value.meanings },
      });
    } else if (
      value.meanings.length > 0 &&
      value.meanings.map(squash).join("\n") !== known.meanings.map(squash).join("\n")
    ) {
      out.push({
        about: `${valueAbout}.meaning`,
        spec: known.meanings.map((m) => quote(squash(m))).join(" / "),
        page: value.meanings.map((m) => quote(squash(m))).join(" / "),
        pageAt: value.at,
        place: { in: "value-list", list: list.name, path: ["values", value.value, "meaning"] },
        fix: { kind: "set-meanings", list: list.name, value: value.value, meanings: value.meanings },
      });
    }
  }
  if (page.values.length === 0) return out;
  for (const value of list.values) {
    if (pageValues.has(value.value)) continue;
    out.push({
      about: `${about}.values.${value.value}`,
      spec: `value ${quote(value.value)} in list ${list.name}`,
      page: "no such value",
      pageAt: page.values[0]?.at ?? page.at,
      place: { in: "value-list", list: list.name, path: ["values", value.value] },
      fix: { kind: "remove-value", list: list.name, value: value.value },
    });
  }
  return out;
}

const withArticle = (text: string): string => `${/^[aeiou]/.test(text) ? "an" : "a"} ${text}`;
