// `npm run changes` against a base written before a key of the format became
// required: where the format's schema gives the key a default, the base is read
// with it, and the report says so once; the working spec must still give it.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { withAssumedDefaults } from "../../generator/changes/assumed-defaults.js";
import { formatSchemas } from "../../generator/validate/format-schemas.js";
import { specModel } from "../../generator/changes/spec-model.js";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readDocuments } from "../../generator/read/read-documents.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { validateSpec } from "../../generator/validate/validate-spec.js";
import { edited, goldenInput } from "../support/golden-changes.js";
import { fixturesDir, repoRoot } from "../support/paths.js";
import { runInProcess } from "../support/run-cli.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

const KEY = "effect";
const schema = JSON.parse(readFileSync(path.join(repoRoot, "spec/schema/operation.schema.json"), "utf8")) as {
  required: string[];
  properties: Record<string, { default?: string }>;
};
/** The value a base without the key is read with: the schema's own. */
const assumedValue = schema.properties[KEY]?.default;
const golden = path.join(fixturesDir, "golden", "spec");
const OP = "spec/operations/office/cardCheck.yaml";
/** The key's line in an operation file of the fixture, with the value it gives. */
const keyLine = (text: string): string => {
  const line = text.split("\n").find((l) => l.startsWith(`${KEY}: `));
  if (line === undefined) throw new Error(`the fixture's operation file gives no ${KEY}`);
  return `${line}\n`;
};

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", ...args], {
    cwd,
    stdio: "ignore",
  });

/** The fixture's operation files (relative to the workspace) and their texts. */
async function operationFiles(root: string): Promise<Map<string, string>> {
  const input = await readSpecInput(path.join(root, "spec"));
  const files = new Map<string, string>();
  for (const f of input.files) if (f.kind === "operation") files.set(path.join("spec", f.relPath), f.text);
  return files;
}

/** A workspace whose commit `main` has the fixture without the key in any operation file; its working tree has the fixture. */
async function baseWithoutKey(): Promise<{ root: string; files: Map<string, string> }> {
  const { root } = await tempWorkspace(golden);
  const files = await operationFiles(root);
  for (const [file, text] of files) await writeFile(path.join(root, file), text.replace(keyLine(text), ""), "utf8");
  git(root, "init", "-q", "-b", "main");
  git(root, "add", ".");
  git(root, "commit", "-q", "-m", "before the key");
  for (const [file, text] of files) await writeFile(path.join(root, file), text, "utf8");
  return { root, files };
}

let root = "";
let files = new Map<string, string>();
beforeAll(async () => {
  ({ root, files } = await baseWithoutKey());
  // One operation's effect is reads in the working spec: its change from the assumed value is classed by the effect rule.
  await editFile(path.join(root, OP), keyLine(files.get(OP) ?? ""), `${KEY}: reads\n`);
});
afterAll(() => rm(root, { recursive: true, force: true }));

test("the schema gives the key the cautious default, which sync writes for a new operation", () => {
  expect(schema.required).toContain(KEY);
  expect(assumedValue).toBe("changes");
  // Every operation of the fixture gives it, as the format requires: the base lacks it in each.
  expect(files.size).toBeGreaterThanOrEqual(2);
  for (const text of files.values()) expect(keyLine(text)).toBe(`${KEY}: ${assumedValue}\n`);
});

test("--format json: a base without the key is compared as if it gave the default, and says so once", async () => {
  const run = await runInProcess("changes-cli.ts", ["--base", "main", "--format", "json"], root);
  expect([run.status, run.stderr]).toEqual([0, ""]);
  const report = JSON.parse(run.stdout) as Record<string, unknown>;
  expect(report["assumed"]).toEqual([{ in: "operation", key: KEY, value: assumedValue, files: files.size }]);
  // Only the operation whose working effect differs from the assumed one changed: changes → reads, additive.
  expect(report["semver"]).toBe("minor");
  expect(report["changes"]).toEqual([
    {
      operation: "cardCheck",
      message: null,
      field: null,
      kind: "effect",
      classes: ["additive"],
      summary: expect.stringContaining(`effect ${assumedValue} → reads`) as unknown,
    },
  ]);
});

test("Markdown: the assumed key and its value are named once, before the changes", async () => {
  const run = await runInProcess("changes-cli.ts", ["--base", "main"], root);
  expect(run.status).toBe(0);
  const note = `- The spec at \`main\` gives no \`${KEY}\` in ${files.size} operation files, written before the format required it: read as \`${assumedValue}\`, the format's default.\n`;
  expect(run.stdout.split(note)).toHaveLength(2);
  expect(run.stdout.indexOf(note)).toBeLessThan(run.stdout.indexOf("### Additive"));
  expect(run.stdout).toContain(`**cardCheck**: effect ${assumedValue} → reads`);
});

test("a base that gives the key is read as written, and the report assumes nothing", async () => {
  const { root: given } = await tempWorkspace(golden);
  try {
    git(given, "init", "-q", "-b", "main");
    git(given, "add", ".");
    git(given, "commit", "-q", "-m", "with the key");
    const run = await runInProcess("changes-cli.ts", ["--base", "main", "--format", "json"], given);
    expect([run.status, JSON.parse(run.stdout)]).toEqual([0, { semver: "none", changes: [] }]);
    expect((await runInProcess("changes-cli.ts", ["--base", "main"], given)).stdout).not.toContain("default");
  } finally {
    await rm(given, { recursive: true, force: true });
  }
});

