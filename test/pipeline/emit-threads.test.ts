// The emit stage on two threads (generator/emit/emit-threads.ts) gives what
// it gives on one: each operation's files and pieces, and so the output, the
// diagnostics and the memo of a run.
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { emitEach } from "../../generator/emit/emit-threads.js";
import type { GeneratedFile } from "../../generator/emit/generated-file.js";
import { filesAsBytes } from "../../generator/emit/files-as-bytes.js";
import { listOf } from "../../generator/emit/listed-file.js";
import { madeOperation, type MadeOperation } from "../../generator/emit/made-operation.js";
import { operationRecord } from "../../generator/emit/piece-record.js";
import { emitters } from "../../generator/emit/registry.js";
import { diskMemo, generateFromInput } from "../../generator/index.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { threadsFromBundles } from "../support/bundled-threads.js";
import { generateGoldenSpec, goldenRoot } from "../support/generate.js";
import { parsedAnew } from "../support/shared-parses.js";

// The threads from their bundles, as the command starts them: fresh, and without tsx in each.
threadsFromBundles();

const filesOf = (made: MadeOperation | undefined) =>
  made?.files.map((f: GeneratedFile) => ({ path: f.path, language: f.language, content: f.content }));

test("operations emitted on two threads, each taking a share, give what each gives on one, and the second thread's their records in the store of pieces", async () => {
  const { model } = await generateGoldenSpec();
  const scopes = model.operations.map((operation) => ({ operation, platform: model.platform }));
  expect(scopes.length).toBeGreaterThan(2);
  let handOver = () => {};
  const handedOver = new Promise<void>((resolve) => (handOver = resolve));
  let fromThread = 0;
  const made = new Map<number, MadeOperation>();
  const threads = {
    atLeast: 2,
    made: () => {
      fromThread++;
      handOver();
    },
  };
  // As the emit stage asks with a memo: the emitters whose pieces a record keeps as bytes.
  const asBytes = new Set(emitters.filter((e) => e.pieces?.bytes).map((e) => e.name));
  await emitEach(
    scopes,
    emitters,
    threads,
    async (index, operation) => {
      expect(made.has(index)).toBe(false);
      made.set(index, operation);
      // The main thread holds its first operation until the other thread hands one over: both take a share.
      if (index === 0) await handedOver;
    },
    asBytes,
  );
  expect(fromThread).toBeGreaterThan(0);
  expect(fromThread).toBeLessThan(scopes.length);
  for (const [index, scope] of scopes.entries()) {
    const alone = await madeOperation(scope, emitters);
    expect(filesOf(made.get(index)), scope.operation.name).toEqual(filesOf(alone));
    expect(made.get(index)?.pieces, scope.operation.name).toEqual(alone.pieces);
    // The record the main thread would make in the store of pieces after the emit stage, made there already.
    const record = made.get(index)?.record;
    if (record) {
      const here = operationRecord(listOf(filesAsBytes(alone.files).files), alone.pieces, asBytes);
      expect(Buffer.from(record).equals(Buffer.from(here ?? [])), scope.operation.name).toBe(true);
    }
  }
  expect([...made.values()].filter((m) => m.record !== undefined)).toHaveLength(fromThread);
}, 120_000);

/** Every entry of a memo's folder, by its path there. */
async function entries(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const all = names.map(async (e) => {
    const file = path.join(e.parentPath, e.name);
    return [path.relative(dir, file), (await readFile(file)).toString("base64")] as const;
  });
  return Object.fromEntries(await Promise.all(all));
}

test("a run that may parse and emit on two threads gives the files, diagnostics and memo of a run on one", async () => {
  // Parsed anew: the tests' shared parser stands in for parseSpecFile, and the read starts no thread beside it.
  const runs = await parsedAnew(() =>
    Promise.all(
      [null, { parse: { atLeast: 1 }, emit: { atLeast: 1 } }].map(async (threads) => {
        const memoDir = await mkdtemp(path.join(tmpdir(), "emit-threads-"));
        const input = await readSpecInput(path.join(goldenRoot, "spec"), goldenRoot);
        const result = await generateFromInput(input, emitters, diskMemo(memoDir), null, { threads });
        if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
        const files = result.files.map((f) => ({ path: f.path, content: f.content }));
        return { files, diagnostics: result.diagnostics, memo: await entries(memoDir) };
      }),
    ),
  );
  const [one, two] = runs;
  expect(two?.files).toEqual(one?.files);
  expect(two?.diagnostics).toEqual(one?.diagnostics);
  expect(two?.memo).toEqual(one?.memo);
}, 120_000);
