// What a whole run made of a spec folder, summarised: its diagnostics and the
// SHA-256 of the manifest of its files (write/manifest.ts: every path with its
// SHA-256), which the output folder's manifest is compared with: the entry
// stays small to read, however many files the run made.
// When the spec folder is byte for byte what a run remembered, the output
// that run gives is known without parsing, checking, modelling or emitting
// anything: a folder that holds exactly that manifest's files is up to date.

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { GeneratedFile } from "../emit/generated-file.js";
import { specFolderKey, specKeysByStat, specKeysOf, type SpecKeys } from "../read/spec-keys.js";
import type { SpecInput } from "../read/spec-files.js";
import { manifestText } from "../write/manifest.js";
import { outputHolds, outputKept } from "../write/output-holds.js";
import { loadStatRecord } from "../write/stat-record.js";
import { nodeFs } from "../write/node-fs.js";
import type { WriteOptions } from "../write/write-output.js";
import { fileHash, sha256 } from "../memo/content-hash.js";
import { generatorFingerprint } from "../memo/fingerprint.js";
import type { Memo } from "../memo/memo.js";
import { memoKey } from "../memo/memo-key.js";

/** A run remembered: what it printed of the spec (warnings only: a run with errors is not remembered) and its manifest. */
export interface RememberedRun {
  readonly diagnostics: readonly Diagnostic[];
  /** The SHA-256 of the text of the run's manifest. */
  readonly manifestHash: string;
  /** How many files the run generated: the manifest's entries. */
  readonly files: number;
}

export interface RunMemo {
  /** The key a run of `input` is remembered under. */
  keyOf(input: SpecInput): string;
  /** The run remembered for the spec folder whose keys are `keys` (spec-keys.ts), or undefined (none, or a damaged entry). */
  recall(keys: SpecKeys): RememberedRun | undefined;
  /**
   * Remembers a successful run's diagnostics and files for `input`. `manifestHash`: the SHA-256 of their
   * manifest's text when the caller knows it (the write stage does), else it is made from the files.
   */
  remember(
    input: SpecInput,
    diagnostics: readonly Diagnostic[],
    files: readonly GeneratedFile[],
    manifestHash?: string,
  ): Promise<void>;
}

/**
 * Runs remembered in `memo`, keyed by the whole spec folder, the generator's
 * fingerprint, the emitters and where the spec is (diagnostics name files
 * relative to `cwd`). A memo that cannot give an entry at once (no getNow)
 * remembers nothing: the lookup must cost no more than a file read.
 */
export function runMemo(memo: Memo, emitterNames: readonly string[], cwd: string, specDir: string): RunMemo | null {
  const getNow = memo.getNow?.bind(memo);
  if (getNow === undefined) return null;
  // A run that misses is remembered under the key its lookup made, when its spec read the same: hashed once.
  let last: { readonly fingerprint: string; readonly keys: SpecKeys; readonly key: string } | undefined;
  const keyFor = (keys: SpecKeys) => {
    const fingerprint = generatorFingerprint();
    if (last === undefined || last.fingerprint !== fingerprint || !sameKeys(last.keys, keys)) {
      const key = memoKey("run", fingerprint, cwd, specDir, ...emitterNames, specFolderKey(keys));
      last = { fingerprint, keys, key };
    }
    return last.key;
  };
  const keyOf = (input: SpecInput) => keyFor(specKeysOf(input));
  return {
    keyOf,
    recall: (keys) => parseEntry(getNow(keyFor(keys))),
    async remember(input, diagnostics, files, known) {
      if (!readCleanly(input)) return;
      const manifestHash = known ?? sha256(manifestText(new Map(files.map((f) => [f.path, fileHash(f)]))));
      const body = JSON.stringify({ diagnostics, files: files.length, manifestHash });
      await memo.set(keyOf(input), `${sha256(body)}\n${body}`);
    },
  };
}

function sameKeys(a: SpecKeys, b: SpecKeys): boolean {
  const samePairs = (x: SpecKeys["yaml"], y: SpecKeys["yaml"]) =>
    x.length === y.length && x.every(([path, key], i) => y[i]?.[0] === path && y[i]?.[1] === key);
  return (
    samePairs(a.yaml, b.yaml) &&
    samePairs(a.pages, b.pages) &&
    a.others.length === b.others.length &&
    a.others.every((other, i) => b.others[i] === other)
  );
}

/**
 * Whether every spec file is clean text. A file whose bytes are not is keyed
 * by its text decoded leniently, which can be a clean file's text (a bad byte
 * reads as U+FFFD): such a run is neither looked up nor remembered, as the
 * parse memo keeps no such file (read/read-documents.ts).
 */
const readCleanly = (input: SpecInput): boolean => input.files.every((f) => f.textProblem === undefined);

/** The run an entry holds: its SHA-256, a newline, then its JSON; anything else (cut, damaged, empty) is a miss. */
export function parseEntry(text: string | undefined): RememberedRun | undefined {
  if (text === undefined || text.length < 65 || text[64] !== "\n") return undefined;
  const body = text.slice(65);
  if (sha256(body) !== text.slice(0, 64)) return undefined;
  try {
    const run = JSON.parse(body) as Partial<RememberedRun>;
    if (!Array.isArray(run.diagnostics) || typeof run.manifestHash !== "string" || typeof run.files !== "number")
      return undefined;
    return { diagnostics: run.diagnostics, manifestHash: run.manifestHash, files: run.files };
  } catch {
    return undefined;
  }
}

/** A run whose output the folder already holds: what it printed of the spec, and how many files it made. */
export interface HeldRun {
  readonly ok: true;
  readonly held: true;
  readonly diagnostics: readonly Diagnostic[];
  readonly files: number;
}

export const isHeld = (result: object): result is HeldRun => "held" in result;

/**
 * The runs of one command (`--check` or a writing run) with a memo: `held`
 * gives the remembered run when the output folder already holds exactly its
 * files (read as the command reads it: outputHolds, outputKept), before the
 * spec folder is read: its key comes from the stats of its files against the
 * record kept in `paths.specRecord` (read/spec-keys.ts), which reads only the
 * files changed since. `remember` keeps every successful run.
 */
export function heldRuns(
  memo: Memo,
  emitterNames: readonly string[],
  paths: {
    readonly cwd: string;
    readonly specDir: string;
    readonly outDir: string;
    readonly specRecord: string | undefined;
  },
  check: boolean,
  options: WriteOptions,
): {
  held(): Promise<HeldRun | undefined>;
  /** Whether a run was remembered for the spec folder as the last held() found it (held or not). */
  seen(): boolean;
  /** The text key of each YAML spec file that the last held() found unchanged since it was keyed (readSpecInput's `known`). */
  unchanged(): ReadonlyMap<string, string>;
  remember: RunMemo["remember"];
} | null {
  const runs = runMemo(memo, emitterNames, paths.cwd, paths.specDir);
  if (runs === null) return null;
  let seen = false;
  let unchanged = new Map<string, string>();
  return {
    async held() {
      const record = loadStatRecord(paths.specRecord, paths.specDir, nodeFs);
      unchanged = new Map();
      const keys = specKeysByStat(paths.specDir, nodeFs, record, unchanged);
      record.save();
      const run = keys && runs.recall(keys);
      seen = run !== undefined;
      if (run === undefined) return undefined;
      const holds = await (check ? outputHolds : outputKept)(paths.outDir, run.manifestHash, options);
      return holds ? { ok: true, held: true, diagnostics: run.diagnostics, files: run.files } : undefined;
    },
    seen: () => seen,
    unchanged: () => unchanged,
    remember: runs.remember,
  };
}
