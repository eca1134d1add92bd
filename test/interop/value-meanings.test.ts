// The meanings of a field's values in the JSON Schemas and the OpenAPI
// document (x-sips-values) list the values in the enum's order, code-point
// order, in every document: an object keyed by value listed integer-like keys
// ("11") before the others ("00"), as JavaScript orders an object's keys.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { fixturesDir, generatedDir } from "../support/paths.js";

/** Every JSON document of a generated folder that holds value meanings: its schemas and its OpenAPI document. */
function documents(dir: string): [string, unknown][] {
  const files = ["openapi.json", ...readdirSync(path.join(dir, "schemas")).map((file) => path.join("schemas", file))];
  return files.map((file) => [file, JSON.parse(readFileSync(path.join(dir, file), "utf8"))]);
}

/** Each schema in `value` that has x-sips-values, with its JSON Pointer. */
function withMeanings(value: unknown, pointer = ""): [string, Record<string, unknown>][] {
  if (typeof value !== "object" || value === null) return [];
  const found: [string, Record<string, unknown>][] = [];
  if (!Array.isArray(value) && "x-sips-values" in value) found.push([pointer, value as Record<string, unknown>]);
  for (const [key, inner] of Object.entries(value)) found.push(...withMeanings(inner, `${pointer}/${key}`));
  return found;
}

const codePointOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

test.each([
  ["generated/", generatedDir],
  ["the golden output", path.join(fixturesDir, "golden", "generated")],
])("in %s, x-sips-values lists { value, meanings } in the enum's order, code-point order", (_, dir) => {
  let listed = 0;
  let integerLike = 0;
  for (const [file, document] of documents(dir)) {
    for (const [pointer, schema] of withMeanings(document)) {
      const where = `${file}#${pointer}`;
      const meanings = schema["x-sips-values"] as { value: unknown; meanings: unknown }[];
      expect(Array.isArray(meanings), where).toBe(true);
      // A lenient schema leaves the enum out (an unknown code is a warning) and keeps the meanings.
      if ("enum" in schema || !file.endsWith(".lenient.schema.json"))
        expect(
          meanings.map((m) => m.value),
          where,
        ).toEqual(schema["enum"]);
      const texts = meanings.map((m) => String(m.value));
      expect(texts, where).toEqual([...texts].sort(codePointOrder));
      for (const m of meanings) {
        expect(Object.keys(m), where).toEqual(["value", "meanings"]);
        // Texts only; none where the operation's page gives the value no meaning (meanings: { "00": [] }).
        expect(Array.isArray(m.meanings), where).toBe(true);
        expect(
          (m.meanings as unknown[]).filter((t) => typeof t !== "string" || t === ""),
          where,
        ).toEqual([]);
      }
      listed++;
      if (texts.some((t) => /^(0|[1-9]\d*)$/.test(t)) && texts.some((t) => !/^(0|[1-9]\d*)$/.test(t))) integerLike++;
    }
  }
  expect(listed).toBeGreaterThan(0);
  // The case the order went wrong on: values that look like integers among others.
  if (dir === generatedDir) expect(integerLike).toBeGreaterThan(0);
});
