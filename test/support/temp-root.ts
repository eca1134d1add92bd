// vitest's global setup: one temporary folder for the whole run, given to the
// workers (and the processes the tests start) as their TMPDIR, so that every
// folder a test makes with os.tmpdir() goes with it when the run ends. Tests
// made theirs under the system's and left many there: tens of thousands after
// a few hundred runs.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export default function setup(): () => void {
  const folder = mkdtempSync(path.join(tmpdir(), "sips-json-tests-"));
  const system = process.env["TMPDIR"];
  process.env["TMPDIR"] = folder;
  return () => {
    if (system === undefined) delete process.env["TMPDIR"];
    else process.env["TMPDIR"] = system;
    rmSync(folder, { recursive: true, force: true });
  };
}
