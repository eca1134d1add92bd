// Names one version of a list has and the other lacks, paired where the two
// look alike: a possible rename, which `npm run changes`
// (changes/field-renames.ts) and sync (sync/page-field-renames.ts) each tell
// on what they can compare. Conservative: a name is paired only when it is
// the one name gone and the one name new that look alike and stand between
// the same names both versions keep; a name listed twice, whose listing is
// the one meant is in doubt, is never paired. In doubt, nothing is said.
// A release that renames a field most often gives the new name a version of
// its own (the page's changelog lists it as new): names left unpaired are
// paired again on a second likeness, where the description stands in for the
// version, under the same rule. A name the two likenesses pair with different
// names (one added field of its version, another described as it was) is in
// doubt, and so are those names: none of them is paired.

/** A name of one version, and what it looks like (JSON-able, compared as its JSON). */
export interface Listed {
  readonly name: string;
  readonly looks: unknown;
  /** What it looks like with its description in place of its version: the second likeness. */
  readonly described: unknown;
}

/** Old name → new name, and new name → old name. */
export interface AlikePairs {
  readonly to: ReadonlyMap<string, string>;
  readonly from: ReadonlyMap<string, string>;
  /** The new names paired on the second likeness (their descriptions alike, their versions perhaps not). */
  readonly described: ReadonlySet<string>;
}

/** The names of `before` gone from `after` that may be names new in `after`, one to one. */
export function alikeRenames(before: readonly Listed[], after: readonly Listed[]): AlikePairs {
  const byLooks = (f: Listed): unknown => f.looks;
  const byDescription = (f: Listed): unknown => f.described;
  const none: ReadonlySet<string> = new Set();
  const first = onePairs(before, after, byLooks, none);
  // A name the second likeness pairs with another than the first does is in doubt: neither pair is said.
  const other = onePairs(before, after, byDescription, none);
  const otherFrom = new Map([...other].map(([old, now]) => [now, old]));
  const doubted = new Set<string>();
  for (const [old, now] of first) {
    const [is, was] = [other.get(old), otherFrom.get(now)];
    if ((is === undefined || is === now) && (was === undefined || was === old)) continue;
    for (const name of [old, now, is, was]) if (name !== undefined) doubted.add(name);
  }
  const to = new Map([...first].filter(([old]) => !doubted.has(old)));
  // Names paired on the first likeness, or in doubt, are out of the second; the kept names around them stay those both keep.
  const second = onePairs(before, after, byDescription, new Set([...to.keys(), ...to.values(), ...doubted]));
  for (const [old, now] of second) to.set(old, now);
  return {
    to,
    from: new Map([...to].map(([old, now]) => [now, old])),
    described: new Set(second.values()),
  };
}

/** Each gone name that alone looks as one new name alone does (those `aside` left out), old → new. */
function onePairs(
  before: readonly Listed[],
  after: readonly Listed[],
  looks: (f: Listed) => unknown,
  aside: ReadonlySet<string>,
): Map<string, string> {
  const gone = byLikeness(before, new Set(after.map((f) => f.name)), looks, aside);
  const made = byLikeness(after, new Set(before.map((f) => f.name)), looks, aside);
  const [twiceBefore, twiceAfter] = [listedTwice(before), listedTwice(after)];
  const pairs = new Map<string, string>();
  for (const [likeness, was] of gone) {
    const is = made.get(likeness);
    if (was.length !== 1 || is?.length !== 1) continue;
    const [old, now] = [was[0] as string, is[0] as string];
    if (!twiceBefore.has(old) && !twiceAfter.has(now)) pairs.set(old, now);
  }
  return pairs;
}

/** The names the other version lacks (those `aside` left out), by what they look like and the kept names around them. */
function byLikeness(
  listed: readonly Listed[],
  other: ReadonlySet<string>,
  looks: (f: Listed) => unknown,
  aside: ReadonlySet<string>,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const kept = (f: Listed) => other.has(f.name);
  listed.forEach((item, index) => {
    if (kept(item) || aside.has(item.name)) return;
    const previous = listed.slice(0, index).findLast(kept)?.name ?? null;
    const next = listed.slice(index + 1).find(kept)?.name ?? null;
    const likeness = JSON.stringify([looks(item), previous, next]);
    out.set(likeness, [...(out.get(likeness) ?? []), item.name]);
  });
  return out;
}

function listedTwice(listed: readonly Listed[]): ReadonlySet<string> {
  const names = listed.map((f) => f.name);
  return new Set(names.filter((name, index) => names.indexOf(name) !== index));
}
