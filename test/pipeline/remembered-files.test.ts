// The files an operation's memo entries list: read back as they were
// remembered, their hash the one listed, and a copy made to change a file's
// content (as formatting makes one) never given the hash of the file it was
// copied from.
import { expect, test } from "vitest";
import type { GeneratedFile } from "../../generator/emit/generated-file.js";
import { rememberedFiles, rememberFiles } from "../../generator/emit/remembered-files.js";
import { fileHash, sha256 } from "../../generator/memo/content-hash.js";
import { memoryMemo } from "../../generator/memo/memo.js";

const files: GeneratedFile[] = [
  { path: "operations/a/index.ts", language: "typescript", content: "export {};\n" },
  { path: "runtime/seal.ts", language: "typescript", content: "// as written\n", verbatim: true },
  { path: "docs/a.md", language: "markdown", content: "# A \u00e9\n" },
];

test("remembered files read back with their paths, languages, contents and hashes", async () => {
  const memo = memoryMemo();
  await rememberFiles(memo, "key", files);
  const again = (await rememberedFiles(memo, "key")) ?? [];
  expect(again.map((f) => [f.path, f.language, f.verbatim === true, f.content])).toEqual(
    files.map((f) => [f.path, f.language, f.verbatim === true, f.content]),
  );
  expect(again.map((f) => fileHash(f))).toEqual(files.map((f) => sha256(f.content)));
});

test("a copy of a remembered file with another content has the hash of its own content", async () => {
  const memo = memoryMemo();
  await rememberFiles(memo, "key", files);
  const [first] = (await rememberedFiles(memo, "key")) ?? [];
  if (first === undefined) throw new Error("nothing remembered");
  const copy = { ...first, content: "export const changed = 1;\n" };
  expect([copy.path, copy.language]).toEqual([first.path, first.language]);
  expect(fileHash(copy)).toBe(sha256(copy.content));
  expect(fileHash(first)).toBe(sha256("export {};\n"));
});
