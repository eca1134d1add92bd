// A request example of an operation that recommends no interface version holds
// a version no source gives: its reference page says so, beside the example,
// and openapi.json in the example's description, so that a reader does not
// copy it as one to send.
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { generateShared } from "../support/generate.js";
import { tempWorkspace } from "../support/temp-spec.js";

const STANDS_IN = "only stands in for one: no public source gives this operation a recommended version";

/**
 * The repository's spec as if no page recommended a version to the operations that recommend one version alone:
 * the rule is held whatever the pages recommend today (every operation of the spec may come to recommend one).
 */
async function generateUnrecommended() {
  const { root, spec } = await tempWorkspace();
  const folder = path.join(spec, "operations");
  for (const file of readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".yaml"))) {
    const at = path.join(folder, file);
    writeFileSync(at, readFileSync(at, "utf8").replace(/^ {2}recommended: [^\s{]+\r?\n/m, ""));
  }
  const result = await generateShared(spec);
  rmSync(root, { recursive: true, force: true });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return { files: result.files, model: result.model };
}
let generation: ReturnType<typeof generateUnrecommended> | undefined;
const unrecommendedSpec = () => (generation ??= generateUnrecommended());

test("the reference page of each operation without a recommended version says its example's version stands in", async () => {
  const { files, model } = await unrecommendedSpec();
  const pageOf = (name: string) => files.find((f) => f.path === `docs/${name}.md`)?.content ?? "";
  const unrecommended = model.operations.filter((op) => op.interfaceVersion.recommended === null);
  // The copy has such operations, some with an interface version field: the rule is held on them.
  expect(unrecommended.filter((op) => op.request.fields.some((f) => f.type.kind === "interfaceVersion")).length).toBeGreaterThan(0);
  for (const op of unrecommended) {
    const field = op.request.fields.find((f) => f.type.kind === "interfaceVersion");
    if (field === undefined) continue;
    const version = op.request.example[field.name];
    expect(pageOf(op.name), op.name).toContain(`The example's \`${field.name}\`, \`${String(version)}\`, ${STANDS_IN}`);
  }
  // An operation with one says nothing of the kind.
  for (const op of model.operations.filter((o) => o.interfaceVersion.recommended !== null))
    expect(pageOf(op.name), op.name).not.toContain(STANDS_IN);
});

test("openapi.json's request example of each operation without a recommended version says its version stands in", async () => {
  const { files, model } = await unrecommendedSpec();
  const document: unknown = JSON.parse(files.find((f) => f.path === "openapi.json")?.content ?? "{}");
  const examples = Reflect.get(Reflect.get(document as object, "components") as object, "examples") as object;
  const descriptionOf = (typeName: string): string => String(Reflect.get(Reflect.get(examples, typeName) as object, "description"));
  // The copy has operations whose example's version stands in: the second branch below is taken.
  const standing = model.operations.filter(
    (op) => op.interfaceVersion.recommended === null && op.request.fields.some((f) => f.type.kind === "interfaceVersion"),
  );
  expect(standing.length).toBeGreaterThan(0);
  for (const op of model.operations) {
    const field = op.request.fields.find((f) => f.type.kind === "interfaceVersion");
    const text = descriptionOf(op.request.typeName);
    if (op.interfaceVersion.recommended !== null || field === undefined) expect(text, op.name).not.toContain(STANDS_IN);
    else expect(text, op.name).toContain(`The example's ${field.name}, ${String(op.request.example[field.name])}, ${STANDS_IN}`);
  }
});
