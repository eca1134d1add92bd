// A run whose spec folder is what a remembered run read skips making the
// files when the output already holds them (generator/cli/run-memo.ts): it
// must print, write and exit exactly as a run without a memo would, whatever
// changed in the spec, the output or the memo meanwhile.
import { spawnSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, expect, test, vi } from "vitest";
import { generateRun } from "../../generator/cli/generate-run.js";
import { parseEntry, runMemo } from "../../generator/cli/run-memo.js";
import * as pipelineModule from "../../generator/cli/run-pipeline.js";
import { EMITTER_NAMES } from "../../generator/emit/emitter-names.js";
import { emitters } from "../../generator/emit/registry.js";
import { sha256 } from "../../generator/memo/content-hash.js";
import * as fingerprintModule from "../../generator/memo/fingerprint.js";
import { diskMemo } from "../../generator/memo/disk-memo.js";
import { memoKey } from "../../generator/memo/memo-key.js";
import { specInputKey } from "../../generator/read/input-keys.js";
import { MARGIN_MS } from "../../generator/memo/settled-stat.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { specKeysOf } from "../../generator/read/spec-keys.js";
import { generateShared, goldenRoot } from "../support/generate.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

/**
 * A workspace of the golden fixture's spec (every feature of the format in three operations): the claims here hold
 * for any spec, and its runs cost a third of the repository spec's.
 */
const goldenWorkspace = () => tempWorkspace(path.join(goldenRoot, "spec"));
/** The pipeline's own generateFromInput, which the runs with a memo call. */
const realGenerateFromInput = pipelineModule.generateFromInput;
/** Workspaces made by a test, removed after it. */
const workspaces: string[] = [];
/**
 * One memo for every workspace of this file, as copies of a project may share
 * one: a run is remembered under its own working directory and spec folder, so
 * workspaces do not see each other's runs, and only the first workspace is
 * made with an empty memo.
 */
let cache = "";
/** Workspaces whose stats the records know (agedWorkspaces), removed after the file. */
const aged: string[] = [];
/**
 * Four workspaces generated, then checked once their files are older than the
 * stat records' margin: the records then vouch for every spec and output file.
 * Made first, they age while the other tests run: their tests come last, where
 * the worker would otherwise wait out the margin with nothing to do. Only the
 * fingerprint's test comes after them, once no aged run is under way that its
 * other generator could remember.
 */
let agedWorkspaces: Promise<readonly string[]>;
beforeAll(async () => {
  // A run without a memo (the reference each run with one is held to) generates its spec as generateShared does,
  // shared by the runs of the same spec text: generation is a function of its input (determinism.test.ts), so the
  // twins of one spec need not each pay for it; what they find in their output folder is still theirs. Runs with
  // a memo use the real stages. A spy on the module the runs load their stages from, not a mock: a mock would
  // need the modules that import it loaded afresh, and every later test file of the worker with them.
  vi.spyOn(pipelineModule, "generateFromInput").mockImplementation((input, selected, memo, ...rest) =>
    memo === null || memo === undefined
      ? generateShared(input.specDir, path.dirname(input.specDir))
      : realGenerateFromInput(input, selected, memo, ...rest),
  );
  cache = await mkdtemp(path.join(tmpdir(), "sips-run-memo-"));
  // Made before any test runs, so that it is the one run made with an empty memo: a test's run alongside it
  // would fill the memo a second time.
  const first = await generatedWorkspace(aged);
  agedWorkspaces = (async () => {
    const roots = [first];
    for (let i = 1; i < 4; i++) roots.push(await generatedWorkspace(aged));
    await new Promise((resolve) => setTimeout(resolve, MARGIN_MS + 100));
    for (const root of roots) expect((await runIn(root, true, cache)).code).toBe(0);
    return roots;
  })();
});
afterAll(async () => {
  vi.restoreAllMocks();
  for (const root of aged) await rm(root, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
});
afterEach(async () => {
  for (const root of workspaces.splice(0)) await rm(root, { recursive: true, force: true });
});

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function runIn(root: string, check: boolean, cacheDir: string | null): Promise<Outcome> {
  let stdout = "";
  let stderr = "";
  const run = generateRun(
    { spec: "spec", out: "generated", check, cacheDir, quiet: false, repeated: false },
    {
      stdout: { write: (t: string) => void (stdout += t) },
      stderr: { isTTY: false, write: (t: string) => void (stderr += t) },
      cwd: root,
    },
  );
  return { code: await run(), stdout, stderr };
}

/** Every file under `dir` (its path -> its text), read synchronously: a fifth of the time of one await per file. */
function treeOf(dir: string): Map<string, string> {
  const tree = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    tree.set(path.relative(dir, file), readFileSync(file, "utf8"));
  }
  return tree;
}

