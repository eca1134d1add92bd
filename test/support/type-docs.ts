// What a message type's doc comment says of a field, which an editor shows
// while the field is typed: its values with their meanings, and the version
// it appeared in. Read from the emitted types.ts as prettier lays it out.
import MarkdownIt from "markdown-it";
import type { FieldSince } from "./field-since.js";
import { messageType, type ValuesPackage } from "./value-artifacts.js";
import type { FieldValues } from "./value-facts.js";

/** The lines of the doc comment of `field` in the interface `type`, without their ` * `; null when there is none. */
function fieldDoc(pkg: ValuesPackage, operation: string, type: string, field: string): string[] | null {
  const text = pkg.files.get(`operations/${operation}/types.ts`) ?? "";
  const start = text.indexOf(`export interface ${type} {`);
  if (start < 0) return null;
  const body = text.slice(start, text.indexOf("\n}\n", start)).split("\n");
  const at = body.findIndex((line) => line.startsWith(`  ${field}?: `) || line.startsWith(`  ${field}: `));
  if (at < 0 || body[at - 1]?.trim() !== "*/") return null;
  const open = body.lastIndexOf("  /**", at);
  return body.slice(open + 1, at - 1).map((line) => line.replace(/^ {3}\* ?/, ""));
}

const markdown = new MarkdownIt();

/**
 * A value's line as an editor shows it: the comment end's escape undone, then its Markdown read (a list item's marker
 * or indent kept, code spans as written, text as it renders, a tag's escape gone; emphasis or a link would lose its
 * marks). A tag's escape in a code span would show there, as Markdown reads none.
 */
function unescaped(line: string): string {
  const comment = line.replaceAll("*\\/", "*/");
  const lead = /^(- | {2})/.exec(comment)?.[0] ?? "";
  const parts = markdown.parseInline(comment.slice(lead.length), {})[0]?.children ?? [];
  return (
    lead + parts.map((t) => (t.type === "code_inline" ? `${t.markup}${t.content}${t.markup}` : t.content)).join("")
  );
}

/** The field's doc lists the values it takes with their meanings (further meanings indented below), in order. */
export function typeDocValueDisagreements(pkg: ValuesPackage, f: FieldValues): string[] {
  const where = `${f.operation} ${messageType(f)}.${f.field}`;
  const doc = fieldDoc(pkg, f.operation, messageType(f), f.field);
  if (doc === null) return [`${where}: no doc comment`];
  const start = doc.findIndex((line) => line.startsWith("Values ("));
  const end = doc.findIndex((line, i) => i > start && !line.startsWith("- `") && !line.startsWith("  "));
  const shown = doc.slice(start + 1, end < 0 ? undefined : end).map(unescaped);
  const single = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, " ");
  const wanted = f.values.flatMap((v) => {
    const [first, ...more] = v.meanings.map(single);
    const code = "`".repeat((v.value.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length), 0) + 1);
    // A value its operation's page gives no meaning is listed alone, with no ":" before an empty text.
    if (first === undefined) return [`- ${code}${v.value}${code}`];
    return [`- ${code}${v.value}${code}: ${first}`.trimEnd(), ...more.map((m) => `  ${m}`.trimEnd())];
  });
  return start >= 0 && JSON.stringify(shown) === JSON.stringify(wanted)
    ? []
    : [`${where}: the doc comment lists ${JSON.stringify(shown)}, spec ${JSON.stringify(wanted)}`];
}

/** The field's doc gives its version as `@since`, or says that none is documented. */
export function typeDocSinceDisagreements(pkg: ValuesPackage, f: FieldSince): string[] {
  const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
  const type = f.message === "callback" ? pascal(f.callbackName ?? "") : `${pascal(f.operation)}${pascal(f.message)}`;
  const doc = fieldDoc(pkg, f.operation, type, f.field);
  if (doc === null) return [`${f.operation} ${type}.${f.field}: no doc comment`];
  const since = doc.filter((line) => line.startsWith("@since ")).map((line) => line.slice("@since ".length));
  const undocumented = doc.includes("Interface version in which it appeared: not publicly documented.");
  const shown = undocumented && since.length === 0 ? "undocumented" : since.join(",");
  return shown === f.since
    ? []
    : [`${f.operation} ${type}.${f.field}: the doc comment gives ${shown}, spec ${f.since}`];
}
