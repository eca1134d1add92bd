// Usage errors of the command line are exit 1 with a message that says what
// to do, never a stack: the stack and exit 2 are for the generator's own bugs.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { fixturesDir } from "../support/paths.js";
import { runInProcess } from "../support/run-cli.js";
import { tempWorkspace } from "../support/temp-spec.js";

test.each([
  { about: "a missing spec folder", args: ["--spec", "nowhere"], want: 'spec folder "nowhere" does not exist' },
  { about: "the default spec folder missing", args: [], want: 'spec folder "spec" does not exist' },
  {
    about: "a file given as the spec folder",
    args: ["--spec", "file.txt"],
    want: 'spec folder "file.txt" is not a folder',
  },
])("$about: exit 1, a clear message, nothing written", async ({ args, want }) => {
  const root = await mkdtemp(path.join(tmpdir(), "sips-usage-"));
  await writeFile(path.join(root, "file.txt"), "not a folder\n");
  const run = await runInProcess("cli.ts", [...args, "--no-cache"], root);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain(want);
  expect(run.stderr).toContain("--spec <dir>");
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stdout).toBe("");
  expect(existsSync(path.join(root, "generated"))).toBe(false);
});

test.each([
  {
    command: "cli.ts",
    args: ["--outt", "x"],
    want: "npm run generate --: unknown option '--outt'; did you mean --out? (see --help).\n",
  },
  {
    command: "cli.ts",
    args: ["--check", "--watch"],
    want: "npm run generate --: option '--watch' cannot be used with option '--check' (see --help).\n",
  },
  {
    command: "cli.ts",
    args: ["--watch", "--check"],
    want: "npm run generate --: option '--watch' cannot be used with option '--check' (see --help).\n",
  },
  // A check writes nothing: the records it cannot write are refused, not left unwritten in silence.
  {
    command: "sync-cli.ts",
    args: ["--check", "--record-deviations"],
    want: "npm run sync --: option '--record-deviations' cannot be used with option '--check' (see --help).\n",
  },
  {
    command: "sync-cli.ts",
    args: ["--record-deviations", "--check"],
    want: "npm run sync --: option '--record-deviations' cannot be used with option '--check' (see --help).\n",
  },
  {
    command: "sync-cli.ts",
    args: ["--chek"],
    want: "npm run sync --: unknown option '--chek'; did you mean --check? (see --help).\n",
  },
  {
    command: "changes-cli.ts",
    args: [],
    want: "npm run changes --: --base <ref> is not given: name the commit the review is against, e.g. --base main, or --base origin/main in a clone of another branch, which has no local main (see --help).\n",
  },
  {
    command: "changes-cli.ts",
    args: ["--base", "main", "--format", "yaml"],
    want: "npm run changes --: option '--format <format>' argument 'yaml' is invalid. Allowed choices are markdown, json (see --help).\n",
  },
])(
  "$command $args: a usage error names the command and points at --help, as its own messages do",
  async ({ command, args, want }) => {
    const run = await runInProcess(command, args, tmpdir());
    expect([run.status, run.stderr, run.stdout]).toEqual([1, want, ""]);
  },
);

test.each(["cli.ts", "sync-cli.ts", "changes-cli.ts"])(
  "%s --help: its exit codes listed as the others', examples, no default of a flag",
  async (command) => {
    const run = await runInProcess(command, ["--help"], tmpdir());
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\nExit codes:\n {2}0 {2}\S.*\n {2}1 {2}\S[\s\S]*\n {2}2 {2}\S/);
    // Each usage error above is exit 1: the list says so.
    expect(run.stdout).toMatch(/\n {2}1 {2}a usage error \(/);
    expect(run.stdout).toContain("\nExamples:\n");
    // npm runs the command from the package's root: the help says which folder a relative path is read from.
    expect(run.stdout).toContain("\nPaths:\n  A relative path is read from the folder the command was typed in");
    expect(run.stdout).not.toContain("(default: false)");
  },
);

test.each([
  { command: "cli.ts", args: ["--spec", "a", "--spec", "b"], flags: "--spec <dir>" },
  { command: "cli.ts", args: ["--out=a", "--out", "a"], flags: "--out <dir>" },
  { command: "cli.ts", args: ["--cache-dir", "a", "--cache-dir", "b"], flags: "--cache-dir <dir>" },
  { command: "sync-cli.ts", args: ["--check", "--family", "A", "--family", "B"], flags: "--family <name>" },
  { command: "changes-cli.ts", args: ["--base", "main", "--base", "HEAD~1"], flags: "--base <ref>" },
  {
    command: "changes-cli.ts",
    args: ["--base", "x", "--format", "json", "--format=markdown"],
    flags: "--format <format>",
  },
])(
  "$command $args: a value given twice is a usage error, where the last was kept in silence",
  async ({ command, args, flags }) => {
    const run = await runInProcess(command, args, tmpdir());
    const name = { "cli.ts": "generate", "sync-cli.ts": "sync", "changes-cli.ts": "changes" }[command];
    const want = `npm run ${name} --: option '${flags}' is given twice; give it once (see --help).\n`;
    expect([run.status, run.stderr, run.stdout]).toEqual([1, want, ""]);
  },
);

test.each([
  {
    about: "a file given as the output folder",
    args: ["--out", "file.txt"],
    want: 'output folder "file.txt" is not a folder (it is given with --out <dir>; see --help).',
  },
  {
    about: "an output folder under a file",
    args: ["--out", "file.txt/generated"],
    want: 'output folder "file.txt/generated" cannot be made: a folder on its path is a file (it is given with --out <dir>; see --help).',
  },
  {
    about: "a file given as the cache folder",
    args: ["--cache-dir", "file.txt"],
    want: 'cache folder "file.txt" is not a folder (it is given with --cache-dir <dir>; see --help).',
  },
])("$about: exit 1, a clear message, nothing written", async ({ args, want }) => {
  const root = await mkdtemp(path.join(tmpdir(), "sips-usage-"));
  await writeFile(path.join(root, "file.txt"), "not a folder\n");
  await mkdir(path.join(root, "spec"));
  for (const check of [[], ["--check"], ["--watch"]]) {
    const run = await runInProcess("cli.ts", [...args, ...check], root);
    expect([run.status, run.stderr, run.stdout]).toEqual([1, `npm run generate --: ${want}\n`, ""]);
  }
  expect(await readdir(root)).toEqual(["file.txt", "spec"]);
  expect(await readFile(path.join(root, "file.txt"), "utf8")).toBe("not a folder\n");
});

test("a missing --out folder is made with its missing parents, as git clone and tsc --outDir make theirs; the summary names it", async () => {
  const { root } = await tempWorkspace(path.join(fixturesDir, "invalid", "_base"));
  const run = await runInProcess("cli.ts", ["--out", "build/sips/generated", "--no-cache"], root);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^build\/sips\/generated\/: \d+ added, 0 changed, 0 removed, 0 unchanged\.\n$/);
  expect(existsSync(path.join(root, "build/sips/generated/.manifest.json"))).toBe(true);
});
