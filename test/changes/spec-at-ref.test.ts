// The spec read at a git ref is the spec the working tree held at that commit:
// each file's text (or its problem of encoding), the other files, the pages;
// read from the repository's objects, whatever the tree holds now.
import { execFileSync } from "node:child_process";
import { mkdir, rename, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import { readSpecAtRef, SpecAtRefProblem } from "../../generator/changes/spec-at-ref.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";
import { tempWorkspace, writeFiles } from "../support/temp-spec.js";

/** git in `root`, quietly, as a test user. */
const gitIn =
  (root: string) =>
  (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", ...args], {
      cwd: root,
      stdio: "ignore",
    });

/** The golden spec in a workspace of its own, committed on `main`. */
async function committedGolden(): Promise<{ root: string; spec: string }> {
  const { root, spec } = await tempWorkspace(path.join(fixturesDir, "golden", "spec"));
  const git = gitIn(root);
  git("init", "-q", "-b", "main");
  git("add", ".");
  git("commit", "-q", "-m", "base");
  return { root, spec };
}

/** What a read of the spec holds, its places as diagnostics name them left out (the ref's differ by design). */
const content = (input: SpecInput) => ({
  files: input.files.map((f) => ({ relPath: f.relPath, kind: f.kind, text: f.text, problem: f.textProblem })),
  otherPaths: [...input.otherPaths].sort(),
  pages: [...(input.pages ?? [])].sort(([a], [b]) => (a < b ? -1 : 1)),
});

test("the spec at a ref: every file's text and problem, the other files and the pages, as the tree had them", async () => {
  const { root, spec } = await tempWorkspace(path.join(fixturesDir, "golden", "spec"));
  await writeFiles(spec, {
    "sources/cardCheck.page.txt": "A page\nof two lines, é and \u{1F600}\n",
    "sources/notes.md": "not read",
    "operations/office/with space.yaml": "operation: spaced\n",
    // Empty, and the last of the batch: its header and bytes are where the read ends.
    "zz.yaml": "",
  });
  // Bytes that are not UTF-8: the text's problem, as the working tree's read gives it.
  await writeFile(path.join(spec, "operations/office/latin1.yaml"), Buffer.from([0x6f, 0x70, 0xe9, 0x0a]));
  const git = gitIn(root);
  git("init", "-q", "-b", "main");
  git("add", ".");
  git("commit", "-q", "-m", "base");
  const tree = await readSpecInput(spec, root);
  expect(tree.files.some((f) => f.textProblem)).toBe(true);
  expect(tree.pages?.size).toBe(1);
  // The tree changed since: the ref's spec is the committed one.
  await writeFile(path.join(spec, "zz.yaml"), "changed: true\n");
  expect(content(readSpecAtRef(spec, "main", root))).toEqual(content(tree));
});

test("a spec folder reached through a symbolic link is read as through its real path", async () => {
  const { root, spec } = await committedGolden();
  const linked = `${root}-linked`;
  try {
    // A checkout under a linked folder: git gives the real path as the top, which the linked path is not under.
    await symlink(root, linked, "dir");
    expect(content(readSpecAtRef(path.join(linked, "spec"), "main", linked))).toEqual(
      content(readSpecAtRef(spec, "main", root)),
    );
  } finally {
    await rm(linked, { force: true });
    await rm(root, { recursive: true, force: true });
  }
});

