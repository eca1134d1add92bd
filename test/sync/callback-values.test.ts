// A page's values hold for its own operation, a callback's too: the page of an
// Office operation (test/fixtures/pages/cancel.page.txt) synced into a copy of
// the repository's spec adds values to a list that the Paypage callback's
// field takes, and the callback keeps the values it took (its own page gives
// none there, or gives its own): in its types, validators and schema, and in
// what `npm run changes` reports. The facts are read from the spec and the
// pages, so that a new page release needs no edit here. In memory.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import type { GeneratedFile, SpecModel } from "../../generator/index.js";
import { valuesOf } from "../../generator/model/field-shape.js";
import type { OperationModel } from "../../generator/model/operation-model.js";
import { readPage } from "../../generator/read/page/read-page.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { generateInputShared, generateRepoSpec } from "../support/generate.js";
import { changeLine } from "../support/golden-changes.js";
import { keptOutput } from "../support/kept-output.js";
import { specDir } from "../support/paths.js";
import { checkInMemory, fixturePage, syncInMemory, withFiles } from "../support/sync-memory.js";

const CANCEL = "cancel.page.txt";

type Generated = { files: readonly GeneratedFile[]; model: SpecModel };
let base: SpecInput;
let before: Generated;
let after: Generated;
/** The Paypage operation with a callback, as the spec has it before the sync. */
let op: OperationModel;
/** Each callback field on a list, with the values it took before the sync. */
let took: Map<string, { list: string; values: string[] }>;
/** The values cancel's page adds to a list the callback takes, by list. */
let added: Map<string, string[]>;

async function generated(input: Parameters<typeof generateInputShared>[0]): Promise<Generated> {
  const result = await generateInputShared(input);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return { files: result.files, model: result.model };
}

beforeAll(async () => {
  base = await readSpecInput(specDir, path.dirname(specDir));
  // The repository's spec as it is, generated once per worker for every file that reads it.
  before = await generateRepoSpec();
  const found = before.model.operations.find((o) => o.callback !== null && o.family === "Paypage");
  if (!found?.callback) throw new Error("the spec has no Paypage operation with a callback");
  op = found;
  took = new Map(
    found.callback.message.fields.flatMap((f) => {
      const taken = valuesOf(f);
      return taken ? [[f.name, { list: taken.list.name, values: taken.values.map((v) => v.value) }]] : [];
    }),
  );
  // What cancel's page lists that the lists lack, where the callback takes the list.
  const page = readPage(fixturePage(CANCEL), CANCEL).page;
  added = new Map();
  for (const field of [...page.request.fields, ...page.response.fields]) {
    const list = before.model.operations
      .flatMap((o) => [o.request, o.response])
      .flatMap((m) => m.fields)
      .map((f) => (f.name === field.name ? valuesOf(f)?.list : undefined))
      .find((l) => l !== undefined);
    if (!list || ![...took.values()].some((t) => t.list === list.name)) continue;
    const known = new Set(list.values.map((v) => v.value));
    const fresh = field.values.map((v) => v.value).filter((v) => !known.has(v));
    if (fresh.length > 0) added.set(list.name, fresh);
  }
  const { report, after: synced } = await syncInMemory(
    withFiles(base, [[`sources/${CANCEL}`, fixturePage(CANCEL)]]),
    "Office",
  );
  expect(report.ok, report.messages.join("\n")).toBe(true);
  after = await generated(synced);
});

test("the page adds values to a list the callback takes: the case this file is about", () => {
  expect([...added.keys()].length).toBeGreaterThan(0);
  const lists = after.model.valueLists.filter((l) => added.has(l.name));
  for (const list of lists)
    expect(list.values.map((v) => v.value)).toEqual(expect.arrayContaining(added.get(list.name) ?? []));
});

