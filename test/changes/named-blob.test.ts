// A file read at a ref by its path (`ref:path`), one git for the lookup and
// the bytes: the character classes at the ref are read so (format-classes-at-ref.ts).
// What is not a file there is no file: a path the ref lacks, a folder.
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { classPatternsSince } from "../../generator/changes/format-classes-at-ref.js";
import { namedBlob } from "../../generator/changes/git-blobs.js";

let root = "";
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "named-blob-"));
  // runtime/formats.ts a folder, as a spec's repository may hold one under that name.
  await mkdir(path.join(root, "runtime", "formats.ts"), { recursive: true });
  await writeFile(path.join(root, "runtime", "formats.ts", "inside.ts"), "export {};\n");
  await mkdir(path.join(root, "spec"));
  await writeFile(path.join(root, "spec", "with space.yaml"), "operation: spaced\n");
  const git = (...args: string[]) => execFileSync("git", args, { cwd: root, stdio: "ignore" });
  git("init", "-q", "-b", "main");
  git("-c", "user.name=test", "-c", "user.email=test@example.com", "add", ".");
  git("-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "base");
});
afterAll(() => rm(root, { recursive: true, force: true }));

test("a file's bytes by its path from the repository's top, from a folder inside it; nothing for a path the ref lacks or a folder", () => {
  const spec = path.join(root, "spec");
  expect(namedBlob(spec, "main:spec/with space.yaml")?.toString("utf8")).toBe("operation: spaced\n");
  expect(namedBlob(spec, "main:spec/without space.yaml")).toBeUndefined();
  expect(namedBlob(spec, "main:spec/absent.yaml")).toBeUndefined();
  expect(namedBlob(spec, "main:runtime/formats.ts")).toBeUndefined();
  expect(namedBlob(spec, "main:runtime/formats.ts/inside.ts")?.toString("utf8")).toBe("export {};\n");
});

test("runtime/formats.ts a folder at the ref: no classes to compare, as where the ref has no such file", () => {
  expect(classPatternsSince(path.join(root, "spec"), "main")).toBeNull();
});
