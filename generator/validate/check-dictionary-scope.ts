// A dictionary entry's notes and example show on every operation that takes
// the field (an example on each that gives none of its own), yet each Sips page
// documents its own operation. A note or example that names a family, an
// interface prefix or a Sips address holds for the operations of that family,
// interface or flow: where some taker is of another, the text belongs on the
// operations it holds for. Descriptions are left alone: Sips's own wording
// names examples from other interfaces (the interface version's example
// version, printed alike on every family's pages). So are a container's notes: a container is
// one type for every taker, and its notes speak of the type. The takers are
// kept small enough to be remembered with an operation's facts (spec-facts.ts),
// so that a run with the memo words the same warnings (checks-across.ts).

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { compareText } from "../rules/code-point-order.js";
import { listPrefixOf } from "../rules/list-prefix.js";
import { addressesOf, hostOf, recommendedByPrefix } from "../rules/raw-endpoints.js";
import type { RawDictionary, RawOperation } from "../rules/raw-spec.js";
import type { Sites } from "./field-sites.js";
import type { Located } from "./located.js";

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

/** An operation as a taker of dictionary fields. */
export function takerOf(raw: RawOperation, sites: Sites): Taker {
  const takes = sites.fields
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

const URL_IN_TEXT = /https?:\/\/[^\s)>"']+/g;
const PREFIX_IN_TEXT = /(?<![\w])[A-Z]+(?:_[A-Z]+)*_/g;

/** The warnings of every dictionary note and example that names what not every taker showing it is of. */
export function checkDictionaryScope(
  dictionaries: readonly Located<RawDictionary>[],
  takers: readonly Taker[],
): Diagnostic[] {
  const families = new Set(takers.map((t) => t.family).filter((f) => f !== ""));
  const sipsHosts = new Set(takers.flatMap((t) => t.hosts));
  const prefixes = new Set(
    dictionaries.flatMap((d) =>
      Object.values(d.raw.valueLists ?? {})
        .filter((l) => l.match === "prefix")
        .flatMap((l) => Object.entries(l.values).flatMap(([v, def]) => listPrefixOf(v, def.prefix) ?? [])),
    ),
  );
  const byField = takersByField(takers);
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const dict of dictionaries)
    for (const [field, entry] of Object.entries(dict.raw.fields ?? {})) {
      if (seen.has(field)) continue;
      seen.add(field);
      const container = entry.type === "container" || entry.items?.type === "container";
      const texts: [path: (string | number)[], text: string, shownBy: Taker[]][] = [];
      const { all, shown } = byField.get(field) ?? NO_TAKERS;
      if (!container)
        (entry.notes ?? []).forEach((note, i) => {
          texts.push([["fields", field, "notes", i], note, all]);
        });
      if (entry.example !== undefined) texts.push([["fields", field, "example"], entry.example, shown]);
      for (const [path, text, shownBy] of texts) {
        const named = namedIn(text, families, prefixes, sipsHosts);
        // Most texts name nothing: no taker to walk.
        if (named.length === 0) continue;
        const off = shownBy.filter((t) => named.some((n) => !n.holdsFor(t, shownBy)));
        if (off.length === 0) continue;
        const what = named
          .filter((n) => off.some((t) => !n.holdsFor(t, shownBy)))
          .map((n) => n.what)
          .join(", ");
        const operations = off
          .map((t) => t.operation)
          .sort(compareText)
          .join(", ");
        out.push(diagnostic("dictionary-text-not-shared", dict.map.value(path), { field, what, operations }));
      }
    }
  return out;
}

/** The takers of a field: every one, and those that show the dictionary's example (giving none of their own). */
interface FieldTakers {
  readonly all: Taker[];
  readonly shown: Taker[];
}

const NO_TAKERS: FieldTakers = { all: [], shown: [] };

/**
 * Each field's takers in the order of `takers`, in one pass: a watching run checks every save across some
 * thousand operations, where filtering every taker for each dictionary field cost tens of milliseconds. By
 * index, without a map per taker or a pair destructured: the code runs once per process, uncompiled, where each
 * iterator and pair allocated (some 9 MB of an edit's 135 MB among 1,000 operations, for some 50,000 fields).
 */
function takersByField(takers: readonly Taker[]): Map<string, FieldTakers> {
  const out = new Map<string, FieldTakers & { last: number; lastShown: number }>();
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

interface Named {
  readonly what: string;
  readonly holdsFor: (taker: Taker, shownBy: readonly Taker[]) => boolean;
}

/** The families, interface prefixes and Sips addresses a text names, each with whom it holds for. */
function namedIn(
  text: string,
  families: ReadonlySet<string>,
  prefixes: ReadonlySet<string>,
  hosts: ReadonlySet<string>,
): Named[] {
  const out: Named[] = [];
  for (const family of families)
    if (new RegExp(`(?<![\\w-])${escaped(family)}(?![\\w-])`).test(text))
      out.push({ what: `the family ${family}`, holdsFor: (t) => t.family === family });
  for (const [prefix] of text.matchAll(PREFIX_IN_TEXT))
    if (prefixes.has(prefix) && !out.some((n) => n.what === `the interface ${prefix}`))
      out.push({ what: `the interface ${prefix}`, holdsFor: (t) => t.prefixes.includes(prefix) });
  // A Sips address is one flow's: it holds where every taker showing it is of one family, at that host.
  for (const [url] of text.matchAll(URL_IN_TEXT)) {
    const host = hostOf(url);
    if (host === null || !hosts.has(host)) continue;
    out.push({
      what: `the Sips address ${url} (one flow's, shown by operations of more than one family)`,
      holdsFor: (t, shownBy) => t.hosts.includes(host) && shownBy.every((other) => other.family === t.family),
    });
  }
  return out;
}

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
