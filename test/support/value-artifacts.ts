// Where a generated package says what an operation's field takes of a value
// list: the registry (the runtime's values and meanings), the validators, the
// JSON Schemas, the OpenAPI document, the reference page, the examples (of the
// OpenAPI document, the reference page and the mock) and the TypeScript types.
// Each check gives the disagreements it finds with the spec's facts
// (value-facts.ts) as lines, so that a failure names every one.
import MarkdownIt from "markdown-it";
import type { OperationDescriptor, ValidationResult } from "../../generated/index.js";
import { type FieldValues, nearMisses } from "./value-facts.js";

type Operation = OperationDescriptor<unknown, unknown, string, unknown>;

/** A generated package as the checks read it. */
export interface ValuesPackage {
  /** Generated files by path. */
  readonly files: ReadonlyMap<string, string>;
  readonly operations: Readonly<Record<string, Operation>>;
  /** What the package's index exports: the value lists' const objects among them (null: not imported, not compared). */
  readonly exports: Readonly<Record<string, unknown>> | null;
  /** The mock's default answers: MOCK_OPERATIONS. */
  readonly mock: readonly { operation: { name: string }; example: object; callbackExample?: object }[];
}

type Json = Record<string, unknown>;
const json = (value: unknown): Json => (typeof value === "object" && value !== null ? (value as Json) : {});
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const where = (f: FieldValues) => `${f.operation} ${f.message}.${f.field}${f.items ? "[]" : ""}`;
const show = (value: unknown) => JSON.stringify(value);

/** The last JSON texts parsed, by text (read, never changed): each field of a package reads the same documents. */
const parsedJson = new Map<string, unknown>();
function readJson(text: string): unknown {
  let value = parsedJson.get(text);
  if (value === undefined) {
    value = JSON.parse(text) as unknown;
    parsedJson.set(text, value);
    for (const old of parsedJson.keys()) if (parsedJson.size > 8) parsedJson.delete(old);
  }
  return value;
}

/** The TypeScript type of the field's message. */
export const messageType = (f: FieldValues) =>
  f.message === "callback" ? pascal(f.callbackName ?? "") : `${pascal(f.operation)}${pascal(f.message)}`;

function messageOf(pkg: ValuesPackage, f: FieldValues) {
  const operation = pkg.operations[f.operation];
  return f.message === "callback" ? operation?.callback : operation?.[f.message];
}

/** The registry's values and meanings (what code reads at run time, and the mock's refusals name) and vocabulary. */
export function registryDisagreements(pkg: ValuesPackage, f: FieldValues): string[] {
  const field = messageOf(pkg, f)?.fields.find((d) => d.name === f.field);
  const list = f.items ? field?.items?.valueList : field?.valueList;
  if (!list) return [`${where(f)}: no value list in the registry`];
  const out: string[] = [];
  const values = list.values.map((v) => ({ value: v.value, meanings: v.meanings }));
  if (show(values) !== show(f.values)) out.push(`${where(f)}: registry values ${show(values)}, spec ${show(f.values)}`);
  const vocabulary = list.vocabulary.map((v) => ({ value: v.value, meanings: v.meanings }));
  if (show(vocabulary) !== show(f.shared)) out.push(`${where(f)}: registry vocabulary ${show(vocabulary)}`);
  return out;
}

/** The validator takes each value, and reports every other value of the list and every near miss as unknown-value. */
export function validatorDisagreements(pkg: ValuesPackage, f: FieldValues): string[] {
  const message = messageOf(pkg, f);
  if (!message) return [`${where(f)}: no message in the registry`];
  const path = f.items ? `/${f.field}/0` : `/${f.field}`;
  const unknownAt = (value: string, strict: boolean) => {
    const result = message.validate({ [f.field]: f.items ? [value] : value }, { strict }) as ValidationResult<unknown>;
    const issues = [...(result.ok ? [] : result.errors), ...result.warnings];
    const unknown = issues.filter((i) => i.path === path && i.code === "unknown-value");
    return { unknown: unknown.length > 0, error: !result.ok && result.errors.some((i) => unknown.includes(i)) };
  };
  const out: string[] = [];
  const taken = f.values.map((v) => v.value);
  for (const value of taken)
    for (const strict of [false, true])
      if (unknownAt(value, strict).unknown) out.push(`${where(f)}: ${show(value)} refused (strict: ${strict})`);
  const others = [...f.vocabulary.filter((v) => !taken.includes(v)), ...nearMisses(taken)];
  for (const value of others) {
    const lenient = unknownAt(value, false);
    const strict = unknownAt(value, true);
    // A request refuses a value it does not take; a response or callback warns about it unless strict.
    const lenientRight = f.message === "request" ? lenient.error : lenient.unknown && !lenient.error;
    if (!strict.error || !lenientRight) out.push(`${where(f)}: ${show(value)} not reported as it should be`);
  }
  return out;
}

