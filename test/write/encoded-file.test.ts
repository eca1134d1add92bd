// A file made as UTF-8 bytes (openapi.json): the same text, hash, manifest
// entry, memo entry and file on disk as the same file made as a string.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { encodedFile } from "../../generator/emit/encoded-file.js";
import { withKeptBuffers } from "../../generator/emit/kept-buffers.js";
import { formatFiles } from "../../generator/emit/format-files.js";
import { rememberedFilesApart, rememberFilesApart } from "../../generator/emit/remembered-files.js";
import { fileBytes, fileHash, sha256, type Bytes } from "../../generator/memo/content-hash.js";
import { diskMemo } from "../../generator/memo/disk-memo.js";
import { memoryMemo } from "../../generator/memo/memo.js";
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

const partsOf = (bytes: Bytes | undefined): readonly Uint8Array[] =>
  bytes === undefined ? [] : bytes instanceof Uint8Array ? [bytes] : bytes;

test("parts given as bytes are kept as they are, the strings between them encoded into one buffer", () => {
  const piece = Buffer.from('"\u00e9t\u00e9"', "utf8");
  const file = encodedFile("openapi.json", "json", ["{", '\n  "a": ', piece, ",", '\n  "b": ', piece, "\n}", "\n"]);
  const parts = partsOf(fileBytes(file));
  expect(parts.map((p) => Buffer.from(p).toString("utf8"))).toEqual([
    '{\n  "a": ',
    piece.toString(),
    ',\n  "b": ',
    piece.toString(),
    "\n}\n",
  ]);
  expect(parts[1]).toBe(piece);
  expect(parts[3]).toBe(piece);
  expect(new Set([0, 2, 4].map((i) => parts[i]?.buffer)).size).toBe(1);
  expect(file.content).toBe(`{\n  "a": ${piece},\n  "b": ${piece}\n}\n`);
  expect(fileHash(file)).toBe(sha256(file.content));
});

test("a final newline that is a part of its own, or the end of a part given as bytes, is final", () => {
  for (const parts of [
    ["{}", Buffer.from("\n")],
    [Buffer.from("{}"), "\n"],
    [Buffer.from("{}\n")],
    ["{", "}", Buffer.from("\n")],
  ])
    expect(encodedFile("x.json", "json", parts).content).toBe("{}\n");
  for (const parts of [
    [Buffer.from("}\n"), "\n"],
    ["}", Buffer.from(" \n")],
    [Buffer.from("\n")],
    ["", Buffer.from("")],
  ])
    expect(() => encodedFile("x.json", "json", parts)).toThrow(/not final/);
});

test("kept for an owner, the buffer of a path's texts is filled again while they fit, and replaced once outgrown", () => {
  const owner = {};
  const buffer = (text: string) =>
    partsOf(fileBytes(withKeptBuffers(owner, () => encodedFile("x.json", "json", [text, "\n"]))))[0]?.buffer;
  const first = buffer(`{"a": "${"x".repeat(1_000)}"}`);
  expect(buffer('{"a": "shorter"}')).toBe(first);
  expect(buffer(`{"a": "${"x".repeat(1_010)}"}`)).toBe(first);
  const grown = buffer(`{"a": "${"x".repeat(5_000)}"}`);
  expect(grown).not.toBe(first);
  expect(buffer('{"a": "shorter"}')).toBe(grown);
  // Not lent: a buffer of its own, every time.
  expect(partsOf(fileBytes(encodedFile("x.json", "json", ['{"a": 1}', "\n"])))[0]?.buffer).not.toBe(grown);
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

test("assembled again into a kept buffer, whatever part changed, it is the joined text with its hash", () => {
  const owner = {};
  const piece = (i: number, edit = "") => `  "op${i}": "${"\u00e9t\u00e9 ".repeat(9_000 + (i % 7))}${edit}",\n`;
  const pieces = Array.from({ length: 40 }, (_, i) => piece(i));
  // Some parts as bytes, one of them a view that is filled again between runs.
  const shared = Buffer.from(piece(100));
  const asBytes = new Map<string, Buffer>();
  const textOf = new Map<Uint8Array, string>();
  const bytesOf = (text: string) => {
    const known = asBytes.get(text);
    if (known) return known;
    const bytes = Buffer.from(text);
    asBytes.set(text, bytes);
    textOf.set(bytes, text);
    return bytes;
  };
  const partsOf = (list: readonly string[]) => [
    "{\n",
    ...list.map((p, i) => (i % 5 === 0 ? (bytesOf(p) as Buffer) : p)),
    shared,
    '  "end": 1\n}',
    "\n",
  ];
  const edits: [string, (list: string[]) => void][] = [
    ["nothing", () => undefined],
    ["the last part", (list) => void (list[39] = piece(39, "last"))],
    ["a part in the middle", (list) => void (list[21] = piece(21, "mid"))],
    ["the first part", (list) => void (list[0] = piece(0, "first"))],
    ["a part given as bytes", (list) => void (list[10] = piece(10, "bytes"))],
    ["a part shorter", (list) => void (list[30] = '  "op30": 0,\n')],
    ["a part removed", (list) => void list.splice(3, 1)],
    ["the bytes of a view, in place", () => void shared.fill(0x61, 10, 20)],
    ["far more than the buffer holds", (list) => void list.push(...list.map((p) => p))],
  ];
  let list = [...pieces];
  for (const [edit, change] of edits) {
    list = [...list];
    change(list);
    const parts = partsOf(list);
    const file = withKeptBuffers(owner, () => encodedFile("openapi.json", "json", parts));
    const bytes = Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p) : p)));
    // The joined text from the texts the parts were made of, not decoded from `bytes`: a decoding of these
    // megabytes of two-byte characters costs as much as the content's own (the view is decoded, as it changes).
    const text = parts.map((p) => (typeof p === "string" ? p : (textOf.get(p) ?? Buffer.from(p).toString("utf8"))));
    const expected = text.join("");
    expect(file.content === expected, edit).toBe(true);
    expect(fileHash(file), edit).toBe(sha256(bytes));
  }
});