test("sync --check names the callback's field, which keeps its values, before sync", async () => {
  // Before, it said nothing of the callback: its field was to take the whole list.
  const lines = await checkInMemory(withFiles(base, [[`sources/${CANCEL}`, fixturePage(CANCEL)]]));
  for (const [field, { list, values }] of took)
    if (added.has(list))
      expect(lines).toContainEqual(
        expect.stringContaining(
          `error page-mismatch callback.fields.${field}.values: the spec says every value of ${list}, the page says nothing of this field's values: it keeps its current ${values.length} values`,
        ),
      );
});

test("the callback's fields take the values they took, none that the other page adds", () => {
  const callback = after.model.operations.find((o) => o.name === op.name)?.callback;
  for (const field of callback?.message.fields ?? []) {
    const taken = valuesOf(field);
    if (!taken) continue;
    const values = taken.values.map((v) => v.value);
    // Without the fix, the callback's responseCode took 24 and 25, with cancel's wording.
    expect(values, field.name).toEqual(took.get(field.name)?.values);
    for (const value of added.get(taken.list.name) ?? []) expect(values, field.name).not.toContain(value);
  }
});

test("the callback's JSON schema is the one it had", () => {
  const schema = (g: Generated) => g.files.find((f) => f.path === `schemas/${op.name}.callback.schema.json`)?.content;
  expect(schema(after)).toBeDefined();
  expect(schema(after)).toEqual(schema(before));
});

test("the callback's type admits the values it took only", () => {
  const text = (name: string) => after.files.find((f) => f.path === `operations/${op.name}/${name}`)?.content ?? "";
  const types = text("types.ts");
  const typeName = op.callback?.message.typeName ?? "";
  const body = types.slice(types.indexOf(`export interface ${typeName} {`));
  const block = body.slice(0, body.indexOf("\n}\n"));
  for (const [field, { values }] of took) {
    if (!added.has(took.get(field)?.list ?? "")) continue;
    const member = new RegExp(`\\n  ${field}\\??: (\\w+)`).exec(block)?.[1];
    // The operation's own type for the values its field takes (values.ts), not the shared list's.
    const own = new RegExp(`export type ${member} = Extract<\\s*\\w+,\\s*([^>]*?),?\\s*>;`).exec(
      text("values.ts"),
    )?.[1];
    expect(own, `${typeName}.${field}: ${member}`).toBeDefined();
    expect(own?.split(/\s*\|\s*/).map((v) => JSON.parse(v) as string)).toEqual(values);
  }
});

test("the callback's validator refuses, when strict, a value the other page added", async () => {
  const dir = keptOutput("callback-values", after.files, "javascript");
  // The operation's descriptor, as the registry holds it: its module and what it imports, not every operation's.
  const descriptor = (await import(
    pathToFileURL(path.join(dir, "operations", op.name, "descriptor.js")).href
  )) as Record<
    string,
    { callback: { validate: (input: unknown, options?: { strict?: boolean }) => { ok: boolean } } | null } | undefined
  >;
  const validate = descriptor[op.name]?.callback?.validate;
  if (!validate) throw new Error(`${op.name}'s descriptor has no callback`);
  for (const [field, { list, values }] of took)
    for (const value of added.get(list) ?? []) {
      expect(validate({ [field]: value }, { strict: true }).ok, `${field} ${value}`).toBe(false);
      expect(validate({ [field]: values[0] }, { strict: true }).ok, `${field} ${values[0]}`).toBe(true);
    }
});

test("npm run changes: the values added to the shared list are additive, and the callback does not change", () => {
  const changes = compareSpecs(before.model, after.model).map(changeLine);
  for (const list of added.keys()) expect(changes).toContain(`list ${list} - - shared-value-added additive`);
  // Without the fix: "paymentWebInit callback /responseCode value-added additive".
  expect(changes.filter((c) => c.startsWith(`${op.name} callback `))).toEqual([]);
  expect(changes.filter((c) => / value-(added|removed) /.test(c) && c.startsWith(`${op.name} `))).toEqual([]);
});
