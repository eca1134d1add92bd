// Where the checks of a validator read their values and how they report their
// issues: the object (a message or a container), its JSON Pointer, each
// field's local, and whether forward-compatible problems are always errors.

import { type Code, ts } from "../ts/code.js";
import type { ValidationCode } from "../../../runtime/validation-types.js";
import { call } from "../ts/layouts.js";
import { runtime } from "../ts/symbols.js";
import { ident, lit, templateLiteral } from "../ts/escape.js";

export interface Where {
  /** The object the fields are read from (`fields`). */
  readonly source: Code;
  /** The expression of its JSON Pointer; null at the top of a message. */
  readonly base: Code | null;
  /**
   * Requests are always strict: their forward-compatible problems are errors
   * (`addError`). Elsewhere the local or parameter `strict` decides (`addLenient`).
   */
  readonly alwaysStrict: boolean;
  /** The value a `since` issue names as declared: the request's version field, the container's parameter, or `undefined`. */
  readonly declared: Code;
  /**
   * The field whose declared version is the local `version` when nothing is
   * pinned (a request's version field): its check reuses it.
   */
  readonly versionField: string | null;
  /**
   * The lowest version the request's version field may declare, as the
   * validators compare versions (major * 10000 + minor), and the message of
   * one below it; null where its operation's values give none.
   */
  readonly floor: { readonly version: number; readonly message: string } | null;
  /**
   * The module's constant that makes an unknown key's issue, the object's
   * field names bound once at load (runtime unknownFieldOf, declared by
   * unknownFieldDeclaration in field-checks.ts); null where it has no field.
   */
  readonly unknownField: Code | null;
  /**
   * The locals of the validator the checks refer to, noted as they are
   * written: a part of a large validator takes those (and only those) as
   * parameters (field-parts.ts).
   */
  readonly uses?: Set<ContextLocal>;
}

/** The locals, besides the fields', that checks may refer to. */
export type ContextLocal = "strict" | "version" | "pinned" | "declared";

/** Notes that the checks being written refer to these locals. */
export function using(where: Where, ...names: readonly ContextLocal[]): void {
  for (const name of names) where.uses?.add(name);
}

const v = runtime.validation;

/**
 * The statement that adds an issue: `(found ??= newFound()).errors.push(issue);`,
 * or for a forward-compatible problem the warnings unless strict (a list of
 * their own at the first warning: `newFound` shares an empty one). Written out
 * in each check rather than called (`addError`): an invalid message makes many
 * such calls, more than the engine inlines into one validator. In a request,
 * always strict, a forward-compatible problem is an error too; an issue that
 * may be null goes through `addLenient`.
 */
export function report(where: Where, how: "error" | "lenient", issue: Code, nullable = false): Code {
  if (nullable) return ts`found = ${call(v.addLenient, [ts`found`, strictOf(where), issue])};`;
  if (how === "error" || where.alwaysStrict) return ts`${call(ts`(found ??= ${v.newFound}()).errors.push`, [issue])};`;
  using(where, "strict");
  return ts`
    found ??= ${v.newFound}();
    if (!strict && found.warnings.length === 0) found.warnings = ${runtime.siteFree.newIssueList}();
    ${call(ts`(strict ? found.errors : found.warnings).push`, [issue])};
  `;
}

/**
 * An issue written in place, `{ path, code, message, received }` in the order
 * and shape `issueWith` (or, with no value, `issue`) gives it: a check that
 * builds its issue calls nothing, so the time of an invalid message does not
 * hang on which helpers the engine chose to inline into the validator. Made
 * with `new`, which has no allocation site for the engine to tenure (site-free.ts).
 */
export function issueObject(path: Code, code: ValidationCode, message: string, received?: Code): Code {
  const args = [path, lit(code), lit(message)];
  const s = runtime.siteFree;
  return received === undefined ? ts`new ${call(s.Issue, args)}` : ts`new ${call(s.IssueWith, [...args, received])}`;
}

/** `strict` as the checks pass it on: `true` in requests, the local or parameter elsewhere. */
export function strictOf(where: Where): Code {
  if (where.alwaysStrict) return ts`true`;
  using(where, "strict");
  return ts`strict`;
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
