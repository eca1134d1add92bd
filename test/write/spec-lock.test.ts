// sync and generate share the spec folder's lock: a sync never writes while a
// generate reads the spec (nor while another sync writes it), a generate reads
// the spec only between two syncs, and a sync never writes over a file that
// changed after it read it.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, vi } from "vitest";
import { generateRun } from "../../generator/cli/generate-run.js";
import { withFolderLock } from "../../generator/write/folder-lock.js";
import { lockPathOf } from "../../generator/write/lock-holder.js";
import { sha256 } from "../../generator/memo/content-hash.js";
import { commitChanges } from "../../generator/write/file-set.js";
import { assertNoCutChange } from "../../generator/write/read-output.js";
import { recoverFiles, writeFiles } from "../../generator/write/write-files.js";
import { nodeFs } from "../../generator/write/node-fs.js";
import { WriteRefusal, type WriteFs } from "../../generator/write/write-fs.js";
import { fixturesDir } from "../support/paths.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

const quietStream = { isTTY: false, write: () => undefined };

test("a generate waits while a sync holds the spec folder, then reads the spec as the sync left it", async () => {
  // The golden fixture's spec: what the lock holds is the same for any spec, and its generate costs far less.
  const { root, spec } = await tempWorkspace(path.join(fixturesDir, "golden", "spec"));
  const run = generateRun(
    { spec: "spec", out: "generated", check: false, cacheDir: null, quiet: true, repeated: false },
    { stdout: quietStream, stderr: quietStream, cwd: root },
  );
  // The run is seen asking who holds the spec's lock, rather than given a time to do so: on a loaded machine a
  // run that takes no lock at all could still reach its read after any fixed delay.
  const list = nodeFs.list;
  let asked: () => void = () => undefined;
  const askedWhoHolds = new Promise<"asked">((resolve) => {
    asked = () => resolve("asked");
  });
  const spy = vi.spyOn(nodeFs, "list").mockImplementation((p) => {
    if (p === lockPathOf(spec)) asked();
    return list(p);
  });
  let generating: Promise<number> | undefined;
  try {
    await withFolderLock(spec, nodeFs, async () => {
      const started = run();
      generating = started;
      const first = await Promise.race([askedWhoHolds, started.then(() => "finished" as const)]);
      // Still under the lock, as a sync writing its edits: the run must be waiting, not done.
      expect(first).toBe("asked");
      await editFile(
        path.join(spec, "dictionary/fields.yaml"),
        "description: Identifier of the shop.",
        "description: Identifier of the shop (as the contract names it).",
      );
    });
  } finally {
    spy.mockRestore();
  }
  expect(await generating).toBe(0);
  const types = await readFile(path.join(root, "generated/operations/cardCheck/types.ts"), "utf8");
  expect(types).toContain("Identifier of the shop (as the contract names it).");
});

test("a sync does not write while another run holds the spec folder: it waits, then refuses, writing nothing", async () => {
  const { spec } = await tempWorkspace();
  const file = path.join(spec, "sips.yaml");
  const text = await readFile(file, "utf8");
  await withFolderLock(spec, nodeFs, async () => {
    const began = Date.now();
    const writing = writeFiles(spec, [{ path: "sips.yaml", text: `${text}# edited\n`, read: text }], { waitMs: 200 });
    await expect(writing).rejects.toThrow(WriteRefusal);
    // Refused once the wait was over, not at the first look: the clock the deadline is taken by.
    expect(Date.now() - began).toBeGreaterThan(200);
    await expect(writing).rejects.toThrow(/another run \(pid \d+\) has held .*spec for too long/);
  });
  expect(await readFile(file, "utf8")).toBe(text);
});

test("a sync never writes over a file changed after it read it: nothing is written, and it says to run again", async () => {
  const { spec } = await tempWorkspace();
  const [a, b] = [path.join(spec, "sips.yaml"), path.join(spec, "dictionary/fields.yaml")];
  const [readA, readB] = [await readFile(a, "utf8"), await readFile(b, "utf8")];
  // Someone saves fields.yaml between the sync's read and its write.
  await writeFile(b, `${readB}# saved meanwhile\n`);
  const edits = [
    { path: "sips.yaml", text: `${readA}# sync\n`, read: readA },
    { path: "dictionary/fields.yaml", text: `${readB}# sync\n`, read: readB },
  ];
  await expect(writeFiles(spec, edits)).rejects.toThrow(
    /dictionary\/fields\.yaml changed in .*spec since they were read; nothing was written; run again/,
  );
  expect(await readFile(a, "utf8")).toBe(readA);
  expect(await readFile(b, "utf8")).toBe(`${readB}# saved meanwhile\n`);
  // A new file must still be absent: one that appeared meanwhile is someone else's.
  await writeFile(path.join(spec, "operations/new.yaml"), "x: 1\n");
  await expect(writeFiles(spec, [{ path: "operations/new.yaml", text: "y: 1\n", read: null }])).rejects.toThrow(
    /operations\/new\.yaml changed/,
  );
});

test("a spec left half-way by a killed sync is refused to readers, and finished before sync reads it", async () => {
  const { spec } = await tempWorkspace();
  const [a, b] = [path.join(spec, "sips.yaml"), path.join(spec, "dictionary/fields.yaml")];
  const [readA, readB] = [await readFile(a, "utf8"), await readFile(b, "utf8")];
  // Committed, then cut after the first rename into place (the retry fails too): one file new, the other old.
  let moved = 0;
  const killed: WriteFs = {
    ...nodeFs,
    rename: (from, to) => {
      if (!to.endsWith("journal.json") && moved++ >= 1) throw Object.assign(new Error("killed"), { code: "EIO" });
      nodeFs.rename(from, to);
    },
  };
  const changes = [
    { path: "dictionary/fields.yaml", content: `${readB}# sync\n`, before: sha256(readB) },
    { path: "sips.yaml", content: `${readA}# sync\n`, before: sha256(readA) },
  ];
  expect(() => commitChanges(spec, changes, killed)).toThrow(/killed/);
  expect(await readFile(b, "utf8")).toBe(`${readB}# sync\n`);
  expect(await readFile(a, "utf8")).toBe(readA);
  expect(() => assertNoCutChange(spec)).toThrow(/half-way through a change .*npm run sync/);
  await recoverFiles(spec);
  expect(await readFile(a, "utf8")).toBe(`${readA}# sync\n`);
  expect(() => assertNoCutChange(spec)).not.toThrow();
});
