// For a process that generates again and again (--watch): its first run
// finds everything in the memo, so the code a save runs (the YAML parser, the
// schema checks, the model, every emitter, the splicing and assembly of the
// shared files) would be compiled by the first saves, which then cost far
// more than the others, and the engine optimises a function only once it has
// run often enough. Before the watch starts, the save itself is run in
// memory: the first operation's summary edited, then the spec as it is again,
// each a whole run on the kept state and the memo, emitted and not written.
// The last run leaves the kept state as the first run left it, so the first
// save compares with what the spec really gives. A write from each buffer the
// saves write from follows (the kept buffers of files made as bytes, the write
// stage's buffer for long texts): on a virtual machine, the first time the
// kernel reads a buffer of megabytes costs some 5 ms a megabyte
// (openapi.json's 16 MB: 70-100 ms of the first save), later times a tenth of that.

import { randomBytes } from "node:crypto";
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Memo } from "../memo/memo.js";
import type { KeptModels } from "../model/kept-models.js";
import type { SpecInput } from "../read/spec-files.js";
import { keptWriteBuffers } from "../write/node-fs.js";

type Pipeline = typeof import("./run-pipeline.js");

/** Edited saves run before the spec as it is: the engine optimises what has run a few times. */
export const WARM_EDITS = 2;

/** A summary's value, plain or quoted: what edited() prefixes. */
const SUMMARY = /^summary: (["']?)(?=[\p{L}\p{N}])/mu;

/**
 * `input` with the summary of its first operation prefixed by `mark`, as a
 * one-field edit changes it; undefined when that file has no summary line
 * whose value starts with a letter or a digit (plain or quoted).
 */
export function edited(input: SpecInput, mark: string): SpecInput | undefined {
  const first = input.files.find((f) => f.kind === "operation");
  if (first === undefined || !SUMMARY.test(first.text)) return undefined;
  const file = { ...first, text: first.text.replace(SUMMARY, (line) => `${line}${mark} `) };
  return { ...input, files: input.files.map((f) => (f === first ? file : f)) };
}

/**
 * Runs the stages as a save does, with `memo` and `models` (what the runs
 * keep), WARM_EDITS times on edited(input), then once on `input`, keeping no
 * result; then has the kernel read each buffer kept for `memo`. Without a
 * memo a save runs what the first run ran: nothing to do.
 */
export async function warmUp(
  pipeline: Pipeline,
  input: SpecInput,
  memo: Memo | null,
  models: KeptModels | null,
): Promise<void> {
  if (memo === null) return;
  // A text no run has made: one the memo knows would be parsed and checked by no one, and compile nothing.
  const unique = randomBytes(6).toString("hex");
  for (let i = 1; i <= WARM_EDITS; i++) {
    const edit = edited(input, `Edit ${i} ${unique}`);
    if (edit !== undefined) await pipeline.generateFromInput(edit, pipeline.emitters, memo, models);
  }
  await pipeline.generateFromInput(input, pipeline.emitters, memo, models);
  readByKernel([...pipeline.keptBuffersOf(memo), ...keptWriteBuffers(TEXT_BYTES)]);
}

/** Room for the long texts a save writes (the manifest, the reference index, mock.ts: 1.4 MB and less for 1,000 operations). */
const TEXT_BYTES = 4 << 20;

/** A megabyte: what the scratch file holds at most. */
const CHUNK = 1 << 20;

/**
 * Has the kernel read every byte of `buffers`: written, a megabyte at a time,
 * over the start of a scratch file in a folder of its own under the system's
 * temporary folder, removed at once.
 */
export function readByKernel(buffers: readonly Uint8Array[]): void {
  if (buffers.length === 0) return;
  const dir = mkdtempSync(path.join(tmpdir(), "sips-json-warm-"));
  try {
    const fd = openSync(path.join(dir, "scratch"), "wx");
    try {
      for (const buffer of buffers)
        for (let at = 0; at < buffer.length; at += CHUNK)
          writeSync(fd, buffer, at, Math.min(CHUNK, buffer.length - at), 0);
    } finally {
      closeSync(fd);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