/** A workspace generated once with the shared memo: the memo then remembers that run. */
async function generatedWorkspace(removed: string[] = workspaces): Promise<string> {
  const { root } = await goldenWorkspace();
  removed.push(root);
  expect((await runIn(root, false, cache)).code).toBe(0);
  return root;
}

/**
 * Rewrites `file` with `edit` of its text, of the same size in bytes, then
 * sets its access and modification times back (through a reference file made
 * in `root`): only its change time tells that it changed.
 */
async function editKeepingTimes(root: string, file: string, edit: (text: string) => string): Promise<void> {
  const reference = path.join(root, "reference");
  await writeFile(reference, "");
  expect(spawnSync("touch", ["-r", file, reference]).status).toBe(0);
  const text = await readFile(file, "utf8");
  const same = edit(text);
  expect(same).not.toBe(text);
  expect(Buffer.byteLength(same)).toBe(Buffer.byteLength(text));
  await writeFile(file, same);
  expect(spawnSync("touch", ["-r", reference, file]).status).toBe(0);
  expect((await stat(file)).mtimeMs).toBe((await stat(reference)).mtimeMs);
  await rm(reference);
}

/** The key the memo remembers the spec of `root` under, and the entry's file. */
async function entryOf(root: string): Promise<{ key: string; file: string }> {
  const runs = runMemo(diskMemo(cache), EMITTER_NAMES, root, path.join(root, "spec"));
  const key = runs?.keyOf(await readSpecInput(path.join(root, "spec"), root)) ?? "";
  return { key, file: path.join(cache, key.slice(0, 2), key) };
}

/**
 * Runs the command in `root` with its memo, and in a copy made just before
 * without one: same exit code, same messages, same files after. A check
 * writes nothing, with a memo or without: its run without one is made in
 * `root` itself, first, and `root` must hold the same files after each run.
 */
async function expectSameAsWithoutMemo(root: string, check: boolean): Promise<Outcome> {
  if (check) {
    const before = treeOf(root);
    const without = await runIn(root, true, null);
    expect(treeOf(root)).toEqual(before);
    const withMemo = await runIn(root, true, cache);
    expect(withMemo).toEqual(without);
    expect(treeOf(root)).toEqual(before);
    return withMemo;
  }
  const twin = await mkdtemp(path.join(tmpdir(), "sips-twin-"));
  // Copied synchronously: fs/promises' cp awaits each of its many steps, some twice as long in all.
  cpSync(root, twin, { recursive: true });
  const [withMemo, without] = [await runIn(root, false, cache), await runIn(twin, false, null)];
  // Messages that name a folder name it by its absolute path.
  const inRoot = (o: Outcome, dir: string) => ({ ...o, stderr: o.stderr.replaceAll(dir, "<root>") });
  expect(inRoot(withMemo, root)).toEqual(inRoot(without, twin));
  expect(treeOf(root)).toEqual(treeOf(twin));
  await rm(twin, { recursive: true, force: true });
  return withMemo;
}

test("nothing changed: the remembered run is used, and says what a run without a memo says", async () => {
  const root = await generatedWorkspace();
  const { file } = await entryOf(root);
  const entry = parseEntry(await readFile(file, "utf8"));
  const manifest = await readFile(path.join(root, "generated/.manifest.json"), "utf8");
  // The fixture's warnings (examples it leaves out) are remembered with the run, as the run gives them.
  const made = await generateShared(path.join(root, "spec"), root);
  expect(made.diagnostics.length).toBeGreaterThan(0);
  expect(entry).toEqual({
    diagnostics: made.diagnostics,
    manifestHash: sha256(manifest),
    files: Object.keys(JSON.parse(manifest).files).length,
  });
  expect((await expectSameAsWithoutMemo(root, true)).stdout).toMatch(/^generated\/ is up to date \(\d+ files\)\.\n$/);
  expect((await expectSameAsWithoutMemo(root, false)).stdout).toMatch(/0 added, 0 changed, 0 removed, \d+ unchanged/);
  // The entry is what the run printed: a warning planted in it is printed, so nothing else was made.
  const planted = { code: "missing-example", severity: "warning", file: "x.yaml", line: 1, column: 1 };
  const body = JSON.stringify({ ...entry, diagnostics: [{ ...planted, message: "planted", related: [] }] });
  await writeFile(file, `${sha256(body)}\n${body}`);
  for (const check of [true, false])
    expect((await runIn(root, check, cache)).stderr).toBe("x.yaml:1:1 warning missing-example planted\n");
});

