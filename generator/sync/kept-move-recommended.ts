// A prefix move a deviation keeps out (request.fields.<field>.values recorded,
// the old text kept) holds the page's recommended version of the new major, as
// a held move does (held-recommended.ts): with that deviation alone sync would
// write the new major's version, which the client declares in every request
// that gives none, for requests the spec still describes as the old major's.
// The difference stays, saying to record the recommended version too.

import { valuesOf } from "../model/field-shape.js";
import type { OperationModel } from "../model/operation-model.js";
import type { SipsPage } from "../read/page/page-model.js";
import { listPrefixOf } from "../rules/list-prefix.js";
import type { PageDifference } from "./page-difference.js";
import { holdTogether } from "./recommended-versions.js";

/**
 * The operation's differences, a recommended version of the major its page prints for the interface left
 * unwritten where a deviation keeps the field's values (the old text): the page's version is then said to need a
 * deviation of its own, the one edit that keeps it out too.
 */
export function holdKeptMove(
  differences: readonly PageDifference[],
  op: OperationModel,
  page: SipsPage,
  kept: ReadonlySet<string>,
): PageDifference[] {
  const prefix = op.interfaceVersion.prefix;
  const texts = op.request.fields.flatMap((field) => {
    const values = valuesOf(field);
    if (values?.list.match !== "prefix" || !kept.has(`request.fields.${field.name}.values`)) return [];
    const own = values.values.map((v) => v.value);
    const printed = page.request.fields.find((f) => f.name === field.name && f.container === null)?.values ?? [];
    return printed
      .map((v) => v.value)
      .filter((text) => listPrefixOf(text, undefined) === prefix && !own.includes(text))
      .map((text) => ({ text, field: field.name, own: own.filter((v) => listPrefixOf(v, undefined) === prefix) }));
  });
  if (texts.length === 0) return [...differences];
  const openedBy = (version: string) => texts.find((t) => version.startsWith(t.text));
  return holdTogether(
    differences,
    kept,
    (v) => openedBy(v) !== undefined,
    (d, version) => {
      const opened = openedBy(version);
      if (opened === undefined) return d.page;
      return `${d.page} (of ${opened.text}, which source.deviations keep out of request.fields.${opened.field}.values, the spec keeping ${opened.own.join(", ")}: record ${d.about} there too, to keep the spec's)`;
    },
  );
}
