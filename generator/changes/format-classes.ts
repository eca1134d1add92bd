// The character classes (N, A, AN, ANS, ANU, ANSU) are the generator's code,
// not the spec's: runtime/formats.ts defines them, and a change there changes
// what every field of a class accepts while no spec file changes. Where the
// spec's repository holds the generator, `changes` reads the classes at the
// ref from its runtime/formats.ts and compares them with the generator's own,
// code point by code point (lone surrogates too), classed as a field's format
// change is (format-changes.ts): accepting less breaks the senders of requests
// and the readers of responses that have a field of the class.

import { formatOf } from "../model/field-shape.js";
import type { SpecModel } from "../model/ir.js";
import type { Change, ChangeClass } from "./change.js";
import { fieldsByPointer } from "./field-places.js";

/** Each class's pattern, as FORMAT_PATTERNS of runtime/formats.ts writes it. */
export type ClassPatterns = ReadonlyMap<string, RegExp>;

/** Where the classes are defined: read at the ref, and named by the change. */
export const FORMATS_SOURCE = "runtime/formats.ts";

/**
 * The head of the table's declaration, up to its value's opening brace: `export const FORMAT_PATTERNS`, then
 * ` = {`, or a type on its line (`: Record<FormatClass, RegExp> = {`), or a type block of comments and
 * `readonly N: RegExp;` lines (`: {` ... `} = {`). Anything else between the name and the brace is not this table.
 */
const TABLE_HEAD =
  /^export const FORMAT_PATTERNS(?::[^={};\n]*|: \{\n(?:[ \t]*(?:\/\/.*|\/\*.*|\*.*|readonly [A-Z]+: RegExp;)\n)*\})? = \{\n/m;

/**
 * FORMAT_PATTERNS of a runtime/formats.ts text, typed (`...} = {`) or not (`= {`, `} as const`): a regular expression literal a
 * line, between comments. Null where it holds none so, or where a line of its value is anything else (a pattern
 * written otherwise, across lines, beside a comment): a class read in part would go unnoticed, its change unsaid.
 */
export function classPatternsOf(text: string): ClassPatterns | null {
  // The braces must open this declaration's value, not a later one's (exported or not): its head is read whole.
  const head = TABLE_HEAD.exec(text);
  if (head === null) return null;
  const body = head.index + head[0].length;
  // The first brace at a line's start must end the statement (`as const` or not): one that does not (in a comment,
  // say) would end the read part way through.
  const end = text.indexOf("\n}", body - 1);
  if (end < 0 || !/^\n\}( as const)?;/.test(text.slice(end))) return null;
  const patterns = new Map<string, RegExp>();
  for (const line of text.slice(body, end).split("\n")) {
    if (/^\s*(\/\/|\/\*|\*|$)/.test(line)) continue;
    const literal = /^\s+([A-Z]+): \/(.+)\/([a-z]*),?$/.exec(line);
    if (literal === null) return null;
    try {
      patterns.set(literal[1] as string, new RegExp(literal[2] as string, literal[3]));
    } catch {
      return null;
    }
  }
  return patterns.size > 0 ? patterns : null;
}

/** The changes of the classes from `before` to `after`, each classed by the fields of `spec` that have the class. */
export function compareFormatClasses(before: ClassPatterns, after: ClassPatterns, spec: SpecModel): Change[] {
  const out: Change[] = [];
  const users = classUsers(spec);
  for (const [name, is] of after) {
    const was = before.get(name);
    if (was === undefined || (was.source === is.source && was.flags === is.flags)) continue;
    const [more, less] = [admittedOnlyBy(is, was), admittedOnlyBy(was, is)];
    if (more.length === 0 && less.length === 0) continue;
    const used = users.get(name) ?? { requests: 0, responses: 0 };
    const classes: ChangeClass[] =
      less.length > 0
        ? [
            ...(used.requests > 0 ? (["breaking-request"] as const) : []),
            ...(used.responses > 0 ? (["breaking-response"] as const) : []),
          ]
        : used.requests + used.responses > 0
          ? ["additive"]
          : [];
    const said = [more.length > 0 && `more (${rangesText(more)})`, less.length > 0 && `less (${rangesText(less)})`];
    out.push({
      operation: null,
      message: null,
      field: null,
      kind: "format-class",
      classes: classes.length > 0 ? classes : ["docs"],
      summary: `character class ${name} (${FORMATS_SOURCE}) accepts ${said.filter(Boolean).join(" and ")}: ${usersText(used)}.`,
    });
  }
  return out;
}

/** How many fields of each class requests, and responses and callbacks, have at any depth. */
function classUsers(spec: SpecModel): Map<string, { requests: number; responses: number }> {
  const users = new Map<string, { requests: number; responses: number }>();
  const count = (fields: Parameters<typeof fieldsByPointer>[0], request: boolean): void => {
    for (const field of fieldsByPointer(fields).values()) {
      const format = formatOf(field);
      if (format === null) continue;
      const used = users.get(format.charClass) ?? { requests: 0, responses: 0 };
      if (request) used.requests++;
      else used.responses++;
      users.set(format.charClass, used);
    }
  };
  for (const op of spec.operations) {
    count(op.request.fields, true);
    count(op.response.fields, false);
    if (op.callback) count(op.callback.message.fields, false);
  }
  return users;
}

const usersText = ({ requests, responses }: { requests: number; responses: number }): string =>
  requests + responses === 0
    ? "no field has it"
    : `${requests} request field${requests === 1 ? "" : "s"} and ${responses} response or callback field${responses === 1 ? "" : "s"} have it`;

/** The code points (a lone surrogate as one) that `a` admits and `b` does not, as ranges. */
function admittedOnlyBy(a: RegExp, b: RegExp): [number, number][] {
  const ranges: [number, number][] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    const text = String.fromCodePoint(cp);
    if (!a.test(text) || b.test(text)) continue;
    const last = ranges[ranges.length - 1];
    if (last !== undefined && last[1] === cp - 1) last[1] = cp;
    else ranges.push([cp, cp]);
  }
  return ranges;
}

/** "U+0080-U+009F, U+D800-U+DFFF", the first few ranges and how many more. */
function rangesText(ranges: readonly [number, number][]): string {
  const hex = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  const shown = ranges.slice(0, 4).map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${hex(to)}`));
  const rest = ranges.length - shown.length;
  return `${shown.join(", ")}${rest > 0 ? `, and ${rest} more range${rest === 1 ? "" : "s"}` : ""}`;
}
