// The spec as a git ref has it, read without checking anything out: the file
// list from `git ls-tree`, the texts from one `git cat-file --batch`.

import { execFileSync } from "node:child_process";
import { decodeSpecText } from "../read/decode-text.js";
import { blobBytes, treeEntries, type TreeEntry } from "./git-blobs.js";
import { specFileKindOf, PAGE_FILE, type SpecFile, type SpecInput } from "../read/spec-files.js";
import { shownPath } from "../read/shown-path.js";

const YAML_FILE = /\.ya?ml$/;

/** The user's to settle (no git, no repository, no such ref): a plain sentence and exit 1, not a failure of the command. */
export class SpecAtRefProblem extends Error {}

export function readSpecAtRef(specDir: string, ref: string, cwd = process.cwd()): SpecInput {
  const git = (...args: string[]): string =>
    execFileSync("git", args, {
      cwd: specDir,
      encoding: "utf8",
      maxBuffer: 1 << 28,
      stdio: ["ignore", "pipe", "pipe"],
    });
  const label = shownPath(cwd, specDir);
  const notInTree = `spec folder "${label}" is not in a git work tree: the changes are those since a commit of its repository`;
  const noCommit = `--base ${JSON.stringify(ref)} names no commit of the repository; give a branch, tag or commit, e.g. main or HEAD~1`;
  const whyNoCommit = () => {
    if (!hasCommits(git))
      return `--base ${JSON.stringify(ref)} names no commit: the repository has none yet; commit the spec, then compare the working tree with that commit`;
    const remote = remoteRefs(git, ref);
    if (remote.length > 0)
      return `--base ${JSON.stringify(ref)} names no commit of the repository; this clone has it as a remote-tracking branch only: give ${remote.map((name) => `--base ${name}`).join(" or ")}`;
    return noCommit + shallowNote(() => git("rev-parse", "--is-shallow-repository"));
  };
  // The repository's top, where the folder is in it as git sees it (a path reached through a symbolic link, a
  // checkout under a linked folder, is not under the real path git gives as the top, and path.relative would leave
  // it), and whether the ref names a commit: one git, a line each, where a git per question cost each run a process
  // more.
  // A ref that starts with "-" would be read as an option (git's --end-of-options needs git 2.30): no ref does.
  if (ref.startsWith("-")) {
    asked(() => git("rev-parse", "--show-toplevel"), notInTree);
    throw new SpecAtRefProblem(noCommit);
  }
  const [topLine = "", prefixLine = ""] = asked(
    () => git("rev-parse", "--show-toplevel", "--show-prefix", "--verify", "--quiet", `${ref}^{commit}`),
    () => {
      // Which question failed, asked apart: git's exit code does not tell (a ref it cannot resolve, such as @{u}
      // without an upstream, exits 128 as a folder out of any work tree does).
      asked(() => git("rev-parse", "--show-toplevel"), notInTree);
      return whyNoCommit();
    },
  ).split("\n");
  const top = topLine.trim();
  const specRel = prefixLine.replace(/\/$/, "");
  // Paths are the repository's, whatever the directory git runs in.
  const inRepo = (...args: string[]): string =>
    execFileSync("git", args, { cwd: top, encoding: "utf8", maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "pipe"] });
  const entries = treeEntries(inRepo("ls-tree", "-r", "-z", ref, "--", specRel === "" ? "." : specRel));
  // Files only, as the working tree's listing has them (list-files.ts): no symbolic link (git stores its target as
  // its text), no submodule, and nothing where the folder itself is a file at the ref.
  const listed = [...entries]
    .filter(([repoPath, e]) => isFile(e) && (specRel === "" || repoPath.startsWith(`${specRel}/`)))
    .map(([repoPath]) => repoPath)
    .sort();
  // Nothing there: the folder came later (or was elsewhere), which no list of missing-file errors makes plain.
  if (listed.length === 0)
    throw new SpecAtRefProblem(
      `spec folder "${label}" holds no file at ${ref}: give a ref at which the spec exists, e.g. the last release's tag`,
    );
  // Behind the ref, the folder as every other line shows it (shown-path.ts).
  const displayRoot = `${ref}:${label}`;
  const files: SpecFile[] = [];
  const otherPaths = new Set<string>();
  const pages = new Map<string, string>();
  const relOf = (repoPath: string) => (specRel === "" ? repoPath : repoPath.slice(specRel.length + 1));
  // The blobs read (spec files and pages), all from one git.
  const read = listed.filter((repoPath) => {
    const relPath = relOf(repoPath);
    return YAML_FILE.test(relPath) || PAGE_FILE.test(relPath);
  });
  const readBytes = blobBytes(
    top,
    read.map((repoPath) => entries.get(repoPath)?.id ?? ""),
  );
  const bytes = new Map(read.map((repoPath, i) => [repoPath, readBytes[i]]));
  const show = (repoPath: string): Buffer => bytes.get(repoPath) ?? Buffer.alloc(0);
  for (const repoPath of listed) {
    const relPath = relOf(repoPath);
    if (!YAML_FILE.test(relPath)) {
      otherPaths.add(relPath);
      if (PAGE_FILE.test(relPath)) pages.set(relPath, show(repoPath).toString("utf8"));
      continue;
    }
    // Decoded as the working tree's files are, so that both specs meet the same checks.
    const { text, problem } = decodeSpecText(show(repoPath));
    const file = { relPath, displayPath: `${displayRoot}/${relPath}`, kind: specFileKindOf(relPath), text };
    files.push(problem ? { ...file, textProblem: problem } : file);
  }
  return { specDir, displayRoot, files, otherPaths, pages };
}

