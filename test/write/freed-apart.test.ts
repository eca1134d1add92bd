// A large file a commit replaces is freed apart from its rename: node-fs.ts
// holds the replaced file open across the rename and closes it on the thread
// pool, so that the rename drops a name and the blocks go back elsewhere. The
// rename is the same one (the folder is all old or all new as before); what
// is held is closed, and the hold never opens through a link or waits on a pipe.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { sha256 } from "../../generator/memo/content-hash.js";
import { commitChanges } from "../../generator/write/file-set.js";
import { nodeFs } from "../../generator/write/node-fs.js";
import { SPARE_BYTES } from "../../generator/write/spare-files.js";
import type { WriteFs } from "../../generator/write/write-fs.js";
import { bundleForNode } from "../support/node-bundle.js";

const large = (version: string): string => `${version}\n${"x".repeat(SPARE_BYTES)}\n`;

async function folder(): Promise<string> {
  const root = path.join(await mkdtemp(path.join(tmpdir(), "sips-freed-")), "generated");
  mkdirSync(root);
  return root;
}

/**
 * The descriptors this process holds open on files under `dir` (Linux: /proc/self/fd). Only those of the test's own
 * folder: the workers are threads of one process, whose other files open and close descriptors meanwhile.
 */
function heldUnder(dir: string): string[] {
  const held: string[] = [];
  for (const fd of readdirSync("/proc/self/fd")) {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      if (target.startsWith(dir + path.sep)) held.push(target);
    } catch {
      // Closed since it was listed (the listing's own descriptor among them).
    }
  }
  return held;
}

/** Until the thread pool has run what was queued before (a close among them). */
const poolDrained = () => new Promise((resolve) => setTimeout(resolve, 50));

test("a commit renames a large file as large, a small one and a large one kept as a spare not", async () => {
  const root = await folder();
  writeFileSync(path.join(root, "big.json"), large("v1"));
  writeFileSync(path.join(root, "small.ts"), "small 1\n");
  const renames: [string, boolean | undefined][] = [];
  const fs: WriteFs = {
    ...nodeFs,
    rename: (from, to, isLarge) => {
      renames.push([path.relative(root, to), isLarge]);
      nodeFs.rename(from, to, isLarge);
    },
  };
  const changes = [
    { path: "big.json", content: large("v2"), before: sha256(large("v1")) },
    { path: "small.ts", content: "small 2\n", before: sha256("small 1\n") },
  ];
  commitChanges(root, changes, fs);
  expect(readFileSync(path.join(root, "big.json"), "utf8")).toBe(large("v2"));
  expect(readFileSync(path.join(root, "small.ts"), "utf8")).toBe("small 2\n");
  const intoFolder = renames.filter(([to]) => !to.startsWith(".."));
  expect(intoFolder).toEqual([
    ["big.json", true],
    ["small.ts", false],
  ]);
  // With spares (--watch), the replaced file is kept, not freed: nothing to free apart.
  renames.length = 0;
  commitChanges(root, [{ path: "big.json", content: large("v3"), before: sha256(large("v2")) }], fs, true);
  expect(readFileSync(path.join(root, "big.json"), "utf8")).toBe(large("v3"));
  expect(renames.filter(([to]) => to === "big.json")).toEqual([["big.json", false]]);
});

test.runIf(process.platform === "linux")(
  "a rename as large replaces the file and closes the one it held; a link in its place is replaced, what it points at untouched",
  async () => {
    const root = await folder();
    const target = path.join(root, "openapi.json");
    writeFileSync(target, large("old"));
    writeFileSync(path.join(root, "new"), large("new"));
    nodeFs.rename(path.join(root, "new"), target, true);
    expect(readFileSync(target, "utf8")).toBe(large("new"));
    await poolDrained();
    expect(heldUnder(path.dirname(root))).toEqual([]);
    // A link in the file's place: the rename replaces the link; what it pointed at is neither opened nor touched.
    const elsewhere = path.join(path.dirname(root), "elsewhere.json");
    writeFileSync(elsewhere, "theirs\n");
    rmSync(target);
    symlinkSync(elsewhere, target);
    expect(readlinkSync(target)).toBe(elsewhere);
    writeFileSync(path.join(root, "new"), large("newer"));
    nodeFs.rename(path.join(root, "new"), target, true);
    expect(readFileSync(target, "utf8")).toBe(large("newer"));
    expect(readFileSync(elsewhere, "utf8")).toBe("theirs\n");
    await poolDrained();
    expect(heldUnder(path.dirname(root))).toEqual([]);
    // No file there: a plain rename.
    writeFileSync(path.join(root, "new"), "first\n");
    nodeFs.rename(path.join(root, "new"), path.join(root, "absent.json"), true);
    expect(readFileSync(path.join(root, "absent.json"), "utf8")).toBe("first\n");
  },
);

test.runIf(process.platform !== "win32")("a rename as large over a named pipe does not wait for a writer", async () => {
  const root = await folder();
  const pipe = path.join(root, "openapi.json");
  execFileSync("mkfifo", [pipe]);
  writeFileSync(path.join(root, "new"), "new\n");
  // In a process of its own: an open that waited on the pipe would block its thread for good.
  const script = await bundleForNode({
    code: [
      `import { nodeFs } from ${JSON.stringify(fileURLToPath(new URL("../../generator/write/node-fs.ts", import.meta.url)))};`,
      `nodeFs.rename(${JSON.stringify(path.join(root, "new"))}, ${JSON.stringify(pipe)}, true);`,
    ].join("\n"),
    resolveDir: path.dirname(fileURLToPath(import.meta.url)),
  });
  const child = spawnSync(process.execPath, [script], { timeout: 10_000 });
  rmSync(path.dirname(script), { recursive: true, force: true });
  expect(child.signal).toBeNull();
  expect(child.status).toBe(0);
  expect(readFileSync(pipe, "utf8")).toBe("new\n");
});
