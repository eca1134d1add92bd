// For a process that generates again and again (--watch): its first run
// finds everything in the memo, so the code a save runs (the YAML parser, the
// schema checks, the model, every emitter) would be compiled by the first
// save, which then cost far more than the others. A run of the pipeline, in
// memory and without the memo, over a small part of the spec compiles it
// before the watch starts. So does a write from each buffer the saves write
// from (the kept buffers of files made as bytes, the write stage's buffer for
// long texts): on a virtual machine, the first time the kernel reads a buffer of
// megabytes costs some 5 ms a megabyte (openapi.json's 16 MB: 70-100 ms of
// the first save), later times a tenth of that.

import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { SpecInput } from "../read/spec-files.js";
import { keptWriteBuffers } from "../write/write-fs.js";

type Pipeline = typeof import("./run-pipeline.js");

/**
 * The platform file, the dictionary and one operation of `input` (the first),
 * with every page and other path, so that its references resolve: what a
 * save that changed one operation parses, checks, models and emits.
 */
export function sampleOf(input: SpecInput): SpecInput {
  const first = input.files.find((f) => f.kind === "operation");
  return { ...input, files: input.files.filter((f) => f.kind !== "operation" || f === first) };
}

/**
 * Runs the stages once over sampleOf(input), keeping nothing (no memo, no kept
 * model; the result is dropped), then has the kernel read each buffer kept
 * for `owner` (the memo kept in memory), if any.
 */
export async function warmUp(pipeline: Pipeline, input: SpecInput, owner: object | null): Promise<void> {
  await pipeline.generateFromInput(sampleOf(input), pipeline.emitters, null, null);
  if (owner !== null) readByKernel([...pipeline.keptBuffersOf(owner), ...keptWriteBuffers(TEXT_BYTES)]);
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
