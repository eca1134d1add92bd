// Every import the users' guide and the README name resolves from the packed
// package (test/support/consumer-project.ts), as an ES module and by a
// CommonJS `require` where Node's loads ES modules (process.features.require_module;
// elsewhere it throws ERR_REQUIRE_ESM, as the guide says): each `sips-json/...` specifier they write, a
// placeholder (`<operation>`, `<request|response>`) standing for each
// operation of the registry and each message. A specifier the documents name
// that the package's "exports" do not map fails with ERR_MODULE_NOT_FOUND or
// ERR_PACKAGE_PATH_NOT_EXPORTED in a team's first line.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import { consumerProject } from "../support/consumer-project.js";
import { repoRoot } from "../support/paths.js";

let project: string;
beforeAll(async () => {
  ({ dir: project } = await consumerProject());
}, 300_000);

/** The documents a team reads: the guide (the package's README once packed) and the repository's README. */
const DOCUMENTS = ["docs/package-readme.md", "README.md"];

/** Every `sips-json` specifier a document writes, its placeholders expanded over the registry's operations. */
function documentedSpecifiers(): string[] {
  const written = new Set<string>();
  for (const file of DOCUMENTS) {
    const text = readFileSync(path.join(repoRoot, file), "utf8");
    for (const [specifier] of text.matchAll(/\bsips-json(?:\/[A-Za-z0-9_.<>|-]+)*(?=["'`)\s])/g))
      written.add(specifier.replace(/\.$/, ""));
  }
  const expanded = new Set<string>();
  for (const specifier of written)
    for (const op of Object.values(operations))
      for (const message of ["request", "response"])
        expanded.add(specifier.replaceAll("<operation>", op.name).replaceAll("<request|response>", message));
  // A schema's callback, named without its folder: each operation that has one.
  for (const op of Object.values(operations))
    if (op.callback !== null) expanded.add(`sips-json/schemas/${op.name}.callback.schema.json`);
  return [...expanded].filter((s) => !s.includes("<") && !s.includes("*")).sort();
}

/** What a child process of the consumer project met for each specifier: "ok", or the error's code. */
function loaded(file: string): Record<string, string> {
  return JSON.parse(execFileSync(process.execPath, [file], { cwd: project, encoding: "utf8" })) as Record<
    string,
    string
  >;
}

test("the documents name the package's entries, one operation's subpath and its schemas", () => {
  const specifiers = documentedSpecifiers();
  for (const entry of ["sips-json", "sips-json/mock", "sips-json/paypage", "sips-json/openapi.json"])
    expect(specifiers).toContain(entry);
  for (const op of Object.keys(operations)) expect(specifiers).toContain(`sips-json/${op}`);
  expect(specifiers.filter((s) => s.endsWith(".schema.json")).length).toBeGreaterThan(Object.keys(operations).length);
});

test("every documented specifier imports from the packed package", async () => {
  const specifiers = documentedSpecifiers();
  const file = path.join(project, "documented-imports.mjs");
  await writeFile(
    file,
    `const out = {};
for (const s of ${JSON.stringify(specifiers)}) {
  try {
    const m = s.endsWith(".json") ? await import(s, { with: { type: "json" } }) : await import(s);
    out[s] = Object.keys(m).length > 0 ? "ok" : "empty";
  } catch (e) { out[s] = String(e?.code ?? e); }
}
process.stdout.write(JSON.stringify(out));
`,
  );
  expect(loaded(file)).toEqual(Object.fromEntries(specifiers.map((s) => [s, "ok"])));
});

test("every documented specifier is required by CommonJS from the packed package, where Node's require loads ES modules", async () => {
  const specifiers = documentedSpecifiers();
  const file = path.join(project, "documented-requires.cjs");
  await writeFile(
    file,
    `const out = {};
for (const s of ${JSON.stringify(specifiers)}) {
  try { out[s] = Object.keys(require(s)).length > 0 ? "ok" : "empty"; } catch (e) { out[s] = String(e?.code ?? e); }
}
process.stdout.write(JSON.stringify(out));
`,
  );
  // Where Node's require loads no ES module (22.11, which engines admits), a module throws as the guide says; JSON loads.
  const loads = process.features.require_module === true;
  const expected = specifiers.map((s) => [s, loads || s.endsWith(".json") ? "ok" : "ERR_REQUIRE_ESM"]);
  expect(loaded(file)).toEqual(Object.fromEntries(expected));
});
