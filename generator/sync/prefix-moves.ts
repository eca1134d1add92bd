// A prefix list holds one printed text per interface prefix ("CD_EF_2." for
// CD_EF_), and that text gives the lowest version a request of an operation of
// that interface may declare (rules/list-prefix.ts). A page that prints its own
// interface otherwise ("CD_EF_3.") moves that text: a rename of the list's
// value, not a value added beside it (which two texts of one prefix would be).
// Sync takes the move where it holds for every operation of the interface: the
// pages of all the operations whose own prefix it is, and that take its value,
// print the same new text. Otherwise one page would move another operation's
// lowest version, so the move is held and reported with the edits to make.
// Another operation's page that prints the prefix (a page listing every
// interface) tells nothing of its version: its text is read as the list's.

import type { SourceLocation } from "../diagnostics/diagnostic.js";
import { valuesOf } from "../model/field-shape.js";
import type { SpecModel } from "../model/ir.js";
import type { ValueListModel } from "../model/value-list-model.js";
import { compareText } from "../rules/code-point-order.js";
import { listPrefixOf } from "../rules/list-prefix.js";
import type { PageList } from "./value-plan-pages.js";

/** A prefix list's value printed otherwise by the pages of every operation of its interface: renamed. */
export interface PrefixMove {
  readonly list: string;
  readonly prefix: string;
  /** The list's text before, and the pages' text. */
  readonly from: string;
  readonly to: string;
  /** The request field whose values print it (the interfaceVersion field). */
  readonly field: string;
  /** The operations whose pages move it, and where the first page prints it. */
  readonly operations: readonly string[];
  readonly pages: readonly string[];
  readonly at: SourceLocation | null;
}

/** A move some operation of the interface does not make: nothing written, the edits named. */
export interface PrefixHeld extends PrefixMove {
  /** The operations of the interface that take the value and whose page does not print `to`: why it is held. */
  readonly others: readonly {
    readonly operation: string;
    /** What its page prints for the prefix: null where it prints none, or has no saved page (`paged` false). */
    readonly prints: string | null;
    readonly paged: boolean;
  }[];
  /** Other texts the moving pages print for the same prefix, where they disagree. */
  readonly texts: readonly string[];
}

export interface PrefixMoves {
  /** The pages' lists, each prefix value read as the list's text (a move is written by the rename, a held one not at all). */
  readonly pageLists: readonly PageList[];
  readonly moves: readonly PrefixMove[];
  readonly held: readonly PrefixHeld[];
}

/** One page's text of a prefix the list prints otherwise. */
interface Printed {
  readonly pageList: PageList;
  readonly text: string;
}

export function prefixMoves(list: ValueListModel, pageLists: readonly PageList[], model: SpecModel): PrefixMoves {
  if (list.match !== "prefix") return { pageLists, moves: [], held: [] };
  const byPrefix = new Map(list.values.flatMap((v) => (v.prefix === null ? [] : [[v.prefix, v.value] as const])));
  const ownPrefix = new Map(model.operations.map((op) => [op.name, op.interfaceVersion.prefix]));
  // Each prefix the list prints otherwise on the page of an operation of that interface.
  const printed = new Map<string, Printed[]>();
  for (const pageList of pageLists) {
    if (pageList.message !== "request") continue;
    for (const text of pageList.values.keys()) {
      const prefix = listPrefixOf(text, undefined);
      const current = prefix === undefined ? undefined : byPrefix.get(prefix);
      if (prefix === undefined || current === undefined || current === text) continue;
      if (ownPrefix.get(pageList.operation) !== prefix) continue;
      printed.set(prefix, [...(printed.get(prefix) ?? []), { pageList, text }]);
    }
  }
  const moves: PrefixMove[] = [];
  const held: PrefixHeld[] = [];
  for (const [prefix, prints] of [...printed].sort(([a], [b]) => compareText(a, b))) {
    const from = byPrefix.get(prefix) as string;
    const texts = [...new Set(prints.map((p) => p.text))].sort(compareText);
    const first = prints[0] as Printed;
    const moving = new Set(prints.map((p) => p.pageList.operation));
    const move: PrefixMove = {
      list: list.name,
      prefix,
      from,
      to: first.text,
      field: first.pageList.field,
      operations: [...moving].sort(compareText),
      pages: [...new Set(prints.map((p) => p.pageList.page))].sort(compareText),
      at: first.pageList.at.get(first.text) ?? null,
    };
    // An operation of the interface whose page does not print the new text, or prints the old one beside it.
    const others = interfaceOperations(model, list.name, prefix, from)
      .filter((op) => !moving.has(op) || printsText(pageLists, op, from))
      .map((operation) => ({
        operation,
        prints: printedBy(pageLists, operation, prefix),
        paged: (model.operations.find((op) => op.name === operation)?.pages.length ?? 0) > 0,
      }));
    if (texts.length === 1 && others.length === 0) moves.push(move);
    else held.push({ ...move, others, texts });
  }
  return { pageLists: pageLists.map((p) => asListed(p, byPrefix)), moves, held };
}

/** The operations whose own interface is `prefix` and whose request's interfaceVersion takes the list's value of it. */
function interfaceOperations(model: SpecModel, list: string, prefix: string, value: string): string[] {
  return model.operations
    .filter((op) => op.interfaceVersion.prefix === prefix)
    .filter((op) =>
      op.request.fields.some((f) => {
        const taken = valuesOf(f);
        return taken?.list.name === list && taken.values.some((v) => v.value === value);
      }),
    )
    .map((op) => op.name)
    .sort(compareText);
}

/** What an operation's page prints for a prefix; null when it prints nothing of it (or has no page). */
function printedBy(pageLists: readonly PageList[], operation: string, prefix: string): string | null {
  for (const p of pageLists)
    if (p.operation === operation && p.message === "request")
      for (const text of p.values.keys()) if (listPrefixOf(text, undefined) === prefix) return text;
  return null;
}

const printsText = (pageLists: readonly PageList[], operation: string, text: string): boolean =>
  pageLists.some((p) => p.operation === operation && p.message === "request" && p.values.has(text));

/** A page's list with each value of a prefix the list has read as the list's text (its meanings and place kept). */
function asListed(pageList: PageList, byPrefix: ReadonlyMap<string, string>): PageList {
  const listed = (text: string): string => {
    const prefix = listPrefixOf(text, undefined);
    return (prefix === undefined ? undefined : byPrefix.get(prefix)) ?? text;
  };
  if ([...pageList.values.keys()].every((text) => listed(text) === text)) return pageList;
  const values = new Map<string, readonly string[]>();
  const at = new Map<string, SourceLocation>();
  for (const [text, meanings] of pageList.values) if (!values.has(listed(text))) values.set(listed(text), meanings);
  for (const [text, place] of pageList.at) if (!at.has(listed(text))) at.set(listed(text), place);
  // Its kept meanings are named by the list's values already (the deviations name them so).
  return { ...pageList, values, at };
}
