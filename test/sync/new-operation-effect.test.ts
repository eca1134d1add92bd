// The effect sync writes for an operation it makes from a page: no page gives
// one, so it is the spec format's default, read from the schema that changes
// also reads it from for a base spec without the key: one value, in one place.
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { entryContext } from "../../generator/sync/page-field-entry.js";
import { newOperation } from "../../generator/sync/new-operation.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { formatSchemas } from "../../generator/validate/format-schemas.js";
import { fixturesDir, repoRoot } from "../support/paths.js";
import { tempWorkspace } from "../support/temp-spec.js";

const schema = JSON.parse(readFileSync(path.join(repoRoot, "spec/schema/operation.schema.json"), "utf8")) as {
  properties: Record<string, { default?: unknown }>;
};

let root = "";
let made: (schemas?: ReturnType<typeof formatSchemas>) => { text: string; notes: readonly string[] };
beforeAll(async () => {
  // The sync fixture with its operation removed: its page is cited by none, and sync makes the operation.
  const workspace = await tempWorkspace(path.join(fixturesDir, "sync", "spec"));
  root = workspace.root;
  await rm(path.join(workspace.spec, "operations/office/cardCheck.yaml"));
  const checked = await checkSync(await readSpecInput(workspace.spec, root));
  if (!checked.ok) throw new Error("the fixture without its operation does not check");
  const [[relPath, page] = []] = [...checked.uncited];
  if (!relPath || !page) throw new Error("no uncited page");
  made = (schemas) => {
    const operation = newOperation(
      page,
      relPath,
      checked.model,
      entryContext(checked.spec, checked.model),
      null,
      schemas,
    );
    if (!operation) throw new Error("no operation made");
    return operation;
  };
});
afterAll(() => rm(root, { recursive: true, force: true }));

const effectLines = (text: string) => text.split("\n").filter((l) => l.startsWith("effect:"));

test("the effect written is the default the operation schema gives, and the notes name it", () => {
  const value = schema.properties["effect"]?.default;
  expect(typeof value).toBe("string");
  const operation = made();
  expect(effectLines(operation.text)).toEqual([`effect: ${String(value)}`]);
  expect(operation.notes.filter((n) => n.includes("effect"))).toEqual([
    expect.stringContaining(`effect written as ${String(value)}, the spec format's default`),
  ]);
});

test("a schema whose default is another value: sync writes that one, with no value of its own", () => {
  const files = structuredClone(new Map(formatSchemas()));
  const operationSchema = files.get("operation.schema.json") as { properties: Record<string, Record<string, unknown>> };
  const effect = operationSchema.properties["effect"];
  if (!effect) throw new Error("the schema has no effect");
  effect["default"] = "reads";
  expect(effectLines(made(files).text)).toEqual(["effect: reads"]);
  delete effect["default"];
  expect(() => made(files)).toThrow("gives effect no default");
});
