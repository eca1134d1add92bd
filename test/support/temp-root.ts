// vitest's global setup: one temporary folder for the whole run, given to the
// workers (and the processes the tests start) as their TMPDIR, so that every
// folder a test makes with os.tmpdir() goes with it when the run ends. Tests
// made theirs under the system's and left many there: tens of thousands after
// a few hundred runs.
//
// The folder is in memory (/dev/shm) where the machine has one with room to
// spare: the tests make, copy, fsync and remove tens of thousands of small
// files (the kills and faults of a write, whole workspaces), which a disk's
// file system makes cost the CPU a quarter to a third more. Elsewhere (a
// container's 64 MB /dev/shm, a system without one) it is the system's.
import { mkdtempSync, rmSync, statfsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** In memory only with this much free: the run's folders, sampled each second, peaked at about 60 MB. */
const MEMORY_FREE_AT_LEAST = 1024 * 1024 * 1024;

/** Where the run's folder goes: /dev/shm when it is there, writable and roomy, else the system's. */
function parentFolder(): string {
  try {
    const fs = statfsSync("/dev/shm");
    if (fs.bavail * fs.bsize >= MEMORY_FREE_AT_LEAST) {
      const probe = mkdtempSync(path.join("/dev/shm", "sips-json-probe-"));
      rmSync(probe, { recursive: true, force: true });
      return "/dev/shm";
    }
  } catch {
    // No /dev/shm here, or not ours to write.
  }
  return tmpdir();
}

export default function setup(): () => void {
  const folder = mkdtempSync(path.join(parentFolder(), "sips-json-tests-"));
  const system = process.env["TMPDIR"];
  process.env["TMPDIR"] = folder;
  return () => {
    if (system === undefined) delete process.env["TMPDIR"];
    else process.env["TMPDIR"] = system;
    rmSync(folder, { recursive: true, force: true });
  };
}