test("a file removed from the output, or one added to it: the same outcome with the memo as without", async () => {
  // One workspace through the four states: a check, then the run that writes, on each change (a check writes nothing).
  const root = await generatedWorkspace();
  await rm(path.join(root, "generated/operations/cardCheck/seal.ts"));
  for (const check of [true, false]) expect((await expectSameAsWithoutMemo(root, check)).code).toBe(check ? 1 : 0);
  await writeFile(path.join(root, "generated/operations/cardCheck/notes.md"), "mine\n");
  for (const check of [true, false]) expect((await expectSameAsWithoutMemo(root, check)).code).toBe(1);
});

test("a spec file changed: the run remembered for the old spec is not the new one's", async () => {
  const root = await generatedWorkspace();
  await editFile(path.join(root, "spec/sips.yaml"), "\n", "\n# edited\n");
  await editFile(path.join(root, "spec/dictionary/fields.yaml"), "description: ", "description: Edited. ");
  // The check first: it writes nothing, so the run that writes finds the output of the old spec.
  for (const check of [true, false]) expect((await expectSameAsWithoutMemo(root, check)).code).toBe(check ? 1 : 0);
});

test("the shared files are remembered whole for a spec made again, not on each edit: the same outcome with the memo as without", async () => {
  const root = await generatedWorkspace();
  const spec = path.join(root, "spec");
  await editFile(path.join(spec, "operations/office/cardRefund.yaml"), "summary: ", "summary: Shared whole. ");
  const sharedEntry = async () => {
    const names = emitters.map((e) => e.name).join(",");
    const specKey = specInputKey(await readSpecInput(spec, root));
    return diskMemo(cache).getNow(memoKey("shared", fingerprintModule.generatorFingerprint(), names, specKey));
  };
  expect((await expectSameAsWithoutMemo(root, false)).code).toBe(0);
  expect(await sharedEntry()).toBeUndefined();
  // The same spec again, its output no longer held: the run memo knows the spec, and the shared files are remembered.
  await rm(path.join(root, "generated/openapi.json"));
  expect((await expectSameAsWithoutMemo(root, false)).code).toBe(0);
  expect(await sharedEntry()).toBeDefined();
  await rm(path.join(root, "generated/openapi.json"));
  expect((await expectSameAsWithoutMemo(root, true)).code).toBe(1);
});

test("bytes that are not UTF-8, decoded as a clean file's text (U+FFFD): the run remembered for that file is not used", async () => {
  for (const check of [true, false]) {
    const { root } = await goldenWorkspace();
    workspaces.push(root);
    const fields = path.join(root, "spec/dictionary/fields.yaml");
    await editFile(fields, "description: ", "description: Replacement \uFFFD character. ");
    expect((await runIn(root, false, cache)).code).toBe(0);
    // The same text once decoded leniently: the three bytes of U+FFFD become one byte that is not UTF-8.
    const bytes = await readFile(fields);
    const at = bytes.indexOf(Buffer.from("\uFFFD"));
    expect(at).toBeGreaterThan(0);
    await writeFile(fields, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe9]), bytes.subarray(at + 3)]));
    const outcome = await expectSameAsWithoutMemo(root, check);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain("bad-encoding");
  }
});

test("a spec with warnings only: the remembered run prints them, in the same order", async () => {
  const root = await generatedWorkspace();
  const lists = path.join(root, "spec/dictionary/lists.yaml");
  const unused = (name: string) =>
    `  ${name}:\n    description: Not used.\n    values:\n      A:\n        meaning: A.\n`;
  await editFile(lists, "valueLists:\n", `valueLists:\n${unused("unusedOne")}${unused("unusedTwo")}`);
  const first = await runIn(root, false, cache);
  expect(first.stderr.match(/ warning /g)?.length).toBeGreaterThanOrEqual(2);
  const entry = parseEntry(await readFile((await entryOf(root)).file, "utf8"));
  expect(entry?.diagnostics.length).toBe(first.stderr.match(/ warning /g)?.length);
  for (const check of [true, false]) expect((await expectSameAsWithoutMemo(root, check)).stderr).toBe(first.stderr);
});

