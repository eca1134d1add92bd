// The write stage: only what changed, nothing outside the output directory,
// never a file it did not write, and the previous output intact on failure.
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import type { GeneratedFile } from "../../generator/index.js";
import { readOutputDir } from "../../generator/write/output-dir.js";
import { writeOutput } from "../../generator/write/write-output.js";

const header = "// Generated from spec/x.yaml by `npm run generate`. Do not edit.\n";
const file = (p: string, body: string): GeneratedFile => ({ path: p, language: "typescript", content: header + body });
const tempOut = async () => path.join(await mkdtemp(path.join(tmpdir(), "sips-out-")), "generated");

test("writes the files, then touches only what changed and removes what is gone", async () => {
  const out = await tempOut();
  await writeOutput(out, [file("a.ts", "a"), file("sub/b.ts", "b"), file("old/c.ts", "c")]);
  const before = await stat(path.join(out, "a.ts"));
  await new Promise((resolve) => setTimeout(resolve, 20));
  const report = await writeOutput(out, [file("a.ts", "a"), file("sub/b.ts", "b2")]);
  expect(report.changes.map((c) => `${c.kind} ${c.path}`)).toEqual(["removed old/c.ts", "changed sub/b.ts"]);
  expect(report.unchanged).toBe(1);
  expect((await stat(path.join(out, "a.ts"))).mtimeMs).toBe(before.mtimeMs);
  expect([...(await readOutputDir(out)).keys()]).toEqual(["a.ts", "sub/b.ts"]);
  await expect(stat(path.join(out, "old"))).rejects.toThrow(/ENOENT/);
});

test("refuses paths outside the output directory", async () => {
  const out = await tempOut();
  for (const bad of ["../escape.ts", "/abs.ts", "a/../../b.ts", "a\\b.ts", ".", "..", "a/./b.ts", "a//b.ts", ""]) {
    await expect(writeOutput(out, [file(bad, "x")])).rejects.toThrow(/outside the output directory/);
  }
});

test("never replaces a file it did not write", async () => {
  const out = await tempOut();
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, "a.ts"), "// my own a.ts\n");
  await expect(writeOutput(out, [file("a.ts", "a")])).rejects.toThrow(/did not write.*a\.ts/);
  expect(await readFile(path.join(out, "a.ts"), "utf8")).toBe("// my own a.ts\n");
});

test("never removes a file it did not write", async () => {
  const out = await tempOut();
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, "notes.md"), "my notes\n");
  await expect(writeOutput(out, [file("a.ts", "a")])).rejects.toThrow(/did not write.*notes\.md/);
  expect([...(await readOutputDir(out)).keys()]).toEqual(["notes.md"]);
});

test("a failure while writing leaves the previous output as it was", async () => {
  const out = await tempOut();
  await writeOutput(out, [file("a.ts", "a"), file("z/b.ts", "b")]);
  // A directory where the new content of z/b.ts would be staged makes that write fail (even as root).
  await mkdir(path.join(out, "z", `b.ts.${process.pid}.tmp`));
  await expect(writeOutput(out, [file("a.ts", "a2"), file("z/b.ts", "b2")])).rejects.toThrow(/EISDIR/);
  expect(await readFile(path.join(out, "a.ts"), "utf8")).toBe(header + "a");
  expect(await readFile(path.join(out, "z/b.ts"), "utf8")).toBe(header + "b");
  // The content staged for a.ts was cleaned up.
  expect([...(await readOutputDir(out)).keys()]).toEqual(["a.ts", "z/b.ts"]);
});