test("files only, as the working tree's listing has them: no symbolic link, and no folder that is a file at the ref", async () => {
  const { root, spec } = await tempWorkspace(path.join(fixturesDir, "golden", "spec"));
  const git = gitIn(root);
  try {
    git("init", "-q", "-b", "main");
    // First the folder's name held a file, then the folder, with links to a spec file and to a folder.
    await rename(spec, `${spec}.folder`);
    await writeFile(spec, "not a folder\n");
    git("add", ".");
    git("commit", "-q", "-m", "a file");
    await rm(spec);
    await rename(`${spec}.folder`, spec);
    await symlink("../sips.yaml", path.join(spec, "dictionary", "link.yaml"));
    await mkdir(path.join(root, "elsewhere"));
    await writeFile(path.join(root, "elsewhere", "x.yaml"), "operation: elsewhere\n");
    await symlink("../elsewhere", path.join(spec, "operations", "linked"));
    git("add", "-A");
    git("commit", "-q", "-m", "a folder");
    expect(content(readSpecAtRef(spec, "main", root))).toEqual(content(await readSpecInput(spec, root)));
    expect(() => readSpecAtRef(spec, "main~1", root)).toThrow(SpecAtRefProblem);
    // Named from the folder the command was typed in, as its other messages name it.
    expect(() => readSpecAtRef(spec, "main~1", root)).toThrow(
      `spec folder "${path.relative(root, spec)}" holds no file at main~1: `,
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test("a repository without a commit: the ref names none, and the message says the repository has none yet", async () => {
  const { root, spec } = await tempWorkspace(path.join(fixturesDir, "golden", "spec"));
  try {
    gitIn(root)("init", "-q", "-b", "main");
    for (const ref of ["main", "HEAD"])
      expect(() => readSpecAtRef(spec, ref, root)).toThrow(
        new SpecAtRefProblem(
          `--base "${ref}" names no commit: the repository has none yet; commit the spec, then compare the working tree with that commit`,
        ),
      );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test("a ref git gives up on (an upstream where none is set) names no commit: the folder is still said to be in a work tree", async () => {
  const { root, spec } = await committedGolden();
  try {
    // git exits 128 here, as it does for a folder out of any work tree.
    expect(() => readSpecAtRef(spec, "@{upstream}", root)).toThrow(
      new SpecAtRefProblem(
        '--base "@{upstream}" names no commit of the repository; give a branch, tag or commit, e.g. main or HEAD~1',
      ),
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test("a clone of another branch has the docs' `main` as origin/main alone: the message names that ref, which reads the spec", async () => {
  const { root, spec: originSpec } = await committedGolden();
  const clone = `${root}-clone`;
  try {
    const git = gitIn(root);
    git("commit", "-q", "--allow-empty", "-m", "next");
    git("branch", "work");
    // Branches whose names end as main's does, one of them under a folder: no remote-tracking name of main.
    git("branch", "domain");
    git("branch", "feature/main");
    git("clone", "-q", "-b", "work", `file://${root}`, clone);
    const spec = path.join(clone, path.relative(root, originSpec));
    const refs: readonly (readonly [string, string])[] = [
      ["main", "origin/main"],
      ["main~1", "origin/main~1"],
    ];
    for (const [ref, remote] of refs)
      expect(() => readSpecAtRef(spec, ref, clone)).toThrow(
        new SpecAtRefProblem(
          `--base "${ref}" names no commit of the repository; this clone has it as a remote-tracking branch only: give --base ${remote}`,
        ),
      );
    expect(content(readSpecAtRef(spec, "origin/main", clone))).toEqual(
      content(readSpecAtRef(originSpec, "main", root)),
    );
    // A name no remote has either keeps the plain sentence.
    expect(() => readSpecAtRef(spec, "release", clone)).toThrow(
      new SpecAtRefProblem(
        '--base "release" names no commit of the repository; give a branch, tag or commit, e.g. main or HEAD~1',
      ),
    );
  } finally {
    await rm(root, { recursive: true, force: true });
    await rm(clone, { recursive: true, force: true });
  }
});

test("the ref's places are shown as the working tree's are, behind the ref: absolute where a relative path climbs further", async () => {
  const { root, spec } = await committedGolden();
  try {
    // A folder so deep that the spec's relative path from it is longer than its absolute one, and one near it.
    const deep = path.join(root, ...Array.from({ length: Math.ceil(spec.length / 3) + 1 }, () => "d"));
    const near = path.join(root, "sub");
    await mkdir(deep, { recursive: true });
    await mkdir(near);
    expect(path.relative(deep, spec).length).toBeGreaterThan(spec.length);
    for (const cwd of [deep, near, root]) {
      const tree = await readSpecInput(spec, cwd);
      const atRef = readSpecAtRef(spec, "main", cwd);
      expect(atRef.displayRoot).toBe(`main:${tree.displayRoot}`);
      expect(atRef.files.map((f) => f.displayPath)).toEqual(tree.files.map((f) => `main:${f.displayPath}`));
    }
    expect(readSpecAtRef(spec, "main", deep).displayRoot).toBe(`main:${spec.split(path.sep).join("/")}`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
