// The hashes behind the generator's fingerprint, kept with the files' stats:
// a process reads only the files changed since the record was made, yet an
// edit is always found, even one that keeps the size and the modification time.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, mkdir, readFile, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { readFileSync, statSync } from "node:fs";
import { beforeAll, expect, test } from "vitest";

import { hashesByStat, type StatReads } from "../../generator/memo/hashes-by-stat.js";
import { MARGIN_MS } from "../../generator/memo/settled-stat.js";
import { lookAfterMargin } from "../support/clock-ahead.js";

const sha = (text: string) => createHash("sha256").update(text).digest("hex");
const names = ["a.ts", "sub/b.ts", "sub/c.json"];

/**
 * A folder of three files, hashed once they are older than the margin, so that the record knows them all: as if
 * they were (a clock ahead, not a wait: test/support/clock-ahead.ts), or after the real wait with the real clock.
 */
async function recordedFolder(
  wait: "clock ahead" | "real wait" = "clock ahead",
): Promise<{ root: string; record: string }> {
  const root = await mkdtemp(path.join(tmpdir(), "sips-hashes-"));
  await mkdir(path.join(root, "sub"));
  for (const name of names) await writeFile(path.join(root, name), `content of ${name}\n`);
  const record = path.join(root, "cache", "record.txt");
  const hash = () => hashesByStat(root, names, record);
  if (wait === "real wait") await new Promise((resolve) => setTimeout(resolve, MARGIN_MS + 100));
  const hashes = wait === "real wait" ? hash() : await lookAfterMargin(root, hash);
  expect(hashes).toEqual(names.map((name) => sha(`content of ${name}\n`)));
  return { root, record };
}

/** The folder of the test that keeps the real clock: made first, it ages while the others run. */
let aged: Promise<{ root: string; record: string }>;
beforeAll(() => {
  aged = recordedFolder("real wait");
});

/** The files of `root` that `call` reads, relative to it, given reads that list them. */
function readBy(root: string, call: (reads: StatReads) => unknown): string[] {
  const files: string[] = [];
  call({
    stat: (file) => statSync(file, { bigint: true }),
    readFile: (file) => {
      files.push(path.relative(root, file).split(path.sep).join("/"));
      return readFileSync(file);
    },
  });
  return files;
}

test("an edit that keeps the size and the modification time is found: the change time gives it away", async () => {
  const { root, record } = await recordedFolder();
  const edited = path.join(root, "a.ts");
  const reference = path.join(root, "reference");
  await writeFile(reference, "");
  expect(spawnSync("touch", ["-r", edited, reference]).status).toBe(0);
  const same = (await readFile(edited, "utf8")).replace("content", "CONTENT");
  await writeFile(edited, same);
  expect(spawnSync("touch", ["-r", reference, edited]).status).toBe(0);
  expect((await stat(edited)).mtimeMs).toBe((await stat(reference)).mtimeMs);
  expect(hashesByStat(root, names, record)[0]).toBe(sha(same));
});

test("a damaged record, or one of another folder, is no record: every file is read, with the same hashes", async () => {
  const { root, record } = await recordedFolder();
  const want = hashesByStat(root, names, record);
  const text = await readFile(record, "utf8");
  for (const damaged of [text.slice(0, text.length / 2), text.replace(root, `${root}x`), "", "{}"]) {
    await writeFile(record, damaged);
    expect(readBy(root, (reads) => expect(hashesByStat(root, names, record, reads)).toEqual(want))).toEqual(names);
  }
});

test("a file not in the record is read; a file gone throws", async () => {
  const { root, record } = await recordedFolder();
  await writeFile(path.join(root, "d.ts"), "new\n");
  expect(readBy(root, (reads) => hashesByStat(root, [...names, "d.ts"], record, reads))).toEqual(["d.ts"]);
  expect(() => hashesByStat(root, [...names, "gone.ts"], record)).toThrow(/ENOENT/);
});

test("a file reached through a symbolic link is known by the stat of what it links to", async () => {
  const { root, record } = await recordedFolder();
  const target = path.join(root, "target.ts");
  await writeFile(target, "one\n");
  await symlink(target, path.join(root, "link.ts"));
  expect(await lookAfterMargin(root, () => hashesByStat(root, ["link.ts"], record))).toEqual([sha("one\n")]);
  await writeFile(target, "two\n");
  expect(hashesByStat(root, ["link.ts"], record)).toEqual([sha("two\n")]);
});

test("a recorded file is not read again; an edited one is, and gives its new hash (the real clock)", async () => {
  const { root, record } = await aged;
  expect(readBy(root, (reads) => hashesByStat(root, names, record, reads))).toEqual([]);
  await writeFile(path.join(root, "sub/b.ts"), "changed\n");
  let hashes: string[] = [];
  expect(readBy(root, (reads) => (hashes = hashesByStat(root, names, record, reads)))).toEqual(["sub/b.ts"]);
  expect(hashes[1]).toBe(sha("changed\n"));
  // Too recent to be recorded: read again by the next call, never vouched for by its stat.
  expect(readBy(root, (reads) => hashesByStat(root, names, record, reads))).toEqual(["sub/b.ts"]);
});
