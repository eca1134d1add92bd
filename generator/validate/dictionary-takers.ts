// Who shows a dictionary entry's notes and example: the operations that take
// the field, at any depth of their messages, and those that take a dictionary
// container holding it. An operation's part is kept small enough to be
// remembered with its facts (spec-facts.ts), so that a run with the memo finds
// the same takers as one that reads every file (checks-across.ts).

import { addressesOf, hostOf, recommendedByPrefix } from "../rules/raw-endpoints.js";
import { fieldsWithin, nestedEntries, type RawField, type RawOperation } from "../rules/raw-spec.js";
import type { FieldSite } from "./field-sites.js";

/** What an operation is, of what a dictionary text may name, and the dictionary fields it takes. */
export interface Taker {
  readonly operation: string;
  /** "" for an operation without a family. */
  readonly family: string;
  readonly prefixes: readonly string[];
  /** The hosts of its addresses (JSON, POST form, SOAP). */
  readonly hosts: readonly string[];
  /** Each field it takes from the dictionary, at any depth: its name, and whether it gives its own example. */
  readonly takes: readonly (readonly [field: string, ownExample: boolean])[];
}

/** An operation as a taker of dictionary fields, from the sites of its fields. */
export function takerOf(raw: RawOperation, fields: readonly FieldSite[]): Taker {
  const takes = fields
    .filter((s) => s.scope !== "dictionary" && s.written.from === "dictionary")
    .map((s): [string, boolean] => [s.name, s.written.example !== undefined]);
  const urls = Object.values(raw.endpoints).flatMap((written) => Object.values(addressesOf(written)));
  return {
    operation: raw.operation,
    family: raw.family ?? "",
    prefixes: [raw.interfaceVersion.prefix, ...recommendedByPrefix(raw.interfaceVersion).map(([p]) => p)],
    hosts: urls.flatMap((url) => hostOf(url) ?? []),
    takes,
  };
}

/** Whether a remembered value has the form of a taker (a damaged entry is a miss). */
export const isTaker = (value: unknown): value is Taker =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Taker).operation === "string" &&
  typeof (value as Taker).family === "string" &&
  (["prefixes", "hosts", "takes"] as const).every((k) => Array.isArray((value as Taker)[k]));

/**
 * A field's takers with those of every dictionary container that takes it from the dictionary, at any depth
 * (an operation taking the container shows the field's entry), shown where the container's reference gives no
 * example of its own. A container that takes itself, at any depth, adds no taker twice.
 */
export function takersThroughContainers(
  direct: ReadonlyMap<string, FieldTakers>,
  entries: ReadonlyMap<string, { entry: RawField }>,
): (field: string) => FieldTakers {
  const takenBy = new Map<string, [container: string, ownExample: boolean][]>();
  for (const [container, { entry }] of entries)
    for (const [name, inner] of nestedEntries(fieldsWithin(entry)))
      if (inner.from === "dictionary") {
        let list = takenBy.get(name);
        if (list === undefined) takenBy.set(name, (list = []));
        list.push([container, inner.example !== undefined]);
      }
  const known = new Map<string, FieldTakers>();
  const of = (field: string, visiting: Set<string>): FieldTakers => {
    const own = direct.get(field) ?? NO_TAKERS;
    const containers = takenBy.get(field);
    if (containers === undefined) return own;
    const cached = known.get(field);
    if (cached !== undefined) return cached;
    const all = new Set(own.all);
    const shown = new Set(own.shown);
    visiting.add(field);
    for (const [container, ownExample] of containers) {
      if (visiting.has(container)) continue;
      for (const taker of of(container, visiting).all) {
        all.add(taker);
        if (!ownExample) shown.add(taker);
      }
    }
    visiting.delete(field);
    const out = { all: [...all], shown: [...shown] };
    // Within a cycle, a field's takers are known once the outermost call is done.
    if (visiting.size === 0) known.set(field, out);
    return out;
  };
  return (field) => of(field, new Set());
}

/** The takers of a field: every one, and those that show the dictionary's example (giving none of their own). */
export interface FieldTakers {
  readonly all: readonly Taker[];
  readonly shown: readonly Taker[];
}

const NO_TAKERS: FieldTakers = { all: [], shown: [] };

/**
 * Each field's takers in the order of `takers`, in one pass: a watching run checks every save across some
 * thousand operations, where filtering every taker for each dictionary field cost tens of milliseconds. By
 * index, without a map per taker or a pair destructured: the code runs once per process, uncompiled, where each
 * iterator and pair allocated (some 9 MB of an edit's 135 MB among 1,000 operations, for some 50,000 fields).
 */
export function takersByField(takers: readonly Taker[]): Map<string, FieldTakers> {
  const out = new Map<string, { all: Taker[]; shown: Taker[]; last: number; lastShown: number }>();
  for (let t = 0; t < takers.length; t++) {
    const taker = takers[t] as Taker;
    const { takes } = taker;
    for (let i = 0; i < takes.length; i++) {
      const place = takes[i] as readonly [string, boolean];
      const name = place[0];
      let entry = out.get(name);
      if (entry === undefined) out.set(name, (entry = { all: [], shown: [], last: -1, lastShown: -1 }));
      // A field taken twice (its request and its response) counts once, shown where any of its places gives no example.
      if (entry.last !== t) {
        entry.last = t;
        entry.all.push(taker);
      }
      if (!place[1] && entry.lastShown !== t) {
        entry.lastShown = t;
        entry.shown.push(taker);
      }
    }
  }
  return out;
}
