// What a difference about an operation's recommended versions is, and the
// versions its edit writes: shared by the rules that hold such an edit back
// (held-recommended.ts, kept-move-recommended.ts).

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
