// Every operation's pieces of the shared files are kept in one memo entry
// (generator/emit/piece-store.ts), read once by the next run: it must give
// each operation's pieces back as they were, be what a run with one change
// reads in place of each operation's own entry, and, damaged or cut short,
// be no store at all (the pieces then come from each operation's entry or
// are made again), never a wrong file.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import { formatDiagnostic, generateFromInput, memoryMemo, type Memo } from "../../generator/index.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { diskMemo } from "../../generator/memo/disk-memo.js";
import { memoKey } from "../../generator/memo/memo-key.js";
import { keptInMemory } from "../../generator/memo/kept-in-memory.js";
import { generatorFingerprint } from "../../generator/memo/fingerprint.js";
import { flushPutOff } from "../../generator/memo/writes-put-off.js";
import { emitters } from "../../generator/emit/registry.js";
import { operationRecord } from "../../generator/emit/piece-record.js";
import { openPieceStore, rememberPieceStore } from "../../generator/emit/piece-store.js";
import { changesKey } from "../../generator/emit/piece-store-changes.js";
import { generateShared, goldenRoot } from "../support/generate.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

/**
 * A run as the command makes it (cli/generate-run.ts): an unchanged operation's contents read when first asked for,
 * where the library's generate() reads them when looked up.
 */
const generateLazily = async ({ specDir, memo }: { readonly specDir: string; readonly memo: Memo }) =>
  generateFromInput(await readSpecInput(specDir), undefined, memo);

