// A field whose operation's page gives its values no meaning (meanings:
// { "00": [] }): no artifact of the package lends it the shared list's
// meanings, which are other pages' wording. Held on the repository's spec,
// whose facts (which fields, which values) are read from spec/: the registry,
// the reference page, the type's doc, the JSON Schemas and OpenAPI give such a
// value no text, the mock refuses with the code alone, and the client's
// errors quote only the code.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import * as repository from "../../generated/index.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { readReply } from "../../generated/runtime/client-reply.js";
import { mockRefusal } from "../../generated/runtime/mock-refusal.js";
import { generatedDir, repoRoot, specDir } from "../support/paths.js";
import { type FieldValues, fieldValuesOf } from "../support/value-facts.js";

let unmeant: FieldValues[];
beforeAll(async () => {
  const facts = fieldValuesOf(await readSpecInput(specDir, repoRoot));
  unmeant = facts.filter((f) => f.values.some((v) => v.meanings.length === 0));
});

const descriptorOf = (operation: string) =>
  (repository.operations as Record<string, (typeof repository.operations)[keyof typeof repository.operations]>)[
    operation
  ];
const read = (relPath: string) => readFileSync(path.join(generatedDir, relPath), "utf8");
/** The shared list's meanings of the values the field's page gives none: what no artifact may lend it. */
const lent = (f: FieldValues): string[] => {
  const none = new Set(f.values.filter((v) => v.meanings.length === 0).map((v) => v.value));
  return f.shared.filter((v) => none.has(v.value)).flatMap((v) => v.meanings);
};

test("the spec has response fields whose page gives their values no meaning", () => {
  expect(unmeant.filter((f) => f.message === "response").length).toBeGreaterThan(0);
  // What the rest holds to: the shared list words those values, so an artifact could lend them its meanings.
  for (const f of unmeant) expect(lent(f).length, `${f.operation}.${f.field}`).toBeGreaterThan(0);
});

test("the registry gives those values no meaning, and keeps the shared list's as its vocabulary", () => {
  for (const f of unmeant) {
    const fields = descriptorOf(f.operation)?.[f.message === "callback" ? "response" : f.message].fields ?? [];
    const list = fields.find((d) => d.name === f.field)?.valueList;
    const none = f.values.filter((v) => v.meanings.length === 0).map((v) => v.value);
    expect(list?.values.filter((v) => v.meanings.length === 0).map((v) => v.value)).toEqual(none);
    expect(list?.vocabulary.filter((v) => none.includes(v.value)).every((v) => v.meanings.length > 0)).toBe(true);
  }
});

test("the reference page, the types, the values and the schemas do not lend them the shared list's meanings", () => {
  for (const f of unmeant) {
    const files = [
      `docs/${f.operation}.md`,
      `operations/${f.operation}/types.ts`,
      `operations/${f.operation}/values.ts`,
      `schemas/${f.operation}.${f.message}.schema.json`,
      `schemas/${f.operation}.${f.message}.lenient.schema.json`,
    ];
    for (const file of files) {
      const text = read(file);
      for (const meaning of lent(f))
        expect(text.includes(JSON.stringify(meaning).slice(1, -1)), `${file}: ${meaning}`).toBe(false);
    }
  }
});

test("the docs of a field whose page gives every value no meaning say none has one, not some", () => {
  const none = unmeant.filter((f) => f.values.every((v) => v.meanings.length === 0));
  expect(none.length).toBeGreaterThan(0);
  for (const f of none) {
    const values = read(`operations/${f.operation}/values.ts`);
    expect(values, f.operation).toContain("its page gives none a meaning");
    expect(values, f.operation).not.toContain("gives some no meaning");
  }
});

test("the reference page's table marks each such value's meaning as absent, not as an empty cell", () => {
  for (const f of unmeant) {
    const rows = read(`docs/${f.operation}.md`).split("\n");
    const none = f.values.filter((value) => value.meanings.length === 0);
    expect(
      rows.filter((line) => /^\| `[^`]*` \| `[^`]*` \| {2}\|$/.test(line)),
      f.operation,
    ).toEqual([]);
    expect(rows.filter((line) => line.endsWith(" | — |")).length, f.operation).toBeGreaterThanOrEqual(none.length);
  }
});

test("OpenAPI lists those values with no meaning", () => {
  const openapi = JSON.parse(read("openapi.json")) as { components: { schemas: Record<string, Schema> } };
  for (const f of unmeant) {
    const typeName = `${f.operation[0]?.toUpperCase()}${f.operation.slice(1)}${f.message === "request" ? "Request" : "Response"}`;
    const values = openapi.components.schemas[typeName]?.properties?.[f.field]?.["x-sips-values"];
    expect(values, `${typeName}.${f.field}`).toEqual(
      f.values.map((v) => ({ value: v.value, meanings: [...v.meanings] })),
    );
  }
});
interface Schema {
  readonly properties?: Record<string, Record<string, unknown>>;
}

test("the mock refuses with the status code alone, and the client's error quotes only the code", () => {
  let refused = 0;
  for (const f of unmeant.filter((x) => x.message === "response")) {
    const operation = descriptorOf(f.operation);
    const status = operation?.status;
    if (!operation || !status || status.field !== f.field) continue;
    for (const which of ["formatError", "signatureError"] as const) {
      const code = status[which];
      if (!code || f.values.find((v) => v.value === code)?.meanings.length !== 0) continue;
      const answer = mockRefusal(operation as never, which, null, undefined, { error: "undocumented" });
      expect(answer.body).toEqual({ [status.field]: code });
      const reply = readReply(
        operation as never,
        { status: 200, body: JSON.stringify(answer.body) },
        { secretKey: "key", sealAlgorithm: undefined },
      );
      expect(reply.ok).toBe(false);
      // Only the code is quoted: what follows it is advice, which quotes nothing.
      const said = `the reply has no seal (it claims status ${JSON.stringify(code)}): trust nothing in it`;
      const message = reply.ok ? "" : reply.error.message;
      expect(message.startsWith(said), message).toBe(true);
      if (which === "formatError") expect(message).toBe(said);
      else expect(message.slice(said.length)).not.toContain('"');
      refused++;
    }
  }
  expect(refused).toBeGreaterThan(0);
});