test("a working spec without the key is still refused, with the diagnostic generate gives, at file:line:column", async () => {
  const file = path.join(root, OP);
  const working = await readFile(file, "utf8");
  try {
    await writeFile(file, working.replace(keyLine(working), ""), "utf8");
    const expected = await specModel(await readSpecInput(path.join(root, "spec")));
    if (!("diagnostics" in expected)) throw new Error("the working spec without the key was accepted");
    const errors = expected.diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.code, path.basename(d.file)])).toEqual([["missing-key", "cardCheck.yaml"]]);
    const [error] = errors;
    if (!error) throw new Error("no error");
    expect(error.message).toContain(`"${KEY}"`);
    const run = await runInProcess("changes-cli.ts", ["--base", "main"], root);
    expect([run.status, run.stdout]).toEqual([1, ""]);
    // The same diagnostic, its place as the command shows it (relative to where it runs).
    const line = formatDiagnostic({ ...error, file: OP, related: [] });
    expect(line).toMatch(/^spec\/operations\/office\/cardCheck\.yaml:\d+:\d+ error missing-key /);
    expect(run.stderr.split("\n")).toContain(line);
    expect(run.stderr).toContain("The spec at the working tree has errors; no comparison.");
    expect(run.stderr).not.toContain("The spec at main has errors");
  } finally {
    await writeFile(file, working, "utf8");
  }
});

test("a base with another error keeps it: its errors and no comparison, without the key it was read with", async () => {
  const { root: older, files: ops } = await baseWithoutKey();
  try {
    const sips = path.join(older, "spec/sips.yaml");
    const text = await readFile(sips, "utf8");
    await editFile(sips, "documentVersion: 1.0.0\n", "");
    // Only this file is amended: the operation files of the working tree give the key.
    git(older, "add", "spec/sips.yaml");
    git(older, "commit", "-q", "--amend", "-m", "before documentVersion and the key");
    await writeFile(sips, text, "utf8");
    expect(ops.size).toBeGreaterThan(0);
    const run = await runInProcess("changes-cli.ts", ["--base", "main"], older);
    expect([run.status, run.stdout]).toEqual([1, ""]);
    expect(run.stderr).toContain('error missing-key the top level needs the key "documentVersion"');
    expect(run.stderr).not.toContain(`"${KEY}"`);
    expect(run.stderr).toContain("The spec at main has errors as this version of the generator reads it");
  } finally {
    await rm(older, { recursive: true, force: true });
  }
});

test("the documents read are left as parsed: the key is filled into copies (a parse may be shared)", async () => {
  const { root: copy } = await tempWorkspace(golden);
  try {
    const ops = await operationFiles(copy);
    for (const [file, text] of ops) await writeFile(path.join(copy, file), text.replace(keyLine(text), ""), "utf8");
    const read = await readDocuments(await readSpecInput(path.join(copy, "spec")));
    const filled = withAssumedDefaults(read);
    const dataOf = (docs: typeof read.documents) =>
      docs.filter((d) => d.file.kind === "operation").map((d) => (d.data as Record<string, unknown>)[KEY]);
    expect(dataOf(read.documents)).toEqual([...ops.keys()].map(() => undefined));
    expect(dataOf(filled.read.documents)).toEqual([...ops.keys()].map(() => assumedValue));
    // A spec that gives every key is returned as it is.
    const whole = await readDocuments(await readSpecInput(golden));
    expect(withAssumedDefaults(whole)).toEqual({ read: whole, assumed: [] });
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
});

test("any required key with a default, at any depth: beside a $ref, under a mapping of names, in another schema file", async () => {
  // The format's schemas with two more defaults: the status block's field (a default beside its $ref), and a
  // dictionary field's description (each field reached through additionalProperties and common.schema.json).
  const files = structuredClone(new Map(formatSchemas()));
  const withDefault = (file: string, pointer: string, value: string): void => {
    let at: unknown = files.get(file);
    for (const part of pointer.split("/")) at = (at as Record<string, unknown>)[part];
    (at as Record<string, unknown>)["default"] = value;
  };
  withDefault("operation.schema.json", "$defs/status/properties/field", "statusCode");
  withDefault("common.schema.json", "$defs/dictionaryField/properties/description", "To be written.");
  const input = edited(goldenInput, [
    ["operations/office/cardCheck.yaml", "status:\n  field: statusCode\n", "status:\n"],
    ["dictionary/fields.yaml", "    description: Identifier of the shop.\n", ""],
    ["dictionary/fields.yaml", "    description: Message seal.\n", ""],
  ]);
  const read = await readDocuments(input);
  const { read: filled, assumed } = withAssumedDefaults(read, files);
  expect(assumed).toEqual([
    // Two fields lack it: one key, named once.
    { in: "dictionary", key: "fields.*.description", value: "To be written.", files: 1 },
    { in: "operation", key: "status.field", value: "statusCode", files: 1 },
  ]);
  // Read with the defaults, the base is valid; read as written, it is not.
  const errors = async (r: typeof read) =>
    (await validateSpec(r)).diagnostics.filter((d) => d.severity === "error").map((d) => d.code);
  expect(await errors(filled)).toEqual([]);
  expect(await errors(read)).toEqual(["missing-key", "missing-key", "missing-key"]);
  // The format's own schemas give neither default: the same documents are left as they are.
  expect(withAssumedDefaults(read).assumed).toEqual([]);
});
