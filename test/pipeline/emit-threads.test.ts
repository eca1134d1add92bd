// The emit stage on two threads (generator/emit/emit-threads.ts) gives what
// it gives on one: each operation's files and pieces, and so the output, the
// diagnostics and the memo of a run.
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { emitEach } from "../../generator/emit/emit-threads.js";
import type { GeneratedFile, OperationScope } from "../../generator/emit/generated-file.js";
import { filesAsBytes } from "../../generator/emit/files-as-bytes.js";
import { listOf } from "../../generator/emit/listed-file.js";
import { madeOperation, type MadeOperation } from "../../generator/emit/made-operation.js";
import { operationRecord } from "../../generator/emit/piece-record.js";
import { emitters } from "../../generator/emit/registry.js";
import { diskMemo, generateFromInput, type Threads } from "../../generator/index.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { threadsFromBundles } from "../support/bundled-threads.js";
import { generateGoldenSpec, goldenRoot } from "../support/generate.js";
import { parsedAnew } from "../support/shared-parses.js";

// The threads from their bundles, as the command starts them: fresh, and without tsx in each.
threadsFromBundles();

/** As claims.ts marks an operation the second thread claimed. */
const BY_SECOND = 2;
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * `run` with the emitters given, the first operation the main thread emits
 * held (blocking it, as a long operation does) until the emit thread has
 * claimed one: on the golden spec the main thread would otherwise claim them
 * all before the thread is ready, and the thread's records would never reach
 * the store. The claims (threads/claims.ts) are the last shared buffer made
 * before that operation (no module is mocked: the tests share their modules).
 */
async function heldUntilTheThreadClaims<T>(run: (selected: typeof emitters) => Promise<T>): Promise<T> {
  const made: SharedArrayBuffer[] = [];
  const Shared = globalThis.SharedArrayBuffer;
  globalThis.SharedArrayBuffer = class extends Shared {
    constructor(...args: ConstructorParameters<typeof Shared>) {
      super(...args);
      made.push(this);
    }
  };
  let held = false;
  const hold = () => {
    const last = made.at(-1);
    if (held || last === undefined) return;
    held = true;
    const claims = new Int32Array(last);
    const claimed = () => Array.from({ length: claims.length }, (_, i) => Atomics.load(claims, i)).includes(BY_SECOND);
    // Bounded only so that a thread that never starts fails the test rather than hangs it.
    for (const until = Date.now() + 60_000; !claimed() && Date.now() < until;) Atomics.wait(pause, 0, 0, 10);
  };
  try {
    return await run(
      emitters.map((e) => {
        const operation = e.operation;
        if (!operation) return e;
        return {
          ...e,
          operation: (scope: OperationScope) => {
            hold();
            return operation(scope);
          },
        };
      }),
    );
  } finally {
    globalThis.SharedArrayBuffer = Shared;
  }
}

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
    return [path.relative(dir, file), unstamped(await readFile(file)).toString("base64")] as const;
  });
  return Object.fromEntries(await Promise.all(all));
}

/** A stamp ending an entry's index line: the store of pieces' changes name its file's (device, inode, times). */
const STAMP = /,\["\d+","\d+","\d+","\d+","\d+"\]\]$/;

/** An entry, the stamp its index names, and its hash of the rest, left out: each run's file has a stamp of its own. */
function unstamped(bytes: Buffer): Buffer {
  const lineEnd = bytes.indexOf(0x0a, 65);
  if (bytes[64] !== 0x0a || lineEnd < 0) return bytes;
  const line = bytes.toString("latin1", 65, lineEnd);
  const stamp = STAMP.exec(line);
  if (!stamp) return bytes;
  return Buffer.concat([Buffer.from(`${line.slice(0, stamp.index)}]`, "latin1"), bytes.subarray(lineEnd)]);
}

test("a run that may parse and emit on two threads gives the files, diagnostics and memo of a run on one", async () => {
  // Parsed anew: the tests' shared parser stands in for parseSpecFile, and the read starts no thread beside it.
  // One after the other: the run on two threads holds the main thread until its emit thread claims an operation.
  let fromThread = 0;
  const run = async (threads: Threads | null, selected = emitters) => {
    const memoDir = await mkdtemp(path.join(tmpdir(), "emit-threads-"));
    const input = await readSpecInput(path.join(goldenRoot, "spec"), goldenRoot);
    const result = await generateFromInput(input, selected, diskMemo(memoDir), null, { threads });
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
    const files = result.files.map((f) => ({ path: f.path, content: f.content }));
    return { files, diagnostics: result.diagnostics, memo: await entries(memoDir) };
  };
  const one = await parsedAnew(() => run(null));
  const made = () => void fromThread++;
  const threads = { parse: { atLeast: 1 }, emit: { atLeast: 1, made } };
  const two = await parsedAnew(() => heldUntilTheThreadClaims((selected) => run(threads, selected)));
  // The emit thread made operations, whose records in the store of pieces it made too: the memo holds them.
  expect(fromThread).toBeGreaterThan(0);
  expect(two?.files).toEqual(one?.files);
  expect(two?.diagnostics).toEqual(one?.diagnostics);
  expect(two?.memo).toEqual(one?.memo);
}, 120_000);
