import { cpSync } from "node:fs";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { specDir } from "./paths.js";

/**
 * A fresh directory `<tmp>/` holding `spec/`, for tests that change a spec or an output directory. Copied
 * synchronously, as the other copies of the tests are: fs/promises' cp awaits each of its many steps, and
 * takes two to four times the CPU.
 */
export async function tempWorkspace(base: string = specDir): Promise<{ root: string; spec: string }> {
  const root = await mkdtemp(path.join(tmpdir(), "sips-spec-"));
  const spec = path.join(root, "spec");
  cpSync(base, spec, { recursive: true });
  return { root, spec };
}

/** Writes files (path relative to dir -> text), creating folders as needed. */
export async function writeFiles(dir: string, files: Readonly<Record<string, string>>): Promise<void> {
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), text, "utf8");
  }
}

/** Replaces `from` by `to` in one file, failing loudly when `from` is absent (a stale test). */
export async function editFile(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, "utf8");
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  await writeFile(file, text.replace(from, to), "utf8");
}
