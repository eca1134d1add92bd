// A release of one operation's page that changes what its field takes of a
// list another operation's field shares (one value dropped, another reworded
// in its own way), on the repository's spec: sync writes that operation's
// file alone, generation changes that operation's output alone (in the shared
// files, its own parts), and `npm run changes` names that operation alone. The
// operation, field and values are found in the spec, not named here (today
// paymentTokenInitialize's sdkOperationName, which orderInitialize and
// walletInitialize share).
import path from "node:path";
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { specModel } from "../../generator/changes/spec-model.js";
import { generateFromInput, type SpecModel } from "../../generator/index.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { generateRepoSpec } from "../support/generate.js";
import { specDir } from "../support/paths.js";
import { syncInMemory, withFiles } from "../support/sync-memory.js";
import { fieldValuesOf } from "../support/value-facts.js";

const base = await readSpecInput(specDir);

/** A request field of an operation with a page, whose list another operation's field takes too, and its page. */
function sharedField(input: SpecInput) {
  const facts = fieldValuesOf(input);
  const pageOf = (operation: string) => {
    const file = input.files.find((f) => f.kind === "operation" && f.text.includes(`operation: ${operation}\n`));
    const page = /\n {2}page: (\S+)/.exec(file?.text ?? "")?.[1];
    return page === undefined ? undefined : [`sources/${path.basename(page)}`, input.pages?.get(page) ?? ""];
  };
  for (const f of facts.filter((f) => f.message === "request" && f.values.length >= 3)) {
    const other = facts.find((o) => o.list === f.list && o.operation !== f.operation);
    const page = pageOf(f.operation);
    if (other && page && f.values.every((v) => page[1]?.includes(`\n${v.value}\n- ${v.meanings[0]}\n`)))
      return { field: f, page: page as [string, string] };
  }
  throw new Error("no operation of the spec has a page listing the values of a list another operation shares");
}

const modelOf = async (input: SpecInput): Promise<SpecModel> => {
  const result = await specModel(input);
  if ("diagnostics" in result) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return result.model;
};

const { field, page } = sharedField(base);
const [dropped, reworded] = [field.values.at(-1), field.values.at(-2)];
if (!dropped || !reworded) throw new Error("unreachable: the field takes three values or more");
const NEW_MEANING = `${reworded.meanings[0]} <as released> | *its own*`;
const releasedPage = page[1]
  .replace(`\n${dropped.value}\n- ${dropped.meanings[0]}\n`, "\n")
  .replace(`\n${reworded.value}\n- ${reworded.meanings[0]}\n`, `\n${reworded.value}\n- ${NEW_MEANING}\n`);
const sync = await syncInMemory(withFiles(base, [[page[0], releasedPage]]));
const released = sync.after;

test("sync writes the released operation's file alone", () => {
  expect(sync.report.ok, sync.report.messages.join("\n")).toBe(true);
  const ownFile = base.files.find((f) => f.text.includes(`operation: ${field.operation}\n`))?.relPath;
  expect([...sync.report.written.keys()]).toEqual([ownFile]);
});

test("generation changes the released operation's output alone", async () => {
  const before = new Map((await generateRepoSpec()).files.map((f) => [f.path, f.content]));
  const result = await generateFromInput(released);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  const changed = result.files.filter((f) => before.get(f.path) !== f.content).map((f) => f.path);
  const own = (file: string) =>
    file.startsWith(`operations/${field.operation}/`) ||
    file === `docs/${field.operation}.md` ||
    file.startsWith(`schemas/${field.operation}.`);
  expect(changed.filter((file) => !own(file) && file !== "openapi.json" && file !== "docs/index.md")).toEqual([]);
  expect(changed.filter(own).length).toBeGreaterThan(2);
  // In the OpenAPI document, the operation's own components only.
  const type = field.operation.charAt(0).toUpperCase() + field.operation.slice(1);
  const withoutOwn = (text: string | undefined) => {
    const doc = JSON.parse(text ?? "{}") as { components: { schemas: Record<string, unknown> } };
    delete doc.components.schemas[`${type}Request`];
    return doc;
  };
  const openapi = result.files.find((f) => f.path === "openapi.json")?.content;
  expect(openapi).toContain(JSON.stringify(NEW_MEANING));
  expect(withoutOwn(openapi)).toEqual(withoutOwn(before.get("openapi.json")));
  // In the index of the reference pages, the rows that link the operation's page only.
  const lines = (text: string | undefined) => (text ?? "").split("\n");
  const index = lines(result.files.find((f) => f.path === "docs/index.md")?.content);
  const changedRows = index.filter((line, i) => line !== lines(before.get("docs/index.md"))[i]);
  expect(changedRows.filter((line) => !line.includes(`(${field.operation}.md#`))).toEqual([]);
});

test("npm run changes names the released operation alone", async () => {
  const changes = compareSpecs(await modelOf(base), await modelOf(released));
  expect(changes.map((c) => `${c.operation} ${c.kind}`).sort()).toEqual(
    [`${field.operation} exported-names`, `${field.operation} meaning`, `${field.operation} value-removed`].sort(),
  );
  expect(changes.map((c) => c.field)).toEqual(changes.map(() => `/${field.field}`));
});
