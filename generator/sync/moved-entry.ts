// The entry of a field a release moves within its message (moved-fields.ts),
// written where the page now prints it: the spec's own entry, as it was, with
// the presence and version the page prints there. Written anew from the page,
// it lost what pages do not print (its reference to the dictionary, type,
// format, example, notes, values), which the maintainer had to find again.

import type { SpecPath } from "../read/source-map.js";
import type { RawOperation } from "../rules/raw-spec.js";
import { FlowMap, type YamlValue } from "../rules/yaml-render.js";
import { asWritten } from "./written-shapes.js";
import type { PageDifference } from "./page-difference.js";

export interface MovedEntry {
  readonly value: YamlValue;
  /** Written on one line: a plain reference to the dictionary. */
  readonly flow: boolean;
  /** The keys kept that the page does not give (presence, version and description aside), in the entry's order. */
  readonly kept: readonly string[];
}

const FROM_PAGE = new Set(["presence", "since", "description"]);
const REFERENCE = new Set(["from", "presence", "since"]);

/** The spec's entry of the field at `from` (before this pass's edits), or undefined where the file has none there. */
export function movedEntry(
  raw: RawOperation,
  from: { readonly at: SpecPath; readonly name: string },
  page: { readonly presence: string; readonly since: string },
): MovedEntry | undefined {
  let entry: unknown = raw;
  for (const key of [...from.at, from.name])
    entry = typeof entry === "object" && entry !== null ? (entry as Record<string, unknown>)[String(key)] : undefined;
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return undefined;
  const written = asWritten({ ...entry, ...page });
  const value = written instanceof FlowMap ? written.entries : written;
  return {
    value,
    // On one line as sync writes a reference to the dictionary it adds; with more, as a block, as the spec's are.
    flow: written instanceof FlowMap && Object.keys(entry).every((key) => REFERENCE.has(key)),
    kept: Object.keys(entry)
      .filter((key) => !FROM_PAGE.has(key))
      .map((key) => (key === "from" ? "from: dictionary" : key)),
  };
}

/**
 * Whether the entry at `from` is removed beside: its removal is one of the edits sync makes. A shared container's
 * is not (its error says so): the entry stays there, and the one written is a copy.
 */
export const removedBeside = (
  from: { readonly at: SpecPath; readonly name: string },
  edits: readonly PageDifference[],
): boolean =>
  edits.some(
    ({ fix }) =>
      fix?.kind === "remove-field" && fix.field === from.name && fix.at.join("\u0000") === from.at.join("\u0000"),
  );
