// A recommended version of the major a held prefix move would open
// (CD_EF_3.1 where the list's value stays CD_EF_2.) waits with the move. The
// client declares the recommended version in every request that gives none,
// and Sips answers such a request as that major does, while the spec, held,
// still describes the old major's requests: writing it alone would have every
// sender declare a major whose messages the package does not describe. Held,
// the page's recommended version stays a difference left to the maintainer,
// beside the page-prefix-held that names the edits; it is written when the
// move is, or kept by a deviation with the old value. A move kept out by a
// deviation of the field's values (the old text kept) holds it alike: that
// deviation alone would have sync write the new major's recommended version
// for requests the spec still describes as the old major's.

import { valuesOf } from "../model/field-shape.js";
import type { OperationModel } from "../model/operation-model.js";
import type { SipsPage } from "../read/page/page-model.js";
import { listPrefixOf } from "../rules/list-prefix.js";
import type { PageDifference } from "./page-difference.js";
import type { PrefixHeld } from "./prefix-moves.js";

const RECOMMENDED = "interfaceVersion.recommended";

/** The operation's differences, a recommended version of a held move's new text left unwritten. */
export function holdRecommended(
  differences: readonly PageDifference[],
  operation: string,
  held: readonly PrefixHeld[],
): PageDifference[] {
  const moving = held.filter((h) => h.operations.includes(operation));
  if (moving.length === 0) return [...differences];
  const recommended = differences.filter((d) => d.about === RECOMMENDED || d.about.startsWith(`${RECOMMENDED}.`));
  // One edit writes every recommended version: one of them held holds it.
  const opens = recommended.some(
    (d) => d.fix !== null && versionsOf(d.fix).some((v) => moving.some((h) => v.startsWith(h.to))),
  );
  if (!opens) return [...differences];
  return differences.map((d) => {
    if (!recommended.includes(d)) return d;
    const { settledBy: _settled, ...rest } = d;
    return { ...rest, fix: null };
  });
}

/** The versions a recommended version's edit writes: one text, or one by prefix. */
function versionsOf(fix: NonNullable<PageDifference["fix"]>): string[] {
  if (fix.kind !== "set-operation") return [];
  const { value } = fix;
  if (typeof value === "string") return [value];
  if (value !== null && typeof value === "object" && !Array.isArray(value))
    return Object.values(value).filter((v): v is string => typeof v === "string");
  return [];
}

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
  return differences.map((d) => {
    if (!(d.about === RECOMMENDED || d.about.startsWith(`${RECOMMENDED}.`)) || d.fix === null) return d;
    const opened = texts.find((t) =>
      versionsOf(d.fix as NonNullable<PageDifference["fix"]>).some((v) => v.startsWith(t.text)),
    );
    if (!opened) return d;
    const { settledBy: _settled, ...rest } = d;
    const old = opened.own.join(", ");
    return {
      ...rest,
      page: `${d.page} (of ${opened.text}, which source.deviations keep out of request.fields.${opened.field}.values, the spec keeping ${old}: record ${d.about} there too, to keep the spec's)`,
      fix: null,
    };
  });
}