/** The schema of the field (of its items for a list), under `properties`. */
const propertyOf = (schema: unknown, f: FieldValues): Json => {
  const property = json(json(json(schema)["properties"])[f.field]);
  return f.items ? json(property["items"]) : property;
};

function schemaDisagreements(what: string, property: Json, f: FieldValues, enumerated: boolean): string[] {
  const out: string[] = [];
  const values = f.values.map((v) => v.value);
  if (enumerated && show(property["enum"]) !== show(values)) out.push(`${what}: enum ${show(property["enum"])}`);
  if (!enumerated && "enum" in property) out.push(`${what}: an enum in a lenient schema`);
  if (show(property["x-sips-values"]) !== show(f.values))
    out.push(`${what}: x-sips-values ${show(property["x-sips-values"])}`);
  if (property["x-sips-value-list"] !== f.list)
    out.push(`${what}: x-sips-value-list ${show(property["x-sips-value-list"])}`);
  return out;
}

/** The message's JSON Schemas (the lenient one of a response without enum) and the OpenAPI document's component. */
export function documentDisagreements(pkg: ValuesPackage, f: FieldValues): string[] {
  const out: string[] = [];
  const read = (file: string) => readJson(pkg.files.get(file) ?? "{}");
  const base = `schemas/${f.operation}.${f.message}`;
  out.push(...schemaDisagreements(`${where(f)} ${base}`, propertyOf(read(`${base}.schema.json`), f), f, true));
  if (f.message !== "request") {
    const lenient = `${base}.lenient.schema.json`;
    if (pkg.files.has(lenient))
      out.push(...schemaDisagreements(`${where(f)} ${lenient}`, propertyOf(read(lenient), f), f, false));
  }
  const components = json(json(read("openapi.json"))["components"]);
  const component = json(components["schemas"])[messageType(f)];
  out.push(...schemaDisagreements(`${where(f)} openapi ${messageType(f)}`, propertyOf(component, f), f, true));
  return out;
}

/** The examples that show the field: the OpenAPI document's, the reference page's JSON and the mock's answers. */
export function exampleDisagreements(pkg: ValuesPackage, f: FieldValues): string[] {
  const examples: [string, unknown][] = [];
  const openapi = json(json(readJson(pkg.files.get("openapi.json") ?? "{}"))["components"])["examples"];
  for (const [name, example] of Object.entries(json(openapi)))
    if (name === messageType(f)) examples.push([`openapi example ${name}`, json(example)["value"]]);
  const page = pkg.files.get(`docs/${f.operation}.md`) ?? "";
  const section = messageSection(page, f);
  for (const block of section.matchAll(/```json\n([\s\S]*?)\n```/g))
    examples.push(["page example", JSON.parse(block[1] ?? "{}")]);
  for (const served of pkg.mock.filter((m) => m.operation.name === f.operation)) {
    if (f.message === "response") examples.push(["mock answer", served.example]);
    if (f.message === "callback") examples.push(["mock callback", served.callbackExample]);
  }
  const taken = new Set(f.values.map((v) => v.value));
  const out: string[] = [];
  for (const [what, example] of examples) {
    const shown = json(example)[f.field];
    if (shown === undefined) continue;
    const values = f.items && Array.isArray(shown) ? shown : [shown];
    for (const value of values)
      if (!taken.has(value as string)) out.push(`${where(f)}: ${what} shows ${show(value)}, not a value it takes`);
  }
  return out;
}

/** The part of a reference page about one message: from its heading to the next of its level. */
function messageSection(page: string, f: FieldValues): string {
  const heading = f.message === "callback" ? `## Callback: ${messageType(f)}` : `## ${pascal(f.message)}`;
  const start = page.split("\n").indexOf(heading);
  if (start < 0) return "";
  const lines = page.split("\n").slice(start + 1);
  const end = lines.findIndex((line) => line.startsWith("## "));
  return lines.slice(0, end < 0 ? undefined : end).join("\n");
}

const markdown = new MarkdownIt();
type Tokens = ReturnType<(typeof markdown)["parse"]>;
const parses = new Map<string, Tokens>();
/** A page's tokens, parsed once for all its fields. */
function parsed(page: string): Tokens {
  let tokens = parses.get(page);
  if (tokens === undefined) parses.set(page, (tokens = markdown.parse(page, {})));
  return tokens;
}
/** GitHub's anchor of a heading. */
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");

/** The text a reader sees of inline Markdown, or null where it holds markup (emphasis, HTML, a link...). */
function shownText(children: readonly { type: string; content: string }[]): string | null {
  let text = "";
  for (const child of children) {
    if (child.type !== "text" && child.type !== "code_inline" && child.type !== "text_special") return null;
    text += child.content;
  }
  return text;
}

