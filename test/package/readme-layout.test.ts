// The README's maps of the repository name what is there: its table of an
// operation's generated files every file an operation's folder holds (and no
// other), its Layout every folder and file of generator/ and every file of
// scripts/, its tests section every folder of tests and every folder they
// keep between runs, and the architecture every module below the stages that
// .dependency-cruiser.mjs lets every stage import.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test } from "vitest";
import { generatedDir, repoRoot } from "../support/paths.js";

const read = (file: string) => readFileSync(path.join(repoRoot, file), "utf8");
/** The lines of a README section: from its heading to the next heading of its level. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = text.indexOf("\n## ", start + heading.length + 2);
  return text.slice(start, end < 0 ? undefined : end);
}

test("the README's table of an operation's files names each file the operations' folders hold, and no other", () => {
  const operations = path.join(generatedDir, "operations");
  const held = new Set(readdirSync(operations).flatMap((operation) => readdirSync(path.join(operations, operation))));
  const table = section(read("README.md"), "## What is generated");
  const rows = [...table.matchAll(/^\| `([^`]+)` \|/gm)].map((row) => row[1] ?? "");
  expect(rows.length).toBeGreaterThan(0);
  expect([...new Set(rows)].sort()).toEqual([...held].sort());
});

test("the README's Layout names every folder and file of generator/", () => {
  const layout = section(read("README.md"), "## Layout");
  const entries = readdirSync(path.join(repoRoot, "generator"), { withFileTypes: true });
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const files = entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
  expect(folders.length).toBeGreaterThan(0);
  expect(folders.filter((folder) => !new RegExp(`^ +${folder}/ `, "m").test(layout))).toEqual([]);
  expect(files.filter((file) => !layout.includes(file))).toEqual([]);
});

test("the README's Layout names every file of scripts/", () => {
  const layout = section(read("README.md"), "## Layout");
  const scripts = readdirSync(path.join(repoRoot, "scripts"));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((file) => !layout.includes(file))).toEqual([]);
});

test("the architecture names every module below the stages that the stage rules let every stage import", async () => {
  const config = (await import(pathToFileURL(path.join(repoRoot, ".dependency-cruiser.mjs")).href)) as {
    default: { forbidden: { name: string; from: { path: string | string[] } }[] };
  };
  const rule = config.default.forbidden.find((r) => r.name === "lower-modules-import-no-stage");
  const patterns = [rule?.from.path ?? []].flat();
  // "^generator/(diagnostics|rules)/" names folders; "^generator/(list-files|runtime-api)[.]ts$" files.
  const modules = patterns.flatMap((pattern) => {
    const names = /\(([^)]+)\)/.exec(pattern)?.[1]?.split("|") ?? [];
    return names.map((name) => (pattern.endsWith("/") ? `${name}/` : `${name}.ts`));
  });
  expect(modules.length).toBeGreaterThan(0);
  const architecture = read("docs/architecture.md");
  expect(modules.filter((module) => !architecture.includes(`\`${module}\``))).toEqual([]);
});

test("the README names every folder the tests keep between runs", () => {
  const sources = readdirSync(path.join(repoRoot, "test"), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => read(path.join("test", file)));
  const kept = new Set(
    sources.flatMap((text) => [...text.matchAll(/"sips-json-tests",\s*"([\w-]+)"/g)].map((m) => m[1])),
  );
  expect(kept.size).toBeGreaterThan(0);
  const tests = section(read("README.md"), "## Tests");
  expect([...kept].filter((folder) => !tests.includes(`\`${folder}/`))).toEqual([]);
});

test("the README's tests section names every folder of test files", () => {
  const root = path.join(repoRoot, "test");
  const folders = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((folder) => readdirSync(path.join(root, folder)).some((file) => /\.(test|browser)\.ts$/.test(file)));
  expect(folders.length).toBeGreaterThan(0);
  const tests = section(read("README.md"), "## Tests");
  expect(folders.filter((folder) => !tests.includes(`test/${folder}`))).toEqual([]);
});
