// What --watch keeps of the spec files between runs: a file is read again
// when it changed, and a file changed too recently to tell is never kept.
import { mkdtemp, rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { keptTexts } from "../../generator/read/kept-texts.js";

async function counted() {
  const dir = await mkdtemp(path.join(tmpdir(), "sips-kept-"));
  const file = path.join(dir, "a.yaml");
  const decoded: string[] = [];
  const decode = (bytes: Buffer) => {
    decoded.push(bytes.toString("utf8"));
    return bytes.toString("utf8");
  };
  return { dir, file, decoded, decode };
}

test("a file is read once while it is as it was, and again once written or replaced", async () => {
  const { dir, file, decoded, decode } = await counted();
  // Any change time counts as old enough: what is held here is the stat rule.
  const kept = keptTexts(-60_000);
  await writeFile(file, "one");
  expect(kept.read(file, decode)).toBe("one");
  expect(kept.read(file, decode)).toBe("one");
  expect(decoded).toEqual(["one"]);
  await writeFile(file, "three");
  expect(kept.read(file, decode)).toBe("three");
  // Replaced by another file (an editor's save by rename): another inode.
  await writeFile(path.join(dir, "b.yaml"), "other");
  await rename(path.join(dir, "b.yaml"), file);
  expect(kept.read(file, decode)).toBe("other");
  expect(decoded).toEqual(["one", "three", "other"]);
  // Another decoder of the same file reads it for itself.
  expect(kept.read(file, (bytes) => bytes.length)).toBe(5);
});

test("a file changed within the margin is read each time: a write in the same clock tick is never missed", async () => {
  const { file, decoded, decode } = await counted();
  const kept = keptTexts();
  await writeFile(file, "one");
  kept.read(file, decode);
  kept.read(file, decode);
  expect(decoded).toEqual(["one", "one"]);
});