/** A regular file's entry (mode 100644 or 100755): what the working tree's listing reads. */
const isFile = (entry: TreeEntry): boolean => entry.type === "blob" && entry.mode !== "120000";

/** Whether the repository has a commit: one just made by git init has no ref to name, which is said rather than which to give. */
function hasCommits(git: (...args: string[]) => string): boolean {
  try {
    git("rev-parse", "--verify", "--quiet", "HEAD^{commit}");
    return true;
  } catch {
    // HEAD names no commit: an unborn branch, which on another branch than the first has commits elsewhere.
    try {
      return git("rev-list", "-n", "1", "--all").trim() !== "";
    } catch {
      return false;
    }
  }
}

/**
 * The remote-tracking branches a ref names once its remote's name is put before it (`main~1`: `origin/main~1`):
 * a fresh clone has a local branch only of the one checked out, so that the `--base main` of the docs names
 * nothing in a clone of another branch, where `origin/main` is the same commit.
 */
function remoteRefs(git: (...args: string[]) => string, ref: string): string[] {
  const [, branch = "", suffix = ""] = /^([^~^@:]+)(.*)$/.exec(ref) ?? [];
  if (branch === "" || branch === "HEAD") return [];
  try {
    return git("for-each-ref", "--format=%(refname:short)", "refs/remotes/")
      .split("\n")
      .filter((name) => name.endsWith(`/${branch}`) && !name.slice(0, -branch.length - 1).includes("/"))
      .map((name) => name + suffix)
      .filter((name) => {
        try {
          git("rev-parse", "--verify", "--quiet", `${name}^{commit}`);
          return true;
        } catch {
          return false;
        }
      });
  } catch {
    return [];
  }
}

/**
 * A shallow clone (the checkout CI makes by default) holds no commit before its
 * tip, so a ref such as HEAD~1 or a merge base names nothing in it although the
 * repository has it: say so, and how to fetch it, rather than leave the ref in doubt.
 */
function shallowNote(isShallow: () => string): string {
  try {
    if (isShallow().trim() !== "true") return "";
  } catch {
    return "";
  }
  return ". This clone is shallow and may lack that commit: fetch the history first (git fetch --unshallow)";
}

/** Runs a git question; a git that is missing or says no becomes a SpecAtRefProblem with `no` as its sentence. */
function asked<T>(question: () => T, no: string | (() => string)): T {
  try {
    return question();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      throw new SpecAtRefProblem(
        "git is not installed (or not on PATH): npm run changes reads the spec at a ref with it",
      );
    throw new SpecAtRefProblem(typeof no === "string" ? no : no());
  }
}
