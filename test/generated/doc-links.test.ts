// A doc comment's {@link Name} resolves in an editor only where the file
// declares or imports Name: every link of the generated TypeScript, the
// repository's and the golden fixture's, names one of them.
import { expect, test } from "vitest";
import type { GeneratedFile } from "../../generator/index.js";
import { generateGoldenSpec, generateRepoSpec } from "../support/generate.js";
import { generatedDir } from "../support/paths.js";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The names a file declares or imports (a declaration's or an import's last identifier). */
function namesIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/\b(?:interface|type|class|function|const|let|var)\s+([A-Za-z_$][\w$]*)/g))
    names.add(m[1] ?? "");
  for (const m of text.matchAll(/\bimport\s+(?:type\s+)?\{([^}]*)\}/g))
    for (const item of (m[1] ?? "").split(",")) {
      const name = item.trim().replace(/^type\s+/, "").split(/\s+as\s+/).at(-1);
      if (name) names.add(name);
    }
  return names;
}

/** Each `{@link Name}` of a file whose Name the file neither declares nor imports, as `path: Name`. */
function unresolvedLinks(files: readonly { path: string; content: string }[]): string[] {
  return files.flatMap((file) => {
    const names = namesIn(file.content);
    return [...file.content.matchAll(/\{@link\s+([A-Za-z_$][\w$]*)/g)]
      .map((m) => m[1] ?? "")
      .filter((name) => !names.has(name))
      .map((name) => `${file.path}: ${name}`);
  });
}

const typescript = (files: readonly GeneratedFile[]) => files.filter((f) => f.language === "typescript");

test("every {@link} of the repository's generated TypeScript names what its file declares or imports", async () => {
  const { files } = await generateRepoSpec();
  expect(unresolvedLinks(typescript(files))).toEqual([]);
});

test("every {@link} of the golden fixture's generated TypeScript names what its file declares or imports", async () => {
  const { files } = await generateGoldenSpec();
  expect(unresolvedLinks(typescript(files))).toEqual([]);
});

test("every {@link} of the runtime copied into generated/ names what its file declares or imports", () => {
  const dir = path.join(generatedDir, "runtime");
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => ({ path: `runtime/${name}`, content: readFileSync(path.join(dir, name), "utf8") }));
  expect(files.length).toBeGreaterThan(0);
  expect(unresolvedLinks(files)).toEqual([]);
});
