// The documents a page advises to read first (its "It is advised to read the
// following documents before" block) against the operation's source.readFirst,
// which the reference page prints. A new operation takes them from its page;
// a page attached to an operation written without one, or a release that
// changes them, gives them here, as it gives the summary.

import type { OperationModel } from "../model/operation-model.js";
import type { PageReadFirst, SipsPage } from "../read/page/page-model.js";
import { squash } from "../rules/meanings.js";
import type { PageDifference } from "./page-difference.js";
import type { YamlValue } from "../rules/yaml-render.js";

/** The page's documents as source.readFirst writes them: a label or description the page lacks is left out. */
export function readFirstEntries(documents: readonly PageReadFirst[]): YamlValue[] {
  return documents.map((d) => ({
    title: d.title,
    ...(d.label ? { label: d.label } : {}),
    ...(d.description ? { description: d.description } : {}),
  }));
}

/**
 * One difference for the whole list, which one edit writes. A page that prints no such block gives no fact: the
 * facts-only pages leave it out, and the spec's list is then the maintainer's.
 */
export function readFirstDifferences(op: OperationModel, page: SipsPage): PageDifference[] {
  const first = page.readFirst[0];
  if (first === undefined) return [];
  const text = (d: { title: string; label: string | null; description: string | null }) =>
    [d.label ?? "", d.title, d.description ?? ""].map(squash).join("\u0000");
  const ours = op.source.readFirst.map(text);
  const theirs = page.readFirst.map(text);
  if (ours.length === theirs.length && ours.every((t, i) => t === theirs[i])) return [];
  const shown = (documents: readonly { title: string; label: string | null }[]) =>
    documents.length === 0
      ? "no document to read first"
      : documents.map((d) => `${JSON.stringify(d.title)}${d.label ? ` (${d.label})` : ""}`).join(", ");
  return [
    {
      about: "source.readFirst",
      spec: shown(op.source.readFirst),
      page: shown(page.readFirst),
      pageAt: first.at,
      place: { in: "operation", path: ["source", "readFirst"] },
      fix: { kind: "set-operation", path: ["source", "readFirst"], value: readFirstEntries(page.readFirst) },
    },
  ];
}
