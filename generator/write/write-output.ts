import { mkdir, readdir, rename, rm, rmdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { GeneratedFile } from "../emit/generated-file.js";
import { compareOutput, type OutputChange } from "./compare-output.js";
import { assertSafePath, isGeneratedText, readOutputDir } from "./output-dir.js";

export interface WriteReport {
  readonly changes: readonly OutputChange[];
  readonly unchanged: number;
}

/**
 * Brings `outDir` to exactly `files`, touching only what changed. Every new
 * content is first written beside its target; only when all of it is on disk
 * are the files renamed into place, so a failure while writing (a full disk)
 * leaves the previous output as it was. Files the generator did not write are
 * never removed: their presence is an error instead.
 */
export async function writeOutput(outDir: string, files: readonly GeneratedFile[]): Promise<WriteReport> {
  for (const file of files) assertSafePath(file.path);
  const onDisk = await readOutputDir(outDir);
  const changes = compareOutput(onDisk, files);
  // A file without the generated mark is someone's: neither removed nor replaced.
  const foreign = changes.filter((c) => c.kind !== "added" && c.before !== null && !isGeneratedText(c.before));
  if (foreign.length > 0) {
    throw new Error(`${outDir} holds files the generator did not write; move them out first: ${foreign.map((c) => c.path).join(", ")}`);
  }
  const staged: { temp: string; target: string }[] = [];
  try {
    for (const change of changes) {
      if (change.after === null) continue;
      const target = path.join(outDir, change.path);
      const temp = `${target}.${process.pid}.tmp`;
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(temp, change.after, "utf8");
      staged.push({ temp, target });
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
  try {
    for (const { temp, target } of staged) await rename(temp, target);
  } finally {
    // A rename that failed part-way leaves no temporary file behind.
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
  }
  for (const change of changes) {
    if (change.after === null) await rm(path.join(outDir, change.path), { force: true });
  }
  await mkdir(outDir, { recursive: true });
  await removeEmptyDirs(outDir);
  return { changes, unchanged: files.length - changes.filter((c) => c.after !== null).length };
}

async function removeEmptyDirs(dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const sub = path.join(dir, entry.name);
    await removeEmptyDirs(sub);
    if ((await readdir(sub)).length === 0) await rmdir(sub);
  }
}
