import path from "node:path";
import { errorCode, exists, type WriteFs } from "./write-fs.js";

/**
 * The output folder is replaced as a whole: the new tree is built complete in
 * a sibling folder (same file system, so renames are atomic), then
 *
 *   out -> backup,  staging -> out,  remove backup
 *
 * A run killed between any two steps leaves a state that `recover` brings back
 * to one whole tree before anything else happens.
 */
export const stagingPathOf = (outDir: string): string => `${outDir}.sips-json-staging`;
export const backupPathOf = (outDir: string): string => `${outDir}.sips-json-backup`;

/**
 * Finishes or undoes what a killed or failed run left, so that `outDir` is one
 * whole tree again. The backup exists only once the staging tree was complete,
 * so a backup beside a staging tree means: roll forward; a staging tree alone
 * may be half-written: remove it.
 */
export async function recover(outDir: string, fs: WriteFs): Promise<void> {
  const staging = stagingPathOf(outDir);
  const backup = backupPathOf(outDir);
  const [hasOut, hasStaging, hasBackup] = [
    await exists(fs, outDir),
    await exists(fs, staging),
    await exists(fs, backup),
  ];
  if (hasBackup && !hasOut) await fs.rename(hasStaging ? staging : backup, outDir);
  if (await exists(fs, backup)) await fs.rm(backup, { recursive: true, force: true });
  if (await exists(fs, staging)) await fs.rm(staging, { recursive: true, force: true });
}

/** Puts the complete tree at `staging` in the place of `outDir`. */
export async function swapIn(outDir: string, fs: WriteFs): Promise<void> {
  const staging = stagingPathOf(outDir);
  const backup = backupPathOf(outDir);
  try {
    if (await exists(fs, outDir)) await fs.rename(outDir, backup);
    await fs.rename(staging, outDir);
  } catch (error) {
    // Whatever step failed, one whole tree comes back (the new one when it can).
    await recover(outDir, fs);
    throw error;
  }
  try {
    await fs.rm(backup, { recursive: true, force: true });
  } catch {
    // The output is already whole and new; the next run's recovery removes what is left of the backup.
  }
}

export interface StagedFile {
  readonly path: string;
  readonly content: string;
  /** Unchanged: linked from the current tree, so that its modification time stays. */
  readonly unchanged: boolean;
}

/** Writes the complete new tree into the staging folder; on failure removes it and rethrows. */
export async function stage(outDir: string, files: readonly StagedFile[], fs: WriteFs): Promise<void> {
  const staging = stagingPathOf(outDir);
  try {
    await fs.mkdir(staging);
    const made = new Set<string>([staging]);
    for (const file of files) {
      const target = path.join(staging, file.path);
      const dir = path.dirname(target);
      if (!made.has(dir)) {
        await fs.mkdir(dir, { recursive: true });
        made.add(dir);
      }
      if (file.unchanged) await linkOrCopy(path.join(outDir, file.path), target, file.content, fs);
      else await fs.writeFile(target, file.content, { flag: "wx" });
    }
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}

/** A hard link keeps the file (and its mtime) as it is; where links are not supported, a copy with the same times. */
async function linkOrCopy(from: string, to: string, content: string, fs: WriteFs): Promise<void> {
  try {
    await fs.link(from, to);
  } catch (error) {
    if (!["EPERM", "EXDEV", "ENOTSUP", "EMLINK", "EOPNOTSUPP"].includes(errorCode(error) ?? "")) throw error;
    const { atime, mtime } = await fs.lstat(from);
    await fs.writeFile(to, content, { flag: "wx" });
    await fs.utimes(to, atime, mtime);
  }
}