const STORE = /^[0-9a-f]{64}\n\[\["[0-9a-f]{64}",\d+\]/;
/** The golden fixture (every feature of the format in three operations): a third of the repository spec's cost per run. */
const golden = () => tempWorkspace(path.join(goldenRoot, "spec"));
/** The file the tests edit, and the line they edit. */
const EDITED = "operations/office/cardRefund.yaml";
const SUMMARY = "summary: Refunds a card payment";
/** An operation's own entry of pieces (remembered-pieces.ts). */
const OWN_PIECES = /^[0-9a-f]{64}\n\[[\d,]*\]\n\{/;

/** A memo's `read` (getNow), recording the keys of the entries it gives that are an operation's own pieces. */
function recordingOwnPieces(read: (key: string) => string | undefined) {
  const keys: string[] = [];
  const getNow = (key: string) => {
    const text = read(key);
    if (text && OWN_PIECES.test(text)) keys.push(key);
    return text;
  };
  return { keys, getNow };
}

/** The files a run on `spec` makes with `memo`, or without one: path -> text. */
async function filesOf(spec: string, memo: Memo | null): Promise<Map<string, string>> {
  const result = memo ? await generateLazily({ specDir: spec, memo }) : await generateShared(spec, path.dirname(spec));
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join("\n"));
  return new Map(result.files.map((f) => [f.path, f.content]));
}

test("a store gives back each operation's pieces as they were, texts of a bytes emitter as their UTF-8", async () => {
  const long = (text: string) => text.repeat(40);
  const given = [
    ["a", {}],
    ["b", { openapi: { schemas: [["A", long('{\n  "x": "é"\n}')]], examples: [], containers: [] } }],
    [
      "c",
      {
        client: {
          lines: [long("é’😀\u2028"), "short", "", "\u0000", `\u0000${long("a")}`, "\u00001", long('\n\\"')],
          lone: [long("\ud800x"), `x${long("\udc00")}`],
        },
        numbers: [0, -1.5, 1e21],
        nested: { a: { b: [long("z"), { c: "\u00000" }] } },
        own: JSON.parse(`{"__proto__": ["${long("p")}"]}`) as unknown,
      },
    ],
    [
      "d",
      {
        openapi: {
          texts: [long("é’😀\u2028"), "short", "", "\u0000", `\u0000${long("a")}`, "\u00001", long("\ud800x")],
          own: JSON.parse(`{"__proto__": ["${long("p")}"]}`) as unknown,
        },
      },
    ],
  ] as const;
  const asBytes = new Set(["openapi"]);
  const memo = memoryMemo();
  await rememberPieceStore(
    memo,
    "store",
    given.map(([key, pieces]) => [key, operationRecord([], pieces, asBytes) as Uint8Array] as const),
    asBytes,
  );
  const store = await openPieceStore(memo, "store", asBytes);
  expect(store.keys).toEqual(["a", "b", "c", "d"]);
  expect(store.get("a")?.pieces).toEqual({});
  expect(store.get("c")?.pieces).toEqual(given[2][1]);
  // A bytes emitter's texts: long ones and those that start as a reference come as bytes, unless they cannot be UTF-8.
  const d = store.get("d")?.pieces.openapi as { texts: (string | Uint8Array)[]; own: object };
  const decoded = d.texts.map((t) => (typeof t === "string" ? t : Buffer.from(t).toString("utf8")));
  expect(decoded).toEqual(given[3][1].openapi.texts);
  expect(d.texts.map((t) => typeof t)).toEqual(["object", "string", "string", "object", "object", "object", "string"]);
  expect(Object.getPrototypeOf(d.own)).toBe(Object.prototype);
  const [ownText] = (Object.getOwnPropertyDescriptor(d.own, "__proto__")?.value ?? []) as Uint8Array[];
  expect(Buffer.from(ownText ?? []).toString("utf8")).toBe("p".repeat(40));
  const openapi = store.get("b")?.pieces.openapi as { schemas: [string, Uint8Array][] };
  const [name, bytes] = openapi.schemas[0] ?? [];
  expect(name).toBe("A");
  expect(bytes).toBeInstanceOf(Uint8Array);
  expect(Buffer.from(bytes as Uint8Array).toString("utf8")).toBe(long('{\n  "x": "é"\n}'));
  expect(store.get("e")).toBeUndefined();
  // A string that reads as a reference and cannot be UTF-8: no record, the operation is left out.
  expect(operationRecord([], { openapi: ["\u0000\ud800"] }, new Set(["openapi"]))).toBeUndefined();
  expect(operationRecord([], { client: ["\u0000\ud800"] }, new Set(["openapi"]))).toBeDefined();
});

test("a damaged, cut or emptied store is no store: a change among kept operations gives the run's without memo", async () => {
  const { spec } = await golden();
  const entries = new Map<string, string>();
  const { keys: ownPiecesRead, getNow } = recordingOwnPieces((key) => entries.get(key));
  const memo: Memo = {
    get: async (key) => getNow(key),
    getNow,
    set: async (key, text) => void entries.set(key, text),
  };
  const files = (withMemo: Memo | null) => filesOf(spec, withMemo);
  await files(memo);
  const summary = path.join(spec, EDITED);
  let edit = 0;
  const editOne = async () => {
    edit++;
    await editFile(summary, `(edit ${edit - 1})`, `(edit ${edit})`);
  };
  // The first edit writes the store of every operation; the next reads it and no operation's own entry.
  await editFile(summary, SUMMARY, `${SUMMARY} (edit 0)`);
  await files(memo);
  const storeEntries = () => [...entries].filter(([, text]) => STORE.test(text));
  expect(storeEntries().length).toBe(1);
  ownPiecesRead.length = 0;
  await editOne();
  expect(await files(memo)).toEqual(await files(null));
  expect(ownPiecesRead).toEqual([]);

  const damages: [string, (text: string) => string][] = [
    ["cut short", (text) => text.slice(0, text.length - 100)],
    [
      "a byte of a record changed",
      (text) => `${text.slice(0, -50)}${text.at(-50) === "a" ? "b" : "a"}${text.slice(-49)}`,
    ],
    ["a length of the index changed", (text) => text.replace(/",(\d)/, (_m, d: string) => `",${(Number(d) + 1) % 10}`)],
    ["emptied", () => ""],
    ["the hash alone", (text) => text.slice(0, 64)],
  ];
  for (const [damage, change] of damages) {
    const [[key, text] = ["", ""]] = storeEntries();
    const damaged = change(text);
    expect(damaged, damage).not.toBe(text);
    entries.set(key, damaged);
    ownPiecesRead.length = 0;
    await editOne();
    expect(await files(memo), damage).toEqual(await files(null));
    // The pieces came from each operation's own entry instead.
    expect(ownPiecesRead.length, damage).toBeGreaterThan(1);
  }
});

test("kept in memory (--watch), the store a run writes serves the next without being read back, and stays right through edits", async () => {
  const { root, spec } = await golden();
  const disk = diskMemo(path.join(root, "cache"));
  const bytesRead: string[] = [];
  const { keys: ownPiecesRead, getNow } = recordingOwnPieces((key) => disk.getNow(key));
  const memo = keptInMemory({
    ...disk,
    getBytes(key) {
      const bytes = disk.getBytes(key);
      if (bytes) bytesRead.push(key);
      return bytes;
    },
    async readBytes(key) {
      const bytes = await disk.readBytes(key);
      if (bytes) bytesRead.push(key);
      return bytes;
    },
    getNow,
    get: async (key) => getNow(key),
  });
  const summary = path.join(spec, EDITED);
  await editFile(summary, SUMMARY, `${SUMMARY} (edit 0)`);
  for (let edit = 1; edit <= 3; edit++) {
    ownPiecesRead.length = 0;
    const result = await generateLazily({ specDir: spec, memo });
    const without = await generateShared(spec, root);
    if (!result.ok || !without.ok) throw new Error("the spec does not generate");
    const files = (r: typeof result) => new Map(r.files.map((f) => [f.path, f.content]));
    expect(files(result), `edit ${edit - 1}`).toEqual(files(without));
    // Every run after the first takes the pieces from the store, none from an operation's own entry.
    if (edit > 1) expect(ownPiecesRead.length, `edit ${edit - 1}`).toBe(0);
    await editFile(summary, `(edit ${edit - 1})`, `(edit ${edit})`);
  }
  // The first run emits every operation and keeps the store it makes; the next ones have it in memory.
  expect(bytesRead).toEqual([]);
  // Only a new process reads the store from disk: it is written there once, when the runs are over.
  const storeKey = memoKey("piece-store", generatorFingerprint(), emitters.map((e) => e.name).join(","));
  expect(disk.getBytes(storeKey)).toBeUndefined();
  await flushPutOff(memo);
  expect(Buffer.from(disk.getBytes(storeKey) ?? []).toString("latin1")).toMatch(STORE);
  // A new process reads the store as the last run made it, written in parts to the disk.
  ownPiecesRead.length = 0;
  const cold = await generateLazily({ specDir: spec, memo: { ...disk, getNow, get: async (key) => getNow(key) } });
  const without = await generateShared(spec, root);
  if (!cold.ok || !without.ok) throw new Error("the spec does not generate");
  expect(new Map(cold.files.map((f) => [f.path, f.content]))).toEqual(
    new Map(without.files.map((f) => [f.path, f.content])),
  );
  expect(ownPiecesRead.length).toBe(0);
});

test("a store that lacks an emitter's pieces (written by another generator) is not used for them", async () => {
  const { root, spec } = await golden();
  const memo = memoryMemo();
  const summary = path.join(spec, EDITED);
  await generateLazily({ specDir: spec, memo });
  const storeKey = memoKey("piece-store", generatorFingerprint(), emitters.map((e) => e.name).join(","));
  const store = await openPieceStore(memo, storeKey, new Set());
  expect(store.keys.length).toBeGreaterThan(1);
  const records = store.keys.map((key) => {
    const stored = store.get(key);
    if (!stored) throw new Error(`no record for ${key}`);
    const { reference: _, ...rest } = stored.pieces as Record<string, unknown>;
    return [key, operationRecord(stored.files, rest, new Set()) as Uint8Array] as const;
  });
  await rememberPieceStore(memo, storeKey, records, new Set());
  await editFile(summary, SUMMARY, `${SUMMARY}, edited`);
  const result = await generateLazily({ specDir: spec, memo });
  const without = await generateShared(spec, root);
  if (!result.ok || !without.ok) throw new Error("the spec does not generate");
  expect(new Map(result.files.map((f) => [f.path, f.content]))).toEqual(
    new Map(without.files.map((f) => [f.path, f.content])),
  );
});

test("read ahead from the disk, the store is the one getBytes reads; damaged, cut or emptied, it is no store", async () => {
  const { root, spec } = await golden();
  const cache = path.join(root, "cache");
  const disk = diskMemo(cache);
  const readAhead: string[] = [];
  const { keys: ownPiecesRead, getNow } = recordingOwnPieces((key) => disk.getNow(key));
  const memo: Memo = {
    ...disk,
    getNow,
    get: async (key) => getNow(key),
    getBytes: () => {
      throw new Error("the store is read ahead, not when the emit stage opens it");
    },
    async readBytes(key) {
      const bytes = await disk.readBytes(key);
      if (bytes) readAhead.push(key);
      return bytes;
    },
  };
  const storeKey = memoKey("piece-store", generatorFingerprint(), emitters.map((e) => e.name).join(","));
  const storeFile = path.join(cache, storeKey.slice(0, 2), storeKey);
  const summary = path.join(spec, EDITED);
  const files = (withMemo: Memo | null) => filesOf(spec, withMemo);
  expect(await disk.readBytes(storeKey)).toBeUndefined();
  await files(memo);
  await editFile(summary, SUMMARY, `${SUMMARY} (edit 0)`);
  await files(memo);
  const bytes = await disk.readBytes(storeKey);
  expect(Buffer.from(bytes ?? []).toString("latin1")).toMatch(STORE);
  // As texts, one character a byte: the deep equality of buffers compares them a byte at a time.
  expect(Buffer.from(bytes ?? []).toString("latin1")).toBe(
    Buffer.from(disk.getBytes(storeKey) ?? []).toString("latin1"),
  );
  let edit = 0;
  for (const [damage, change] of [
    ["none", (b: Buffer) => b],
    ["cut short", (b: Buffer) => b.subarray(0, b.length - 100)],
    [
      "a byte of a record changed",
      (b: Buffer) => Buffer.concat([b.subarray(0, -1), Buffer.from([b.at(-1) === 0x61 ? 0x62 : 0x61])]),
    ],
    ["emptied", () => Buffer.alloc(0)],
  ] as const) {
    const stored = await readFile(storeFile);
    await writeFile(storeFile, change(stored));
    readAhead.length = 0;
    ownPiecesRead.length = 0;
    edit++;
    await editFile(summary, `(edit ${edit - 1})`, `(edit ${edit})`);
    expect(await files(memo), damage).toEqual(await files(null));
    // Both read at once: they end in either order.
    expect(readAhead.toSorted(), damage).toEqual([storeKey, changesKey(storeKey)].toSorted());
    // As it was, the store gives every operation's pieces; damaged, they come from each operation's own entry.
    if (damage === "none") expect(ownPiecesRead.length, damage).toBe(0);
    else expect(ownPiecesRead.length, damage).toBeGreaterThan(1);
  }
});

test("few records changed are written beside the whole, which stays as it was; damaged or of another whole, the changes are not used", async () => {
  const asBytes = new Set(["openapi"]);
  const record = (key: string) =>
    [key, operationRecord([key], { openapi: { post: `${key} `.repeat(100) } }, asBytes) as Uint8Array] as const;
  const keys = ["a", "b", "c", "d", "e", "f", "g", "h"];
  const memo = memoryMemo();
  const wholeBytes = () => Buffer.from(memo.getBytes?.("store") ?? []).toString("latin1");
  const post = async (key: string) => {
    const openapi = (await openPieceStore(memo, "store", asBytes)).get(key)?.pieces.openapi as { post: Uint8Array };
    return Buffer.from(openapi.post).toString("utf8");
  };
  await rememberPieceStore(memo, "store", keys.map(record), asBytes);
  const first = wholeBytes();
  const opened = await openPieceStore(memo, "store", asBytes);
  expect(opened.keys).toEqual(keys);

  // One record of eight changed: the changes alone are written, and the store read gives them in the whole's place.
  const edited = keys.map((key) => record(key === "c" ? "c2" : key));
  await rememberPieceStore(memo, "store", edited, asBytes, opened.whole);
  expect(wholeBytes()).toBe(first);
  const changed = await openPieceStore(memo, "store", asBytes);
  expect(changed.keys).toEqual(["a", "b", "c2", "d", "e", "f", "g", "h"]);
  expect(await post("c2")).toBe("c2 ".repeat(100));
  expect(await post("h")).toBe("h ".repeat(100));

  // Damaged, the changes are not used: the whole alone is the store.
  const changes = Buffer.from(memo.getBytes?.(changesKey("store")) ?? []);
  const damaged = Buffer.concat([changes.subarray(0, -1), Buffer.from([(changes.at(-1) ?? 0) ^ 1])]);
  await memo.setBytes?.(changesKey("store"), damaged);
  expect((await openPieceStore(memo, "store", asBytes)).keys).toEqual(keys);
  await memo.setBytes?.(changesKey("store"), changes);
  expect((await openPieceStore(memo, "store", asBytes)).keys).toEqual(changed.keys);

  // Three of eight changed outweigh a quarter of the whole: it is written again, and the changes after it refer to it.
  const many = keys.map((key) => record(["a", "b", "d"].includes(key) ? `${key}3` : key));
  await rememberPieceStore(memo, "store", many, asBytes, changed.whole);
  expect(wholeBytes()).not.toBe(first);
  const rewritten = await openPieceStore(memo, "store", asBytes);
  expect(rewritten.keys).toEqual(many.map(([key]) => key));
  expect(await post("b3")).toBe("b3 ".repeat(100));
  // The changes made against the whole before name it: beside the new whole, they are not used.
  await memo.setBytes?.(changesKey("store"), changes);
  expect((await openPieceStore(memo, "store", asBytes)).keys).toEqual(rewritten.keys);
});
