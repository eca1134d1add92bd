// Names one version of a list has and the other lacks, paired where the two
// look alike: a possible rename, which `npm run changes`
// (changes/field-renames.ts) and sync (sync/page-field-renames.ts) each tell
// on what they can compare. Conservative: a name is paired only when it is
// the one name gone and the one name new that look alike and stand between
// the same names both versions keep; a name listed twice, whose listing is
// the one meant is in doubt, is never paired. In doubt, nothing is said.

/** A name of one version, and what it looks like (JSON-able, compared as its JSON). */
export interface Listed {
  readonly name: string;
  readonly looks: unknown;
}

/** Old name → new name, and new name → old name. */
export interface AlikePairs {
  readonly to: ReadonlyMap<string, string>;
  readonly from: ReadonlyMap<string, string>;
}

/** The names of `before` gone from `after` that may be names new in `after`, one to one. */
export function alikeRenames(before: readonly Listed[], after: readonly Listed[]): AlikePairs {
  const gone = byLikeness(before, new Set(after.map((f) => f.name)));
  const made = byLikeness(after, new Set(before.map((f) => f.name)));
  const [twiceBefore, twiceAfter] = [listedTwice(before), listedTwice(after)];
  const to = new Map<string, string>();
  const from = new Map<string, string>();
  for (const [likeness, was] of gone) {
    const is = made.get(likeness);
    if (was.length !== 1 || is?.length !== 1) continue;
    const [old, now] = [was[0] as string, is[0] as string];
    if (twiceBefore.has(old) || twiceAfter.has(now)) continue;
    to.set(old, now);
    from.set(now, old);
  }
  return { to, from };
}

/** The names the other version lacks, by what they look like and the kept names around them. */
function byLikeness(listed: readonly Listed[], other: ReadonlySet<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const kept = (f: Listed) => other.has(f.name);
  listed.forEach((item, index) => {
    if (kept(item)) return;
    const previous = listed.slice(0, index).findLast(kept)?.name ?? null;
    const next = listed.slice(index + 1).find(kept)?.name ?? null;
    const likeness = JSON.stringify([item.looks, previous, next]);
    out.set(likeness, [...(out.get(likeness) ?? []), item.name]);
  });
  return out;
}

function listedTwice(listed: readonly Listed[]): ReadonlySet<string> {
  const names = listed.map((f) => f.name);
  return new Set(names.filter((name, index) => names.indexOf(name) !== index));
}
