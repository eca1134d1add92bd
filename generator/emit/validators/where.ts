// Where the checks of a validator read their values and how they report their
// issues: the object (a message or a container), its JSON Pointer and each
// field's local.

import { type Code, ts } from "../ts/code.js";
import { call } from "../ts/layouts.js";
import { runtime } from "../ts/symbols.js";
import { ident, lit, templateLiteral } from "../ts/escape.js";

export interface Where {
  /** The object the fields are read from (`fields`). */
  readonly source: Code;
  /** The expression of its JSON Pointer; null at the top of a message. */
  readonly base: Code | null;
  /** The value a `since` issue names as declared: the request's version field, the container's parameter, or `undefined`. */
  readonly declared: Code;
  /**
   * The field whose declared version is the local `version` when nothing is
   * pinned (a request's version field): its check reuses it.
   */
  readonly versionField: string | null;
  /**
   * The locals of the validator the checks refer to, noted as they are
   * written: a part of a large validator takes those (and only those) as
   * parameters (field-parts.ts).
   */
  readonly uses?: Set<ContextLocal>;
}

/** The locals, besides the fields', that checks may refer to. */
export type ContextLocal = "version" | "pinned" | "declared";

/** Notes that the checks being written refer to these locals. */
export function using(where: Where, ...names: readonly ContextLocal[]): void {
  for (const name of names) where.uses?.add(name);
}

const v = runtime.validation;

/**
 * The statement that adds an issue to the one list of problems, errors and
 * forward-compatible ones alike (`resultOf` sorts them at the end, by their
 * codes): `(found ??= []).push(issue);`, written out in each check rather than
 * called, as an invalid message makes more such calls than the engine inlines
 * into one validator. An issue that may be null goes through `addIssue`.
 */
export function report(issue: Code, nullable = false): Code {
  if (nullable) return ts`found = ${call(v.addIssue, [ts`found`, issue])};`;
  return ts`${call(ts`(found ??= []).push`, [issue])};`;
}

/** The name of the local that holds a field's own value. */
export const localName = (field: string): string => `$${field}`;

export const local = (field: string): Code => ident(localName(field));

/** A JSON Pointer below `where`: a string literal when it is known, a template literal when it depends on a path or an index. */
export function pointerTo(where: Where, segments: readonly (string | Code)[]): Code {
  if (where.base === null && segments.every((s) => typeof s === "string"))
    return lit(segments.map((s) => `/${s}`).join(""));
  const parts = segments.flatMap((s) => (typeof s === "string" ? [`/${s}`] : ["/", s]));
  return templateLiteral([...(where.base ? [where.base] : []), ...parts]);
}
