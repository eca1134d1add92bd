// A file made as UTF-8 bytes (openapi.json): the same text, hash, manifest
// entry, memo entry and file on disk as the same file made as a string.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { encodedFile } from "../../generator/emit/encoded-file.js";
import { formatFiles } from "../../generator/emit/format-files.js";
import { rememberedFilesApart, rememberFilesApart } from "../../generator/emit/remembered-files.js";
import { fileHash, sha256 } from "../../generator/memo/content-hash.js";
import { diskMemo, memoryMemo } from "../../generator/memo/memo.js";
import { checkOutput } from "../../generator/write/check-output.js";
import { writeOutput } from "../../generator/write/write-output.js";

// Two-byte characters, a pair beyond the BMP and a character JSON escapes, split over parts.
const parts = ['{\n  "a": "\u00e9t\u00e9 \u2014 ', "\ud83d\ude00", '",\n  "b": "\\u2028"', "\n}", "\n"];
const text = parts.join("");

test("its content, hash and formatting are those of the joined text", async () => {
  const file = encodedFile("openapi.json", "json", parts);
  expect(file.content).toBe(text);
  expect(fileHash(file)).toBe(sha256(text));
  const [formatted] = await formatFiles([file]);
  expect(formatted).toBe(file);
});

test("a text that is not final as assembled is refused", () => {
  for (const end of ["}", "}\n\n", "} \n", ""])
    expect(() => encodedFile("x.json", "json", ["{", end])).toThrow(/not final/);
});

test("written, checked and remembered as the same file made as a string", async () => {
  const base = await mkdtemp(path.join(tmpdir(), "sips-encoded-"));
  const out = path.join(base, "generated");
  await writeOutput(out, [encodedFile("openapi.json", "json", parts)]);
  expect(await readFile(path.join(out, "openapi.json"), "utf8")).toBe(text);
  expect(await checkOutput(out, [{ path: "openapi.json", language: "json", content: text }])).toEqual([]);
  const changed = await checkOutput(out, [encodedFile("openapi.json", "json", ["{}", "\n"])]);
  expect(changed.map((c) => [c.path, c.kind, c.before, c.after])).toEqual([
    [".manifest.json", "changed", expect.any(String), expect.any(String)],
    ["openapi.json", "changed", text, "{}\n"],
  ]);
  for (const memo of [diskMemo(path.join(base, "memo")), memoryMemo()]) {
    await rememberFilesApart(memo, "key", [encodedFile("openapi.json", "json", parts)]);
    const [again] = (await rememberedFilesApart(memo, "key")) ?? [];
    expect(again?.content).toBe(text);
  }
});
