// One name is one field: a field that two operations write out, or an
// operation and the dictionary, belongs in the dictionary, taken from it by
// each. sync names the operations for a file it makes; this check finds it in
// any file, written by hand too, at any depth (containers, lists, callbacks).
// A warning, not an error: sync writes such a field out on purpose while it
// makes an operation (README, "Adding an operation from a saved page", step 2)
// and refuses to write a spec that would have errors; and the two copies
// cannot disagree on what the field is (conflicting-field is an error), only
// on the words that describe it. The sites are kept small enough to be
// remembered with a file's facts (spec-facts.ts), so that a run with the memo
// words the same warnings from them (checks-across.ts).

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { writtenTwiceAdvice, type AdvisedField } from "../rules/written-twice-advice.js";
import type { FieldSite, Sites } from "./field-sites.js";

/**
 * A field written out: its name, where (file, line, column), its place as a message names it, the fields that
 * hold it (its containers, outermost first), and what it is written with, for the advice of what to write instead.
 */
export type WrittenOut = readonly [
  name: string,
  file: string,
  line: number,
  column: number,
  place: string,
  outer: readonly string[],
  field: AdvisedField,
];

/** One owner's fields written out: the dictionary's (all its files are one owner), or one operation's. */
export interface WrittenBy {
  readonly dictionary: boolean;
  readonly written: readonly WrittenOut[];
}

/** The fields of some sites written out (not `from: dictionary`), in the order of the sites. */
export function writtenOut(sites: Sites): WrittenOut[] {
  const out: WrittenOut[] = [];
  for (const site of sites.fields) {
    if (site.written.from === "dictionary") continue;
    const at = site.located.map.key(site.path);
    const outer = site.path.filter((_, i) => i < site.path.length - 1 && site.path[i - 1] === "fields").map(String);
    out.push([site.name, at.file, at.line, at.column, placeOf(site), outer, advisedOf(site)]);
  }
  return out;
}

/** What a site's field is written with, as the advice reads it: the values it takes are those it writes. */
function advisedOf(site: FieldSite): AdvisedField {
  const { written } = site;
  return {
    presence: written.presence ?? "undocumented",
    since: written.since ?? "undocumented",
    description: written.description ?? "",
    list: written.valueList ?? null,
    values: written.values ?? null,
    contained: site.container !== "",
  };
}

/** Where a site is, for a message: its file, message and container. */
export function placeOf(site: FieldSite): string {
  const message = site.scope === "dictionary" ? "" : String(site.path[0]);
  const within = [message, site.container === "" ? "" : `in ${site.container}`].filter((w) => w !== "").join(", ");
  return within === "" ? site.located.file.displayPath : `${site.located.file.displayPath} (${within})`;
}

/** The sites of every file checked, the dictionary's first, then each operation's in file order. */
export function checkWrittenOnce(sites: Sites): Diagnostic[] {
  const owners = new Map<string, { readonly dictionary: boolean; readonly fields: FieldSite[] }>();
  for (const site of sites.fields) {
    const dictionary = site.scope === "dictionary";
    const owner = dictionary ? "" : site.located.file.relPath;
    const known = owners.get(owner);
    if (known) known.fields.push(site);
    else owners.set(owner, { dictionary, fields: [site] });
  }
  return writtenTwice(
    [...owners.values()].map(({ dictionary, fields }) => ({ dictionary, written: writtenOut({ fields, items: [] }) })),
  );
}

/**
 * Each field written out under a name that another owner also writes out, reported at each of its sites with
 * the first place of that name beside it (the dictionary's where it has the name, else the first operation's).
 * A field held by a container that is itself written twice is not: the container moves with its fields.
 */
export function writtenTwice(owners: readonly WrittenBy[]): Diagnostic[] {
  // By index: run once per process, uncompiled, a for-of makes an object for each of some 50,000 sites.
  const first = new Map<string, { readonly by: WrittenBy; readonly site: WrittenOut }>();
  const twice = new Set<string>();
  for (let o = 0; o < owners.length; o++) {
    const by = owners[o] as WrittenBy;
    for (let s = 0; s < by.written.length; s++) {
      const site = by.written[s] as WrittenOut;
      const earlier = first.get(site[0]);
      if (!earlier) first.set(site[0], { by, site });
      else if (earlier.by !== by) twice.add(site[0]);
    }
  }
  const out: Diagnostic[] = [];
  if (twice.size === 0) return out;
  for (const by of owners)
    for (const site of by.written) {
      const [name, file, line, column, , outer, field] = site;
      const earlier = first.get(name);
      if (!earlier || earlier.by === by || outer.some((holder) => twice.has(holder))) continue;
      const [, otherFile, otherLine, otherColumn, otherPlace, , otherField] = earlier.site;
      const related = [{ file: otherFile, line: otherLine, column: otherColumn, message: "written out here too" }];
      // The words sync gives where it writes such a field out (sync/field-writers.ts): the dictionary's entry and
      // each reference to write.
      const advice = earlier.by.dictionary
        ? ""
        : writtenTwiceAdvice(name, field, {
            label: otherPlace,
            list: otherField.list,
            contained: otherField.contained,
          });
      const params = { field: name, other: otherPlace, dictionary: earlier.by.dictionary, advice };
      out.push(diagnostic("field-written-twice", { file, line, column }, params, related));
    }
  return out;
}
