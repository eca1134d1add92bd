// A memo is a cache: an entry of any kind found damaged (cut short, bytes
// flipped, a length or a digit of its data changed, its file gone) is a miss.
// The run makes again what it held and gives, byte for byte, the output of a
// run without memo: never an error, never a wrong output.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { generateRun } from "../../generator/cli/generate-run.js";
import { sha256 } from "../../generator/memo/content-hash.js";
import { MANIFEST_FILE, manifestText } from "../../generator/write/manifest.js";
import { memoKeysMade } from "../support/memo-keys.js";
import { generateGoldenSpec, goldenRoot } from "../support/generate.js";
import { tempWorkspace } from "../support/temp-spec.js";

/** The ways an entry is damaged: each gives the bytes that replace the entry's, or null to remove its file. */
const DAMAGES: Readonly<Record<string, (bytes: Buffer) => Buffer | null>> = {
  missing: () => null,
  truncated: (bytes) => bytes.subarray(0, bytes.length >> 1),
  // Letters change case, digits and punctuation change: JSON that may still parse, as other data.
  flipped: (bytes) => {
    const copy = Buffer.from(bytes);
    for (const at of [copy.length >> 2, copy.length >> 1, copy.length - 2])
      if (at >= 0) copy.writeUInt8(copy.readUInt8(at) ^ 0x20, at);
    return copy;
  },
  // A number of its data one more: a length in a list of files, a line, a version; the last such in the entry.
  "wrong length": (bytes) => {
    const text = bytes.toString("latin1");
    const lengths = [...text.matchAll(/"bytes":(\d+)/g)];
    const digits = lengths.length > 0 ? lengths : [...text.matchAll(/\d+/g)];
    const last = digits.at(-1);
    if (last?.index === undefined) return Buffer.concat([bytes, Buffer.from("0")]);
    const number = last[1] ?? last[0];
    const at = last.index + last[0].length - number.length;
    return Buffer.from(`${text.slice(0, at)}${BigInt(number) + 1n}${text.slice(at + number.length)}`, "latin1");
  },
};

let root = "";
let pristine = "";
/** The kind of each entry (the first part of its key), as the generator made the keys. */
let kinds = new Map<string, string>();
let reference: Map<string, string>;

beforeAll(async () => {
  ({ root } = await tempWorkspace(path.join(goldenRoot, "spec")));
  pristine = await mkdtemp(path.join(tmpdir(), "sips-damaged-memo-"));
  reference = await referenceTree();
  const first = await memoKeysMade(() => runIn("first", pristine));
  expect(first.result.code).toBe(0);
  kinds = first.kinds;
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(pristine, { recursive: true, force: true });
});

async function runIn(out: string, cacheDir: string | null, check = false) {
  let stdout = "";
  let stderr = "";
  const run = generateRun(
    { spec: "spec", out, check, cacheDir, quiet: false, repeated: false },
    {
      stdout: { write: (t: string) => void (stdout += t) },
      stderr: { isTTY: false, write: (t: string) => void (stderr += t) },
      cwd: root,
    },
  );
  return { code: await run(), stdout, stderr };
}

/**
 * The tree a run without memo writes: the golden spec's files as the worker's shared generation made them (a
 * generation is a function of its input: determinism.test.ts), each as its bytes, and the write stage's manifest.
 */
async function referenceTree(): Promise<Map<string, string>> {
  const { files } = await generateGoldenSpec();
  const tree = new Map(files.map((file) => [file.path, Buffer.from(file.content, "utf8").toString("latin1")]));
  tree.set(MANIFEST_FILE, manifestText(new Map(files.map((file) => [file.path, sha256(file.content)]))));
  return tree;
}

function treeOf(dir: string): Map<string, string> {
  const tree = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) tree.set(path.relative(dir, path.join(entry.parentPath, entry.name)), "");
  }
  for (const file of tree.keys()) tree.set(file, readFileSync(path.join(dir, file), "latin1"));
  return tree;
}

/** The memo's entries (their keys) by kind; the list of an operation's files is under its key, the hash of its inputs. */
function entriesByKind(): Map<string, string[]> {
  const byKind = new Map<string, string[]>();
  for (const folder of readdirSync(pristine)) {
    if (!/^[0-9a-f]{2}$/.test(folder)) continue;
    for (const key of readdirSync(path.join(pristine, folder))) {
      const made = kinds.get(key) ?? "other";
      const kind = /^[0-9a-f]{64}$/.test(made) ? "operation files" : made;
      byKind.set(kind, [...(byKind.get(kind) ?? []), key]);
    }
  }
  return byKind;
}

/**
 * A run of the golden workspace into an empty folder, with a copy of the memo whose entries `keys` are damaged
 * `way`: its output is the run's without memo; `again`: then a run into another empty folder, which finds the
 * entries made anew and says nothing of any (only an entry read after the run began has a note of its own).
 */
async function damagedRun(label: string, keys: readonly string[], way: string, again = false): Promise<void> {
  const damage = DAMAGES[way] as (bytes: Buffer) => Buffer | null;
  const cache = await mkdtemp(path.join(tmpdir(), "sips-damaged-memo-"));
  cpSync(pristine, cache, { recursive: true });
  for (const key of keys) {
    const file = path.join(cache, key.slice(0, 2), key);
    const damaged = damage(readFileSync(file));
    if (damaged === null) rmSync(file);
    else writeFileSync(file, damaged);
  }
  for (const pass of again ? [1, 2] : [1]) {
    const out = `out-${label}-${way}-${pass}`.replace(/\W+/g, "-");
    const run = await runIn(out, cache);
    expect({ label, code: run.code, failed: run.stderr.match(/^.*(failed|Error).*$/m)?.[0] }).toEqual({
      label,
      code: 0,
      failed: undefined,
    });
    if (pass === 2) expect(run.stderr, label).not.toMatch(/missing or damaged/);
    const made = treeOf(path.join(root, out));
    expect([...made.keys()].sort(), label).toEqual([...reference.keys()].sort());
    for (const [file, text] of reference) if (made.get(file) !== text) expect.fail(`${label}, ${way}: ${file} differs`);
    await rm(path.join(root, out), { recursive: true, force: true });
  }
  await rm(cache, { recursive: true, force: true });
}

test("the run with a memo made every kind of entry this test damages", () => {
  const byKind = entriesByKind();
  const made = [
    "parse",
    "operation facts",
    "dictionary facts",
    "operation files",
    "contents",
    "printed",
    "piece-store",
  ];
  for (const kind of made) expect(byKind.get(kind)?.length ?? 0, kind).toBeGreaterThan(0);
});

// An operation's contents are read when a file is written, after the run took the operation from the memo: damaged
// alone, the lists that name them intact, they are found damaged then. Every other kind is read when looked up.
test.each(Object.keys(DAMAGES))("every entry %s, the contents apart from the rest", async (way) => {
  const { contents = [], ...rest } = Object.fromEntries(entriesByKind());
  await damagedRun("every kind but contents", Object.values(rest).flat(), way);
  await damagedRun("contents", contents, way, true);
});

test("each kind of entry alone, a number of its data changed (what still parses, as other data)", async () => {
  for (const [kind, keys] of entriesByKind()) await damagedRun(kind, keys, "wrong length");
});