test("a spec that changed between the lookup and the read: the run is remembered under the key of what was read", async () => {
  const { root, spec } = await goldenWorkspace();
  workspaces.push(root);
  const looked = await readSpecInput(spec, root);
  const [first, ...rest] = looked.files;
  if (first === undefined) throw new Error("an empty spec");
  const read = { ...looked, files: [{ ...first, text: `${first.text}\n# edited\n` }, ...rest] };
  const runs = runMemo(diskMemo(cache), EMITTER_NAMES, root, spec);
  expect(runs?.recall(specKeysOf(looked))).toBeUndefined();
  await runs?.remember(read, [], [], "a".repeat(64));
  const fresh = runMemo(diskMemo(cache), EMITTER_NAMES, root, spec);
  expect(fresh?.recall(specKeysOf(looked))).toBeUndefined();
  expect(fresh?.recall(specKeysOf(read))).toEqual({ diagnostics: [], manifestHash: "a".repeat(64), files: 0 });
});

test("a damaged, cut or empty entry is a miss: the run is made in full", async () => {
  const damages = [
    (text: string) => text.replace('"files":', '"filez":'),
    (text: string) => text.slice(0, text.length / 2),
    () => "",
    (text: string) => `${"0".repeat(64)}${text.slice(64)}`,
  ];
  const root = await generatedWorkspace();
  const { file } = await entryOf(root);
  const seal = path.join(root, "generated/operations/cardCheck/seal.ts");
  for (const damage of damages) {
    expect(parseEntry(await readFile(file, "utf8"))).toBeDefined();
    await writeFile(file, damage(await readFile(file, "utf8")));
    expect(parseEntry(await readFile(file, "utf8"))).toBeUndefined();
    // Edited by hand as well, so that a damaged entry taken for good would say otherwise.
    await writeFile(seal, "// mine\n");
    expect((await expectSameAsWithoutMemo(root, true)).code).toBe(1);
    // The output made again for the next damage: its run is remembered anew.
    expect((await runIn(root, false, cache)).code).toBe(0);
  }
});

test("a remembered run is keyed by the name of every emitter of the registry, in its order", () => {
  expect(EMITTER_NAMES).toEqual(emitters.map((e) => e.name));
});

test("a hand edit that keeps the size and the modification time, once the output's stats are recorded: found with the memo as without", async () => {
  const roots = (await agedWorkspaces).slice(0, 2);
  for (const [i, check] of [true, false].entries()) {
    const root = roots[i] ?? "";
    const edited = path.join(root, "generated/operations/cardCheck/types.ts");
    await editKeepingTimes(root, edited, (text) => text.replace("export", "EXPORT"));
    const outcome = await expectSameAsWithoutMemo(root, check);
    expect(outcome.code).toBe(check ? 1 : 0);
    expect(check ? outcome.stderr : outcome.stdout).toContain("cardCheck/types.ts");
  }
});

test("a spec edit that keeps the size and the modification time, once the spec's stats are recorded: the same outcome with the memo as without", async () => {
  const roots = (await agedWorkspaces).slice(2, 4);
  for (const [i, check] of [true, false].entries()) {
    const root = roots[i] ?? "";
    const edited = path.join(root, "spec/dictionary/fields.yaml");
    await editKeepingTimes(root, edited, (text) => text.replace("description: ", "description: X").replace(/\n$/, ""));
    const outcome = await expectSameAsWithoutMemo(root, check);
    expect(outcome.code).toBe(check ? 1 : 0);
    expect(check ? outcome.stderr : outcome.stdout).not.toBe("");
  }
});

test("a new generator (another fingerprint) does not use the runs the old one remembered", async () => {
  const root = await generatedWorkspace();
  const before = await entryOf(root);
  const fingerprint = fingerprintModule.generatorFingerprint();
  const newGenerator = vi.spyOn(fingerprintModule, "generatorFingerprint").mockReturnValue(`${fingerprint}+new`);
  try {
    expect((await entryOf(root)).key).not.toBe(before.key);
    expect((await expectSameAsWithoutMemo(root, true)).code).toBe(0);
    await expect(stat((await entryOf(root)).file)).resolves.toBeDefined();
  } finally {
    newGenerator.mockRestore();
  }
});
