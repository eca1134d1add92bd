// Where the checks of a validator read their values and report their issues:
// the object (the message or a container), its JSON Pointer, and each field's
// local.

import type { Code } from "../ts/code.js";
import { ident, lit, templateLiteral } from "../ts/escape.js";

/** Which object the fields are read from (`input` or `value`), and the expression of its JSON Pointer (null at the top of a message). */
export interface Where {
  readonly source: Code;
  readonly base: Code | null;
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
