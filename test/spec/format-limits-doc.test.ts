// The limits docs/spec-format.md and the README give a number for are the
// format's: the schemas' longest text and name, most fields and values, the
// reader's deepest nesting (and the spec's own) and the validators' parts. A limit changed in one
// place and not in the prose fails here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { PART_SIZE } from "../../generator/emit/validators/field-parts.js";
import { MAX_NESTING } from "../../generator/read/nesting-depth.js";
import { repoRoot, specDir } from "../support/paths.js";

type Schema = { $defs: Record<string, Record<string, unknown>> };
const schema = (name: string) =>
  JSON.parse(readFileSync(path.join(specDir, "schema", name), "utf8")) as Schema;
const common = schema("common.schema.json").$defs;
const dictionary = schema("dictionary.schema.json").$defs;

/** A limit the schema gives, as a number (undefined fails the test, not the read). */
const limit = (def: Record<string, unknown> | undefined, key: string) => {
  const value = def?.[key];
  expect(typeof value, key).toBe("number");
  return value as number;
};
/** The values of a value list: the entry's `values` mapping, wherever the dictionary's schema defines it. */
function valuesLimit(): number {
  const found = Object.values(dictionary).flatMap((def) => {
    const values = (def["properties"] as Record<string, Record<string, unknown>> | undefined)?.["values"];
    return values?.["maxProperties"] === undefined ? [] : [values["maxProperties"] as number];
  });
  expect(found.length).toBe(1);
  return found[0] ?? 0;
}

/** How many collections hold one another at most in `value`: a mapping of scalars is 1. */
const depth = (value: unknown): number =>
  typeof value === "object" && value !== null ? 1 + Math.max(0, ...Object.values(value).map(depth)) : 0;
/** The deepest nesting of the spec's own files. */
const specDepth = Math.max(
  ...readdirSync(specDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".yaml"))
    .map((file) => depth(parse(readFileSync(path.join(specDir, file), "utf8"), { schema: "failsafe" }))),
);

/** A number as the documents write it: 10,000. */
const inWords = (value: number) => value.toLocaleString("en-US");
/** Prose as one line, as a sentence may break anywhere. */
const prose = (file: string) => readFileSync(path.join(repoRoot, file), "utf8").replace(/\s+/g, " ");

/** That a document holds a phrase, the phrase alone shown when it does not. */
const says = (text: string, phrase: string) => expect(text.includes(phrase), phrase).toBe(true);

test("docs/spec-format.md gives the format's limits as the schemas and the generator hold them", () => {
  const doc = prose("docs/spec-format.md");
  says(doc, `has at most ${inWords(limit(common["text"], "maxLength"))} characters (\`text-too-long\`)`);
  says(doc, `names have at most ${inWords(limit(common["identifier"], "maxLength"))} characters`);
  says(doc, `at most ${inWords(limit(common["fields"], "maxProperties"))} fields (\`too-many-fields\`)`);
  says(doc, `A list has at most ${inWords(valuesLimit())} values (\`too-many-values\`)`);
  says(doc, `nest at most ${MAX_NESTING} levels deep`);
  expect(specDepth).toBeLessThan(MAX_NESTING);
  says(doc, `list's items in the dictionary, is ${specDepth})`);
  says(doc, `checks them in parts of ${PART_SIZE}`);
  says(doc, `a validator of more than ${PART_SIZE} fields`);
});

test("the README's tests section gives the most fields and values the format allows", () => {
  const fields = inWords(limit(common["fields"], "maxProperties"));
  says(prose("README.md"), `(${fields} fields in one message, ${inWords(valuesLimit())} values in a list)`);
});
