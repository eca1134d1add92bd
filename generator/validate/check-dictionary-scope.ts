// A dictionary entry's notes and example show on every operation that takes
// the field (an example on each that gives none of its own), yet each Sips page
// documents its own operation. A note or example that names a family, an
// interface prefix or a Sips address holds for the operations of that family,
// interface or flow: where some taker is of another, the text belongs on the
// operations it holds for. Descriptions are left alone: Sips's own wording
// names examples from other interfaces (the interface version's example
// version, printed alike on every family's pages). So are a container's notes: a container is
// one type for every taker, and its notes speak of the type. A dictionary
// container's fields show on every operation that takes the container: those
// written in it are checked against its takers, and a field it takes from the
// dictionary counts them among its own (dictionary-takers.ts).

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { compareText } from "../rules/code-point-order.js";
import { listPrefixOf } from "../rules/list-prefix.js";
import { hostOf } from "../rules/raw-endpoints.js";
import { regExpText } from "../rules/regexp-text.js";
import type { SpecPath } from "../read/source-map.js";
import type { RawDictionary, RawField } from "../rules/raw-spec.js";
import { takersByField, takersThroughContainers, type FieldTakers, type Taker } from "./dictionary-takers.js";
import type { Located } from "./located.js";

const URL_IN_TEXT = /https?:\/\/[^\s)>"']+/g;
const PREFIX_IN_TEXT = /(?<![\w])[A-Z]+(?:_[A-Z]+)*_/g;

/** The warnings of every dictionary note and example that names what not every taker showing it is of. */
export function checkDictionaryScope(
  dictionaries: readonly Located<RawDictionary>[],
  takers: readonly Taker[],
): Diagnostic[] {
  const families = familyPatterns(new Set(takers.map((t) => t.family).filter((f) => f !== "")));
  const sipsHosts = new Set(takers.flatMap((t) => t.hosts));
  const prefixes = new Set(
    dictionaries.flatMap((d) =>
      Object.values(d.raw.valueLists ?? {})
        .filter((l) => l.match === "prefix")
        .flatMap((l) => Object.entries(l.values).flatMap(([v, def]) => listPrefixOf(v, def.prefix) ?? [])),
    ),
  );
  const entries = firstEntries(dictionaries);
  const takersOf = takersThroughContainers(takersByField(takers), entries);
  const out: Diagnostic[] = [];
  const check = (field: string, entry: RawField, at: SpecPath, dict: Located<RawDictionary>, by: FieldTakers) => {
    const texts: [path: SpecPath, text: string, shownBy: readonly Taker[]][] = [];
    if (!isContainer(entry))
      (entry.notes ?? []).forEach((note, i) => {
        texts.push([[...at, "notes", i], note, by.all]);
      });
    if (entry.example !== undefined) texts.push([[...at, "example"], entry.example, by.shown]);
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
  };
  for (const [field, { entry, dict }] of entries) {
    const by = takersOf(field);
    check(field, entry, ["fields", field], dict, by);
    // A field written in a container shows wherever the container does: no taker gives it an example of its own.
    for (const [name, inner, at] of writtenWithin(entry, ["fields", field]))
      check(`${field}.${name}`, inner, at, dict, { all: by.all, shown: by.all });
  }
  return out;
}

/** Each dictionary field's first entry, with its file (a second is reported elsewhere). */
function firstEntries(
  dictionaries: readonly Located<RawDictionary>[],
): Map<string, { entry: RawField; dict: Located<RawDictionary> }> {
  const out = new Map<string, { entry: RawField; dict: Located<RawDictionary> }>();
  for (const dict of dictionaries)
    for (const [field, entry] of Object.entries(dict.raw.fields ?? {}))
      if (!out.has(field)) out.set(field, { entry, dict });
  return out;
}

const isContainer = (field: RawField): boolean => field.type === "container" || field.items?.type === "container";

/**
 * The fields written within a field (a container's, its list items'), at any depth, each with its dotted name
 * and path; a field taken from the dictionary is not descended into, as its entry is checked on its own.
 */
function writtenWithin(field: RawField, at: SpecPath, name = ""): [name: string, field: RawField, path: SpecPath][] {
  const within: [Readonly<Record<string, RawField>> | undefined, SpecPath][] = [
    [field.fields, [...at, "fields"]],
    [field.items?.fields, [...at, "items", "fields"]],
  ];
  return within.flatMap(([fields, path]) =>
    Object.entries(fields ?? {}).flatMap(([inner, written]): [string, RawField, SpecPath][] => {
      if (written.from === "dictionary") return [];
      const dotted = name === "" ? inner : `${name}.${inner}`;
      return [[dotted, written, [...path, inner]], ...writtenWithin(written, [...path, inner], dotted)];
    }),
  );
}

interface Named {
  readonly what: string;
  readonly holdsFor: (taker: Taker, shownBy: readonly Taker[]) => boolean;
}

/** A family's name and the pattern that finds it as a word of a text. */
interface FamilyPattern {
  readonly family: string;
  readonly pattern: RegExp;
}

/**
 * Each family's pattern, made once for every text checked, where each text made one per family: among 1,000
 * synthetic operations (68 families, 39 dictionary texts) 2,652 patterns in every run, an edit's too.
 */
const familyPatterns = (families: ReadonlySet<string>): readonly FamilyPattern[] =>
  [...families].map((family) => ({ family, pattern: new RegExp(`(?<![\\w-])${regExpText(family)}(?![\\w-])`) }));

/** The families, interface prefixes and Sips addresses a text names, each with whom it holds for. */
function namedIn(
  text: string,
  families: readonly FamilyPattern[],
  prefixes: ReadonlySet<string>,
  hosts: ReadonlySet<string>,
): Named[] {
  const out: Named[] = [];
  // The pattern matches the name as it is written: a text without it is not matched at all.
  for (const { family, pattern } of families)
    if (text.includes(family) && pattern.test(text))
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
