// The hashes behind the generator's fingerprint, kept with the files' stats:
// a process reads only the files changed since the record was made, yet an
// edit is always found, even one that keeps the size and the modification time.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, mkdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { readFileSync, statSync } from "node:fs";
import { expect, test } from "vitest";

import { hashesByStat, type StatReads } from "../../generator/memo/hashes-by-stat.js";
import { MARGIN_MS } from "../../generator/memo/settled-stat.js";
import { lookAfterMargin } from "../support/clock-ahead.js";
import { repoRoot } from "../support/paths.js";

const sha = (text: string) => createHash("sha256").update(text).digest("hex");
const names = ["a.ts", "sub/b.ts", "sub/c.json"];

/**
 * A folder of three files, hashed once they are older than the margin, so that the record knows them all: as if
 * they were (a clock ahead, not a wait: test/support/clock-ahead.ts).
 */
async function recordedFolder(): Promise<{ root: string; record: string }> {
  const root = await mkdtemp(path.join(tmpdir(), "sips-hashes-"));
  await mkdir(path.join(root, "sub"));
  for (const name of names) await writeFile(path.join(root, name), `content of ${name}\n`);
  const record = path.join(root, "cache", "record.txt");
  const hashes = await lookAfterMargin(root, () => hashesByStat(root, names, record));
  expect(hashes).toEqual(names.map((name) => sha(`content of ${name}\n`)));
  return { root, record };
}

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

/**
 * Waits, if need be, until each of `files` changed longer ago than the margin by the real clock. The repository's
 * files did long since (a checkout, then an install, come before any test): the wait is there for a file saved a
 * moment before the run, and is otherwise none.
 */
async function settledByRealClock(files: readonly string[]): Promise<void> {
  const newest = Math.max(...files.map((file) => statSync(file).ctimeMs));
  const wait = newest + MARGIN_MS + 100 - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

test("a recorded file is not read again; one changed since is, and gives its new hash (the real clock)", async () => {
  // Files older than the margin by the real clock with no wait: links to files of the repository, known by the
  // stat of what they link to (the test above). Recorded by a first call, with the clock as it is.
  const root = await mkdtemp(path.join(tmpdir(), "sips-hashes-"));
  const record = path.join(root, "cache", "record.txt");
  const targets = ["LICENSE", "tsconfig.json", "biome.jsonc"].map((file) => path.join(repoRoot, file));
  await settledByRealClock(targets);
  await mkdir(path.join(root, "sub"));
  for (const [i, name] of names.entries()) await symlink(targets[i] ?? "", path.join(root, name));
  expect(readBy(root, (reads) => hashesByStat(root, names, record, reads))).toEqual(names);
  expect(readBy(root, (reads) => hashesByStat(root, names, record, reads))).toEqual([]);
  // A change is read whenever it is looked at. Too recent to be recorded, it is read again by the next call, never
  // vouched for by its stat: proved where both calls ended within the margin of the write. A machine that stalls for
  // the margin between the write and the first call's look rightly records the file then, and the write is made
  // again; ten such stalls in a row fail the test.
  const b = path.join(root, "sub/b.ts");
  for (let attempt = 1; ; attempt++) {
    const text = `changed ${attempt}\n`;
    await rm(b);
    await writeFile(b, text);
    let hashes: string[] = [];
    expect(readBy(root, (reads) => (hashes = hashesByStat(root, names, record, reads)))).toEqual(["sub/b.ts"]);
    expect(hashes[1]).toBe(sha(text));
    const again = readBy(root, (reads) => hashesByStat(root, names, record, reads));
    if (Date.now() - statSync(b).ctimeMs < MARGIN_MS || attempt === 10) {
      expect(again).toEqual(["sub/b.ts"]);
      break;
    }
  }
});
