// What a spec's own files say each operation's field takes of an exact value
// list: read from the YAML as it is written (every scalar as text, as the
// spec's reader takes it), not from the generator's model, so that the tests
// that compare the artifacts with it compare them with the spec itself.
import { parse } from "yaml";
import type { SpecInput } from "../../generator/read/spec-files.js";

export type MessageKind = "request" | "response" | "callback";

/** A value with the meanings that hold for one operation's field. */
export interface ValueFact {
  readonly value: string;
  readonly meanings: readonly string[];
}

/** One top-level field of one message that takes values of an exact list, as the spec gives them. */
export interface FieldValues {
  readonly operation: string;
  readonly message: MessageKind;
  /** The callback's name (a type of its own), for a callback's field. */
  readonly callbackName: string | null;
  readonly field: string;
  /** Whether the values are the items' of a list field. */
  readonly items: boolean;
  readonly list: string;
  /** The values it takes with the meanings that hold for it, in code-point order. */
  readonly values: readonly ValueFact[];
  /** Every value of the list. */
  readonly vocabulary: readonly string[];
  /** Every value of the list with its general meanings (the list's, for code that handles every operation). */
  readonly shared: readonly ValueFact[];
  /** The values it takes whose meanings the operation gives itself (`meanings:`), an empty list among them. */
  readonly ownMeanings: readonly string[];
  /** The list's notes. */
  readonly listNotes: readonly string[];
}

type Yaml = Record<string, unknown>;
const record = (value: unknown): Yaml =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Yaml) : {};
const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];
const codePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const read = (text: string): Yaml => record(parse(text, { schema: "failsafe" }));

/** Every field of every message of every operation of `input` that takes values of an exact list. */
export function fieldValuesOf(input: SpecInput): FieldValues[] {
  const dictionary = input.files.filter((f) => f.kind === "dictionary").map((f) => read(f.text));
  const lists: Yaml = Object.assign({}, ...dictionary.map((d) => record(d["valueLists"])));
  const shared: Yaml = Object.assign({}, ...dictionary.map((d) => record(d["fields"])));
  const found: FieldValues[] = [];
  for (const file of input.files.filter((f) => f.kind === "operation")) {
    const operation = read(file.text);
    const name = String(operation["operation"]);
    const callback = record(operation["callback"]);
    const messages: [MessageKind, Yaml, string | null][] = [
      ["request", record(operation["request"]), null],
      ["response", record(operation["response"]), null],
    ];
    if (operation["callback"] !== undefined) messages.push(["callback", callback, String(callback["name"])]);
    for (const [message, body, callbackName] of messages) {
      for (const [field, raw] of Object.entries(record(body["fields"]))) {
        const own = record(raw);
        const base = own["from"] === "dictionary" ? record(shared[field]) : {};
        const type = String(own["type"] ?? base["type"] ?? "string");
        const items = type === "list";
        const holder = items ? { ...record(base["items"]), ...record(own["items"]) } : { ...base, ...own };
        const listName = holder["valueList"] ?? own["valueList"];
        if (listName === undefined) continue;
        const list = record(lists[String(listName)]);
        if ((list["match"] ?? "exact") !== "exact") continue;
        const itemType = items ? String(holder["type"] ?? "string") : type;
        if (itemType !== "string") continue;
        const listValues = record(list["values"]);
        const vocabulary = Object.keys(listValues).sort(codePoint);
        const taken = own["values"] === undefined ? vocabulary : texts(own["values"]).sort(codePoint);
        const ownMeanings = record(own["meanings"]);
        const values = taken.map((value) => ({
          value,
          meanings: texts(ownMeanings[value] ?? record(listValues[value])["meaning"]),
        }));
        found.push({
          operation: name,
          message,
          callbackName,
          field,
          items,
          list: String(listName),
          values,
          vocabulary,
          shared: vocabulary.map((value) => ({ value, meanings: texts(record(listValues[value])["meaning"]) })),
          ownMeanings: taken.filter((value) => ownMeanings[value] !== undefined),
          listNotes: texts(list["notes"]),
        });
      }
    }
  }
  return found;
}

/** Texts that are not `values` but near them: one character more or less, another case, leading zeros, padding. */
export function nearMisses(values: readonly string[]): string[] {
  const taken = new Set(values);
  const near = new Set<string>();
  for (const value of values) {
    for (const other of [
      `${value}0`,
      `0${value}`,
      value.slice(1),
      value.slice(0, -1),
      value.toLowerCase(),
      value.toUpperCase(),
      ` ${value}`,
      `${value} `,
      /^\d+$/.test(value) ? String(Number(value)) : `${value}x`,
    ])
      if (!taken.has(other)) near.add(other);
  }
  return [...near];
}
