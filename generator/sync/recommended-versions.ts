// What a difference about an operation's recommended versions is, the
// versions its edit writes, and how such differences are held back together:
// shared by the rules that hold that edit back (held-recommended.ts,
// kept-move-recommended.ts).

import type { PageDifference } from "./page-difference.js";

const RECOMMENDED = "interfaceVersion.recommended";

/** A difference about the recommended version, or one of the versions recommended by prefix. */
export const isRecommended = (d: PageDifference): boolean =>
  d.about === RECOMMENDED || d.about.startsWith(`${RECOMMENDED}.`);

/** The versions a recommended version's edit writes: one text, or one by prefix. */
export function versionsOf(fix: NonNullable<PageDifference["fix"]>): string[] {
  if (fix.kind !== "set-operation") return [];
  const { value } = fix;
  if (typeof value === "string") return [value];
  if (value !== null && typeof value === "object" && !Array.isArray(value))
    return Object.values(value).filter((v): v is string => typeof v === "string");
  return [];
}

/** A recommended version's difference held back: no edit writes it and nothing settles it; the maintainer does. */
export function heldBack(d: PageDifference, page: string = d.page): PageDifference {
  const { settledBy: _settled, ...rest } = d;
  return { ...rest, page, fix: null };
}

/**
 * The differences, those about the recommended versions held back together where the one edit that writes them all
 * writes a version `opens` refuses: each whose own version does is given the page side `opening` says of it, each other
 * one says it waits with those (a page that recommends a version per interface, one of them of the held major).
 * A difference a deviation keeps (`kept`: what the operation's deviations are about), which no edit writes, stays as
 * it is: it is said and recorded as the page prints it.
 */
export function holdTogether(
  differences: readonly PageDifference[],
  kept: ReadonlySet<string>,
  opens: (version: string) => boolean,
  opening: (d: PageDifference, version: string) => string,
): PageDifference[] {
  const together = heldTogether(differences, kept, opens);
  if (together === null) return [...differences];
  const { recommended, own } = together;
  const first = recommended.filter((d) => opens(own.get(d) ?? ""));
  // Where the version that opens it differs from no spec's (written by hand already), it is named itself.
  const waitedFor = first.length > 0 ? first.map((o) => o.about) : together.writes.filter(opens);
  const waits = (d: PageDifference): string =>
    `${d.page} (waits with ${waitedFor.join(", ")}: one edit writes every recommended version)`;
  return differences.map((d) => {
    if (!recommended.includes(d)) return d;
    return heldBack(d, first.includes(d) ? opening(d, own.get(d) ?? "") : waits(d));
  });
}

/** The versions held together (holdTogether): those the one edit writes that open the held major, and every one left unwritten. */
export function unwrittenTogether(
  differences: readonly PageDifference[],
  kept: ReadonlySet<string>,
  opens: (version: string) => boolean,
): {
  readonly opening: readonly string[];
  readonly unwritten: readonly string[];
  readonly about: readonly string[];
} | null {
  const together = heldTogether(differences, kept, opens);
  if (together === null) return null;
  const { own, writes } = together;
  return {
    opening: writes.filter(opens),
    unwritten: [...own.values()].filter((v) => v !== ""),
    // What a deviation keeping the held major's version is about: the one recommended version, or its interface's.
    about: [...own].filter(([, v]) => opens(v)).map(([d]) => d.about),
  };
}

/** The recommended versions' differences the one edit settles, each with its own version, where that edit opens the major. */
function heldTogether(
  differences: readonly PageDifference[],
  kept: ReadonlySet<string>,
  opens: (v: string) => boolean,
) {
  const recommended = differences.filter(
    (d) => isRecommended(d) && !kept.has(d.about) && (d.fix !== null || d.settledBy !== undefined),
  );
  const fix = recommended.find((d) => d.fix !== null)?.fix ?? null;
  if (fix === null || !versionsOf(fix).some(opens)) return null;
  return { recommended, writes: versionsOf(fix), own: new Map(recommended.map((d) => [d, writtenFor(d, fix) ?? ""])) };
}

/** The version the recommended versions' edit writes for `d`: the one, or its prefix's. */
function writtenFor(d: PageDifference, fix: NonNullable<PageDifference["fix"]>): string | undefined {
  if (fix.kind !== "set-operation") return undefined;
  const { value } = fix;
  if (typeof value === "string") return value;
  const prefix = d.about.slice(RECOMMENDED.length + 1);
  const own =
    value !== null && typeof value === "object" && !Array.isArray(value)
      ? (value as Readonly<Record<string, unknown>>)[prefix]
      : undefined;
  return typeof own === "string" ? own : undefined;
}
