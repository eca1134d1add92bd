// What a rename as large holds across the rename, seen while it is still held:
// the file replaced (its last name gone, so the close frees it), never the new
// one, nor what a link in its place points at. In a process of its own whose
// one pool thread waits, opening a named pipe, until that process has listed
// its descriptors: the close queued behind that open cannot have run.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { SPARE_BYTES } from "../../generator/write/spare-files.js";
import { bundleForNode } from "../support/node-bundle.js";

const large = (version: string): string => `${version}\n${"x".repeat(SPARE_BYTES)}\n`;

/**
 * The code of a process that renames `from` over `to` as large, then prints what it holds under `dir`; its pool
 * thread held until then by an open of the named pipe `gate`, which its own open for writing ends.
 */
const renameThenList = (from: string, to: string, dir: string, gate: string): string =>
  [
    'import { close, closeSync, open, openSync, readdirSync, readlinkSync } from "node:fs";',
    `import { nodeFs } from ${JSON.stringify(fileURLToPath(new URL("../../generator/write/node-fs.ts", import.meta.url)))};`,
    `open(${JSON.stringify(gate)}, "r", (error, fd) => { if (!error) close(fd, () => undefined); });`,
    `nodeFs.rename(${JSON.stringify(from)}, ${JSON.stringify(to)}, true);`,
    "const held = [];",
    'for (const fd of readdirSync("/proc/self/fd")) {',
    "  try {",
    "    const target = readlinkSync(`/proc/self/fd/${fd}`);",
    `    if (target.startsWith(${JSON.stringify(dir + path.sep)})) held.push(target);`,
    "  } catch {}",
    "}",
    "console.log(JSON.stringify(held));",
    `closeSync(openSync(${JSON.stringify(gate)}, "w"));`,
  ].join("\n");

/** What the process held right after the rename; the rename done. */
async function heldAfterRename(from: string, to: string, dir: string): Promise<string[]> {
  const gate = path.join(dir, "gate");
  rmSync(gate, { force: true });
  execFileSync("mkfifo", [gate]);
  const script = await bundleForNode({
    code: renameThenList(from, to, dir, gate),
    resolveDir: path.dirname(fileURLToPath(import.meta.url)),
  });
  const child = spawnSync(process.execPath, [script], {
    env: { ...process.env, UV_THREADPOOL_SIZE: "1" },
    encoding: "utf8",
    timeout: 30_000,
  });
  rmSync(path.dirname(script), { recursive: true, force: true });
  expect(child.stderr).toBe("");
  expect(child.status).toBe(0);
  return JSON.parse(child.stdout) as string[];
}

test.runIf(process.platform === "linux")(
  "a rename as large holds the file it replaces, not the new one nor what a link there points at",
  async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "sips-held-"));
    const root = path.join(dir, "generated");
    mkdirSync(root);
    const target = path.join(root, "openapi.json");
    writeFileSync(target, large("old"));
    writeFileSync(path.join(root, "new"), large("new"));
    expect(await heldAfterRename(path.join(root, "new"), target, dir)).toEqual([`${target} (deleted)`]);
    expect(readFileSync(target, "utf8")).toBe(large("new"));
    // A link in the file's place: replaced, and what it points at never opened.
    const elsewhere = path.join(dir, "elsewhere.json");
    writeFileSync(elsewhere, large("theirs"));
    rmSync(target);
    symlinkSync(elsewhere, target);
    writeFileSync(path.join(root, "new"), large("newer"));
    expect(await heldAfterRename(path.join(root, "new"), target, dir)).toEqual([]);
    expect(readFileSync(target, "utf8")).toBe(large("newer"));
    expect(readFileSync(elsewhere, "utf8")).toBe(large("theirs"));
    rmSync(dir, { recursive: true, force: true });
  },
);
