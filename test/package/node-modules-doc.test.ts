// What the README and the users' guide say the package loads of Node: every
// `node:` module that generated/ imports, as its files on disk import it. A
// team that bundles or audits the package reads those sentences as the whole
// list; a module the mock came to import (node:timers, for its waits) and no
// sentence names makes them false.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { generatedDir, repoRoot } from "../support/paths.js";

/** Each `node:` module a TypeScript file of generated/ imports, with the files importing it. */
function importedNodeModules(): Map<string, string[]> {
  const modules = new Map<string, string[]>();
  for (const entry of readdirSync(generatedDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".ts")) continue;
    const file = path.relative(generatedDir, path.join(entry.parentPath, entry.name));
    const text = readFileSync(path.join(generatedDir, file), "utf8");
    for (const [, name] of text.matchAll(/\bfrom "(node:[\w/]+)"/g)) {
      modules.set(name as string, [...(modules.get(name as string) ?? []), file]);
    }
  }
  return modules;
}

/** The paragraph of `file` (lines between blank ones, joined) that holds `words`. */
function paragraphWith(file: string, words: string): string {
  const text = readFileSync(path.join(repoRoot, file), "utf8");
  const found = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, " "))
    .filter((paragraph) => paragraph.includes(words));
  expect(found, `${file}: one paragraph saying "${words}"`).toHaveLength(1);
  return found[0] as string;
}

const modules = importedNodeModules();
const mockOnly = [...modules.keys()].filter((name) => name !== "node:crypto").sort();

test("generated/ imports node:crypto, and the mock's modules more of Node", () => {
  expect(modules.has("node:crypto")).toBe(true);
  expect(mockOnly.length).toBeGreaterThan(0);
  for (const name of mockOnly)
    for (const file of modules.get(name) ?? []) expect(file, name).toMatch(/^(runtime\/mock-|mock\.ts$)/);
});

test.each([
  ["README.md", "The generated code depends on nothing but"],
  ["README.md", "It depends on nothing but Node's"],
  ["docs/package-readme.md", "It runs on Node, not in a browser"],
])("%s, where it says %j, names every node: module the package imports", (file, words) => {
  const paragraph = paragraphWith(file, words);
  expect([...modules.keys()].sort().filter((name) => !paragraph.includes(`\`${name}\``))).toEqual([]);
});

test("the users' guide names every node: module that sips-json/mock alone loads", () => {
  const paragraph = paragraphWith("docs/package-readme.md", "is the only entry that loads");
  expect(mockOnly.filter((name) => !paragraph.includes(`\`${name}\``))).toEqual([]);
});
