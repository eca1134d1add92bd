// The only ways text from the spec or a page becomes TypeScript: as an
// identifier that is proven to be one, a string literal, a property key, a
// template literal's text, or the text of a comment (comment-escape.ts). Each
// escapes what would end its context, so spec text can hold anything and never
// changes the structure of the file it lands in.

import { code, type Code, interpolation } from "./tree.js";

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** An identifier; anything else is a generator bug (names are checked before emitting). */
export function ident(name: string): Code {
  if (!IDENTIFIER.test(name)) throw new Error(`not an identifier: ${JSON.stringify(name)}`);
  return code(name);
}

/**
 * A string literal, quoted as prettier quotes it: double quotes unless the text
 * holds more double than single quotes. Control characters, line and paragraph
 * separators and lone surrogates are escaped, so the literal is one visible line.
 */
export function lit(value: string): Code {
  return code(quote(value), { kind: "string" });
}

/**
 * A number literal, written as prettier writes it (numberText). A value that no literal writes (NaN, an infinity) is a
 * generator bug.
 */
export function num(value: number): Code {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return code(numberText(value), { kind: "number" });
}

/**
 * A number as code, the text prettier's number normalisation leaves as it is: String() already writes a lowercase
 * `e`, no leading or trailing zero, no trailing dot, so only the `+` of an exponent goes (`1e21`, where JavaScript
 * writes `1e+21`); -0 keeps its sign, which String() drops. NaN and the infinities are written as their names.
 */
export const numberText = (value: number): string => (Object.is(value, -0) ? "-0" : String(value).replace("e+", "e"));

/** Text that needs no escape in a double-quoted literal (most spec text). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for.
const PLAIN = /^[^"'\\\u0000-\u001f\u007f\u2028\u2029\ud800-\udfff]*$/;

export function quote(value: string): string {
  if (PLAIN.test(value)) return `"${value}"`;
  let doubles = 0;
  let singles = 0;
  for (const c of value) {
    if (c === '"') doubles++;
    else if (c === "'") singles++;
  }
  const q = doubles > singles ? "'" : '"';
  let body = "";
  for (const c of value) body += escapeChar(c, q);
  return `${q}${body}${q}`;
}

const SHORT_ESCAPES: Record<string, string> = {
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\v": "\\v",
  "\\": "\\\\",
};

function escapeChar(c: string, q: string): string {
  if (c === q) return `\\${c}`;
  const short = SHORT_ESCAPES[c];
  if (short) return short;
  const code = c.codePointAt(0) ?? 0;
  const lone = c.length === 1 && code >= 0xd800 && code <= 0xdfff;
  if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029 || lone)
    return `\\u${code.toString(16).padStart(4, "0")}`;
  return c;
}

/** A property key: bare when it is an identifier, quoted otherwise (prettier's quoteProps "as-needed"). */
export const key = (name: string): Code => code(IDENTIFIER.test(name) ? name : quote(name));

/**
 * The access to a property after an object expression typed by its index signature (`Record<string, unknown>`):
 * always `["name"]`, so that the code compiles under `noPropertyAccessFromIndexSignature`, which the package's
 * users may turn on for the generated sources they compile. The engine reads `o["name"]` as it reads `o.name`.
 */
export const indexAccessor = (name: string): Code => code(`[${quote(name)}]`);

/** Text inside a template literal (or template literal type): backslashes, backticks and `${` escaped. */
const inTemplate = (text: string): string =>
  visible(text.replaceAll("\\", "\\\\").replaceAll("`", "\\`").replaceAll("${", "\\${"));

/** A template literal: its text escaped, its code in `${}`, which prettier never breaks where it can stay whole. */
export const templateLiteral = (parts: readonly (string | Code)[]): Code =>
  code(["`", ...parts.map((p) => (typeof p === "string" ? inTemplate(p) : interpolation(["${", p, "}"]))), "`"], {
    kind: "template",
  });

/** Line terminators and control characters as escapes, so the literal stays on one visible line. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for.
const INVISIBLE = /[\u0000-\u001f\u007f\u2028\u2029]/g;
const visible = (text: string): string =>
  text.replace(INVISIBLE, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`);
