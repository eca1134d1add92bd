// A process that generates again and again (--watch) builds again only the
// model of the operations a save changed (model/kept-models.ts): the model,
// and so every file, must be the one a fresh run builds, whatever the change.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import { formatDiagnostic, generate, generateFromInput, type GenerateResult } from "../../generator/index.js";
import type { SpecModel } from "../../generator/model/ir.js";
import { keptModels } from "../../generator/model/kept-models.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { goldenRoot } from "../support/generate.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

const modelOf = (result: GenerateResult): SpecModel => {
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join("\n"));
  return result.model;
};

test("after each change, the model kept between runs is the model of a fresh run", async () => {
  const { spec } = await tempWorkspace();
  const kept = keptModels();
  const again = async () => modelOf(await generateFromInput(await readSpecInput(spec), [], null, kept));
  const fresh = async () => modelOf(await generate({ specDir: spec, emitters: [] }));
  const sameAsFresh = async () => {
    const model = await again();
    expect(JSON.stringify(model)).toBe(JSON.stringify(await fresh()));
    return model;
  };
  const operation = (model: SpecModel, name: string) => model.operations.find((op) => op.name === name);
  const first = await sameAsFresh();

  // An operation that defines no container type: the others' models are taken as they were.
  await editFile(path.join(spec, "operations/in-app/walletInitialize.yaml"), "summary: ", "summary: Edited. ");
  const edited = await sameAsFresh();
  expect(operation(edited, "orderInitialize")).toBe(operation(first, "orderInitialize"));
  expect(operation(edited, "walletInitialize")).not.toBe(operation(first, "walletInitialize"));

  // The first operation to use a container type defines it for all: edited, it defines it as before.
  await editFile(path.join(spec, "operations/in-app/orderInitialize.yaml"), "summary: ", "summary: Edited. ");
  const definer = await sameAsFresh();
  expect(operation(definer, "walletInitialize")).toBe(operation(edited, "walletInitialize"));

  // Or otherwise: every operation that holds the type must see the new one, and the model is built again. The
  // type is one, so each spec file that writes it out (an operation's, the dictionary) gets the new description.
  const written = definer.containers.find((c) => c.description !== null && c.sourceFile.startsWith("operations/"));
  if (!written?.description)
    throw new Error("the spec writes out no container type with a description in an operation");
  const description = `description: ${written.description}`;
  const input = await readSpecInput(spec);
  const writers = input.files.filter(
    (f) => (f.kind === "operation" || f.kind === "dictionary") && f.text.includes(description),
  );
  expect(writers.length).toBeGreaterThan(0);
  for (const file of writers)
    await editFile(path.join(spec, file.relPath), description, `description: ${written.description} Edited.`);
  expect(operation(await sameAsFresh(), "walletInitialize")).not.toBe(operation(definer, "walletInitialize"));

  // A container type a response now holds: every operation that uses it sees it as a response's.
  const tokens = path.join(spec, "operations/in-app/paymentTokenInitialize.yaml");
  const text = await readFile(tokens, "utf8");
  const responseFields = "\nresponse:\n  fields:\n";
  expect(text).toContain(responseFields);
  await writeFile(
    tokens,
    text.replace(
      responseFields,
      `${responseFields}    s10TransactionReference: { from: dictionary, presence: undocumented, since: undocumented }\n`,
    ),
  );
  const held = await sameAsFresh();
  expect(held.containers.find((c) => c.typeName === "S10TransactionReference")?.inResponse).toBe(true);

  // The dictionary, which every operation reads.
  await editFile(
    path.join(spec, "dictionary/fields.yaml"),
    "description: Date of the transaction identifier.",
    "description: Day of the transaction identifier.",
  );
  await sameAsFresh();
});

test("the files of a run that took most of its model from the run before are those of a fresh run", async () => {
  // The golden fixture (every feature of the format in three operations): a third of the repository spec's cost per run.
  const { spec } = await tempWorkspace(path.join(goldenRoot, "spec"));
  const kept = keptModels();
  await generateFromInput(await readSpecInput(spec), undefined, null, kept);
  await editFile(path.join(spec, "operations/office/cardRefund.yaml"), "summary: ", "summary: Edited. ");
  const result = await generateFromInput(await readSpecInput(spec), undefined, null, kept);
  const fresh = await generate({ specDir: spec });
  if (!result.ok || !fresh.ok) throw new Error("the spec does not pass");
  const contents = (r: typeof fresh) => Object.fromEntries(r.files.map((f) => [f.path, f.content]));
  expect(contents(result)).toEqual(contents(fresh));
});

test("an operation renamed in its file is listed under its new name among the users of its container types", async () => {
  const { spec } = await tempWorkspace();
  const kept = keptModels();
  const again = async () => modelOf(await generateFromInput(await readSpecInput(spec), [], null, kept));
  const first = await again();
  // A user of a container type that another operation (or the dictionary) defines: its edit keeps every type as it was.
  const shared = first.containers.find((c) => c.usedBy.some((u) => u.sourceFile !== c.sourceFile));
  const user = shared?.usedBy.find((u) => u.sourceFile !== shared.sourceFile);
  if (!shared || !user) throw new Error("the spec has no container type used by an operation that does not define it");
  await editFile(path.join(spec, user.sourceFile), `operation: ${user.name}\n`, `operation: ${user.name}Renamed\n`);
  const renamed = await again();
  expect(JSON.stringify(renamed)).toBe(JSON.stringify(modelOf(await generate({ specDir: spec, emitters: [] }))));
  const users = renamed.containers.find((c) => c.typeName === shared.typeName)?.usedBy.map((u) => u.name);
  expect(users).toContain(`${user.name}Renamed`);
  expect(users).not.toContain(user.name);
});
