// Where the checks of a validator read their values and report their issues:
// the object (the message or a container), its JSON Pointer, and each field's
// local.

import { type Code, concat, raw, ts, type Interpolation } from "../ts/code.js";
import { ident, lit } from "../ts/escape.js";

/** Which object the fields are read from, and the expression of its JSON Pointer (null at the top of a message). */
export interface Where {
  readonly source: "input" | "value";
  readonly base: Code | null;
}

export const local = (name: string): Code => ident(`$${name}`);

/** A JSON Pointer below `where`: a string literal when it is known, a template literal when it depends on a path or an index. */
export function pointerTo(where: Where, segments: readonly (string | Code)[]): Code {
  if (where.base === null && segments.every((s) => typeof s === "string"))
    return lit(segments.map((s) => `/${s}`).join(""));
  // Field names are identifiers (checked before emitting): nothing in them needs escaping in a template literal.
  const parts: Interpolation[] = segments.map((s) =>
    typeof s === "string" ? raw(`/${ident(s).part as string}`) : ts`/\${${s}}`,
  );
  return concat(raw("`"), ...(where.base ? [ts`\${${where.base}}`] : []), ...parts, raw("`"));
}