/**
 * Each table of the page under the heading whose anchor is `anchor`: its rows as the text of their cells; its
 * paragraphs; the text of its notes.
 */
function tableUnder(
  tokens: Tokens,
  anchor: string,
): { rows: (string | null)[][]; paragraphs: string[]; notes: (string | null)[] } {
  const start = tokens.findIndex((t, i) => t.type === "heading_open" && slug(tokens[i + 1]?.content ?? "") === anchor);
  const rows: (string | null)[][] = [];
  const paragraphs: string[] = [];
  const notes: (string | null)[] = [];
  if (start < 0) return { rows, paragraphs, notes };
  for (let i = start + 2; i < tokens.length && tokens[i]?.type !== "heading_open"; i++) {
    const token = tokens[i];
    if (token?.type === "tr_open") rows.push([]);
    if (token?.type === "inline" && (tokens[i - 1]?.type === "td_open" || tokens[i - 1]?.type === "th_open"))
      rows.at(-1)?.push(shownText(token.children ?? []));
    if (token?.type === "inline" && tokens[i - 1]?.type === "paragraph_open") {
      paragraphs.push(token.content);
      if (token.content.startsWith("Note: ")) notes.push(shownText(token.children ?? []));
    }
  }
  return { rows: rows.slice(1), paragraphs, notes };
}

/**
 * The reference page: the field's row links a section whose table lists its values, the exported constant of
 * each (of the constants the section names, else the shared list's) and their meanings, as written.
 */
export function pageDisagreements(pkg: ValuesPackage, f: FieldValues): string[] {
  const page = pkg.files.get(`docs/${f.operation}.md`) ?? "";
  const row = messageSection(page, f)
    .split("\n")
    .find((line) => line.startsWith(`| \`${f.field}\` |`));
  const anchor = row === undefined ? undefined : /\]\(#([^)]+)\)/.exec(row)?.[1];
  if (anchor === undefined) return [`${where(f)}: no row linking its values on the reference page`];
  const { rows, paragraphs, notes } = tableUnder(parsed(page), anchor);
  const spaced = (text: string) => text.replace(/\s+/g, " ").trim();
  // The constants the section names (the operation's own), else the shared list's: a key of each value, exported.
  const named = paragraphs.map((p) => /Constants: `(\w+)`/.exec(p)?.[1]).find((name) => name !== undefined);
  const exported = pkg.exports?.[named ?? pascal(f.list)] ?? {};
  const keyOf = new Map(Object.entries(exported).map(([key, value]) => [value, key]));
  const shown = rows.map(([value, constant, meaning]) => ({ value, constant: pkg.exports ? constant : null, meaning }));
  const wanted = f.values.map((v) => ({
    value: v.value,
    constant: keyOf.get(v.value) ?? null,
    // A value its page gives no meaning shows a dash, where an empty cell would read as a meaning left out.
    meaning: v.meanings.length === 0 ? "—" : spaced(v.meanings.map(spaced).join(" / ")),
  }));
  const out =
    show(shown) === show(wanted)
      ? []
      : [`${where(f)}: the page's #${anchor} shows ${show(shown)}, spec ${show(wanted)}`];
  // The list's notes speak of its values as its meanings word them: shown where some value keeps the list's meaning.
  const listWording = f.values.some((v) => !f.ownMeanings.includes(v.value));
  const wantedNotes = (listWording ? f.listNotes : []).map((note) => `Note: ${spaced(note)}`);
  if (show(notes.map((n) => n && spaced(n))) !== show(wantedNotes))
    out.push(`${where(f)}: the page's #${anchor} notes ${show(notes)}, spec ${show(wantedNotes)}`);
  return out;
}

/**
 * A consumer that compiles only where the field's type admits exactly the values it takes (beside the open
 * `string & {}` of a response or callback): `Known` keeps a union's literal members.
 */
export function typeConsumer(facts: readonly FieldValues[]): string {
  const types = [...new Set(facts.map(messageType))].sort();
  const lines = [
    `import type { ${types.join(", ")} } from "./index.js";`,
    "type Known<T> = T extends string ? (string extends T ? never : T) : never;",
    "type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;",
  ];
  facts.forEach((f, i) => {
    // Not NonNullable: its `& {}` reduces `"00" | (string & {})` to the open member alone.
    const field = `Exclude<${messageType(f)}[${show(f.field)}], undefined>${f.items ? "[number]" : ""}`;
    const union = f.values.map((v) => show(v.value)).join(" | ") || "never";
    lines.push(`// ${where(f)}`, `export const same${i}: Same<Known<${field}>, ${union}> = true;`);
  });
  return `${lines.join("\n")}\n`;
}
