// Two kinds of memo entry carry no hash of their own, unlike the others
// (checked-text.ts): the order of the files (remembered-order.ts), taken only
// where it proves itself, and a file's schema pass, a word that is the whole
// entry (check-schema-once.ts). Damaged so that they still parse, as another
// order or another word, each is a miss: the files come out as a run without
// memo gives them, in the same order, and nothing fails.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { generate, type GeneratedFile } from "../../generator/index.js";
import { diskMemo } from "../../generator/memo/disk-memo.js";
import { keysOfKind, memoKeysMade } from "../support/memo-keys.js";
import { generateGoldenSpec, goldenRoot } from "../support/generate.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

const specDir = path.join(goldenRoot, "spec");
const folders: string[] = [];
let filled = "";
const keysOf = new Map<string, string[]>();
let reference: readonly GeneratedFile[] = [];

const folder = async (): Promise<string> => {
  const made = await mkdtemp(path.join(tmpdir(), "sips-unhashed-"));
  folders.push(made);
  return made;
};

beforeAll(async () => {
  reference = (await generateGoldenSpec()).files;
  filled = await folder();
  const { result, kinds } = await memoKeysMade(() => generate({ specDir, cwd: goldenRoot, memo: diskMemo(filled) }));
  expect(result.ok).toBe(true);
  for (const kind of new Set(kinds.values())) keysOf.set(kind, keysOfKind(kinds, kind));
});

afterAll(async () => {
  for (const made of folders) await rm(made, { recursive: true, force: true });
});

const entryFile = (dir: string, key: string) => path.join(dir, key.slice(0, 2), key);

/** A run on a copy of the filled memo whose entries of `kind` are replaced by what `damage` makes of each: the files as without memo. */
async function runDamaged(kind: string, damage: (text: string, index: number) => string): Promise<void> {
  const keys = keysOf.get(kind) ?? [];
  const dir = await folder();
  cpSync(filled, dir, { recursive: true });
  let damaged = 0;
  for (const [i, key] of keys.entries()) {
    let text: string;
    try {
      text = readFileSync(entryFile(dir, key), "utf8");
    } catch {
      continue;
    }
    const replaced = damage(text, i);
    expect(replaced, kind).not.toBe(text);
    writeFileSync(entryFile(dir, key), replaced);
    damaged++;
  }
  expect(damaged, `entries of ${kind} damaged`).toBeGreaterThan(0);
  const result = await generate({ specDir, cwd: goldenRoot, memo: diskMemo(dir) });
  if (!result.ok) throw new Error(`${kind}: the run failed`);
  const order = result.files.map((f) => f.path);
  expect(order, kind).toEqual(reference.map((f) => f.path));
  for (const [i, file] of result.files.entries())
    if (file.content !== reference[i]?.content) expect.fail(`${kind}: ${file.path} differs`);
}

/** The order remembered, as its list of indexes, changed by `change`. */
const reordered =
  (change: (order: number[]) => unknown) =>
  (text: string): string =>
    JSON.stringify(change(JSON.parse(text) as number[]));

test.each([
  ["two files swapped", reordered((o) => [o[1], o[0], ...o.slice(2)])],
  ["the last file in place of the first", reordered((o) => [o.at(-1), ...o.slice(1)])],
  ["a file left out (another spec's order)", reordered((o) => o.slice(0, -1))],
  ["a file more", reordered((o) => [...o, o.length])],
  ["indexes as text", reordered((o) => o.map(String))],
  ["the order backwards", reordered((o) => [...o].reverse())],
])("the order of the files damaged: %s", async (_, damage) => {
  await runDamaged("file-order", damage);
});

test("a schema pass damaged into another word, empty, or longer is a miss: the file is checked again", async () => {
  const words = ["failed", "", "passed\n", "Passed", "pass"];
  await runDamaged("schema", (_, i) => words[i % words.length] as string);
});

// Only a pass is remembered: a file that fails its schema has no entry. One found under its key all the same (a
// damaged entry, or one the run of another generator left) is a miss unless it is the pass word itself.
test("an entry found under the key of a file that fails its schema is a miss: the file's errors are as without memo", async () => {
  const { root, spec } = await tempWorkspace(specDir);
  folders.push(root);
  await editFile(path.join(spec, "operations/office/cardCheck.yaml"), "method: POST", "method: POST\nbogusKey: 1");
  const without = await generate({ specDir: spec, cwd: root });
  expect(without.diagnostics.length).toBeGreaterThan(0);
  const dir = await folder();
  const { kinds } = await memoKeysMade(() => generate({ specDir: spec, cwd: root, memo: diskMemo(dir) }));
  const schemaKeys = keysOfKind(kinds, "schema");
  const unwritten = schemaKeys.filter((key) => !existsSync(entryFile(dir, key)));
  expect(unwritten.length, "the failing file's key").toBeGreaterThan(0);
  for (const word of ["failed", "", "passed\n", "Passed", "pass"]) {
    for (const key of unwritten) {
      mkdirSync(path.dirname(entryFile(dir, key)), { recursive: true });
      writeFileSync(entryFile(dir, key), word);
    }
    const result = await generate({ specDir: spec, cwd: root, memo: diskMemo(dir) });
    expect({ word, ok: result.ok, diagnostics: result.diagnostics }).toEqual({
      word,
      ok: without.ok,
      diagnostics: without.diagnostics,
    });
  }
});
