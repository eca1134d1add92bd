// `npm run changes` against a git ref, in a throwaway repository: the base
// spec comes from git, the other from the working tree.
import { execFileSync } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixturesDir } from "../support/paths.js";
import { runCommand, runInProcess } from "../support/run-cli.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport, toJson } from "../../generator/changes/report.js";
import { edited, FIELDS, goldenInput, LISTS, modelOf, modelOfGolden } from "../support/golden-changes.js";

let root = "";
beforeAll(async () => {
  ({ root } = await tempWorkspace(path.join(fixturesDir, "golden", "spec")));
  const git = (...args: string[]) => execFileSync("git", args, { cwd: root, stdio: "ignore" });
  git("init", "-q", "-b", "main");
  git("-c", "user.name=test", "-c", "user.email=test@example.com", "add", ".");
  git("-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "base");
  await editFile(
    path.join(root, "spec/operations/office/cardCheck.yaml"),
    "    cards:\n      presence: optional",
    "    cards:\n      presence: required",
  );
});
afterAll(() => rm(root, { recursive: true, force: true }));

test("--format json: the verdict and each change with its place and classes", async () => {
  const run = await runCommand("changes-cli.ts", ["--base", "main", "--format", "json"], root);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(JSON.parse(run.stdout)).toEqual({
    semver: "major",
    changes: [
      {
        operation: "cardCheck",
        message: "response",
        field: "/cards",
        kind: "presence",
        classes: ["breaking-response"],
        summary:
          'cards: presence optional → required. Responses without it are refused; code constructing responses stops compiling. The example response, the mock server\'s reply, now holds it: cards[].panExpiryDate "123456", a placeholder made from its type and format, no value a source gives.',
      },
    ],
  });
});

test("--help names the JSON report's keys and every verdict, none among them", async () => {
  const run = await runInProcess("changes-cli.ts", ["--base", "main", "--format", "json"], root);
  const report = JSON.parse(run.stdout) as { changes: Record<string, unknown>[] };
  const help = (await runInProcess("changes-cli.ts", ["--help"], root)).stdout.replaceAll("\n", " ");
  // A shared list's and a container type's changes carry keys of their own.
  const shared = compareSpecs(
    await modelOfGolden(),
    await modelOf(
      edited(goldenInput, [
        [LISTS, "      MOTO:\n", "      MOBILE:\n        meaning: Mobile\n      MOTO:\n"],
        [FIELDS, "typeName: PostalAddress", "typeName: BuyerAddress"],
      ]),
    ),
  );
  // As the JSON gives them: without the words of their Markdown lines (Change.line, Change.taken).
  const sharedJson = (JSON.parse(toJson(changesReport(shared))) as { changes: Record<string, unknown>[] }).changes;
  const keys = new Set([...report.changes, ...sharedJson].flatMap((c) => Object.keys(c)));
  expect(keys).toContain("list");
  expect(keys).toContain("type");
  for (const key of ["semver", "changes", ...keys]) expect(help).toContain(`"${key}"`);
  for (const verdict of ["major", "minor", "patch", "none"]) expect(help).toMatch(new RegExp(`\\b${verdict} `));
});

// The command in this process: the test above runs its process, end to end.
test("Markdown by default; an unknown ref is a plain message and exit 1, not a report", async () => {
  const run = await runInProcess("changes-cli.ts", ["--base", "main"], root);
  expect(run.stdout).toContain(
    "## Spec changes since `main`: major release\n\n### Breaking for readers of responses\n",
  );
  // Last, where openapi.json changes: cards made required joins the response schema's required list.
  const section = run.stdout.slice(run.stdout.indexOf("### Where `generated/openapi.json` changes"));
  expect(section).toMatch(
    /^- line \d+ \(\+\d+ −\d+\): \*\*cardCheck\*\* `\/components\/schemas\/CardCheckResponse\/required`$/m,
  );
  expect(run.stdout.indexOf("### Where")).toBeGreaterThan(run.stdout.indexOf("### Breaking for readers"));
  // An option in place of a ref is refused too, by the same sentence, whatever git's version.
  for (const ref of ["no-such-ref", "--all"]) {
    const bad = await runInProcess("changes-cli.ts", [`--base=${ref}`], root);
    expect([bad.status, bad.stdout, bad.stderr]).toEqual([
      1,
      "",
      `npm run changes --: --base ${JSON.stringify(ref)} names no commit of the repository; give a branch, tag or commit, e.g. main or HEAD~1 (see --help).\n`,
    ]);
  }
});

test("in a shallow clone, a ref it lacks is said to be perhaps beyond its history, and how to fetch it", async () => {
  const { root: origin } = await tempWorkspace(path.join(fixturesDir, "golden", "spec"));
  const clone = `${origin}-shallow`;
  try {
    const git = (cwd: string, ...args: string[]) =>
      execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", ...args], {
        cwd,
        stdio: "ignore",
      });
    git(origin, "init", "-q", "-b", "main");
    git(origin, "add", ".");
    git(origin, "commit", "-q", "-m", "base");
    git(origin, "commit", "-q", "--allow-empty", "-m", "next");
    git(origin, "clone", "-q", "--depth", "1", `file://${origin}`, clone);
    const run = await runInProcess("changes-cli.ts", ["--base", "HEAD~1"], clone);
    expect([run.status, run.stdout, run.stderr]).toEqual([
      1,
      "",
      'npm run changes --: --base "HEAD~1" names no commit of the repository; give a branch, tag or commit, e.g. main or HEAD~1. This clone is shallow and may lack that commit: fetch the history first (git fetch --unshallow) (see --help).\n',
    ]);
    // The full repository has that commit: the same ref compares.
    expect((await runInProcess("changes-cli.ts", ["--base", "HEAD~1"], origin)).status).toBe(0);
  } finally {
    await rm(origin, { recursive: true, force: true });
    await rm(clone, { recursive: true, force: true });
  }
});

test("a ref at which the spec folder holds nothing is a plain message, not the errors of an empty spec", async () => {
  const { root: later } = await tempWorkspace(path.join(fixturesDir, "golden", "spec"));
  try {
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", ...args], {
        cwd: later,
        stdio: "ignore",
      });
    git("init", "-q", "-b", "main");
    git("commit", "-q", "--allow-empty", "-m", "before the spec");
    const run = await runInProcess("changes-cli.ts", ["--base", "main"], later);
    expect([run.status, run.stdout, run.stderr]).toEqual([
      1,
      "",
      'npm run changes --: spec folder "spec" holds no file at main: give a ref at which the spec exists, e.g. the last release\'s tag (see --help).\n',
    ]);
  } finally {
    await rm(later, { recursive: true, force: true });
  }
});

test("a spec at the ref that today's format refuses: its errors, said to be read as this generator reads it", async () => {
  const { root: older } = await tempWorkspace(path.join(fixturesDir, "golden", "spec"));
  try {
    const sips = path.join(older, "spec/sips.yaml");
    await editFile(sips, "documentVersion: 1.0.0\n", "");
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", ...args], {
        cwd: older,
        stdio: "ignore",
      });
    git("init", "-q", "-b", "main");
    git("add", ".");
    git("commit", "-q", "-m", "before documentVersion");
    await editFile(sips, "platform: Sips 2.0\n", "platform: Sips 2.0\ndocumentVersion: 1.0.0\n");
    const run = await runInProcess("changes-cli.ts", ["--base", "main"], older);
    expect([run.status, run.stdout, run.stderr.split("\n").slice(-3)]).toEqual([
      1,
      "",
      [
        "",
        "The spec at main has errors as this version of the generator reads it (a spec older than its format has such errors); no comparison.",
        "",
      ],
    ]);
    expect(run.stderr).toContain('error missing-key the top level needs the key "documentVersion"');
  } finally {
    await rm(older, { recursive: true, force: true });
  }
});

test("a spec folder that is missing, or outside a git work tree, is a plain message and exit 1", async () => {
  const missing = await runInProcess("changes-cli.ts", ["--base", "main", "--spec", "no-such-folder"], root);
  expect([missing.status, missing.stderr]).toEqual([
    1,
    'npm run changes --: spec folder "no-such-folder" does not exist (see --help).\n',
  ]);
  const { root: outside } = await tempWorkspace(path.join(fixturesDir, "golden", "spec"));
  try {
    const run = await runInProcess("changes-cli.ts", ["--base", "main"], outside);
    expect([run.status, run.stderr]).toEqual([
      1,
      'npm run changes --: spec folder "spec" is not in a git work tree: the changes are those since a commit of its repository (see --help).\n',
    ]);
  } finally {
    await rm(outside, { recursive: true, force: true });
  }
});

test("--fail-on: exit 3 at that release or a greater one, the report printed whole; 0 below it", async () => {
  // The working tree makes a response field required: a major release.
  for (const failOn of ["major", "minor", "patch"]) {
    const run = await runInProcess("changes-cli.ts", ["--base", "main", "--format", "json", "--fail-on", failOn], root);
    expect([run.status, JSON.parse(run.stdout).semver, run.stderr]).toEqual([
      3,
      "major",
      `npm run changes --: the changes call for a major release, at or above --fail-on ${failOn}.\n`,
    ]);
  }
  const { root: additive } = await tempWorkspace(path.join(fixturesDir, "golden", "spec"));
  try {
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", ...args], {
        cwd: additive,
        stdio: "ignore",
      });
    git("init", "-q", "-b", "main");
    git("add", ".");
    git("commit", "-q", "-m", "base");
    await editFile(
      path.join(additive, "spec", LISTS),
      "      MOTO:\n",
      "      MOBILE:\n        meaning: Mobile\n      MOTO:\n",
    );
    const minor = await runInProcess("changes-cli.ts", ["--base", "main", "--fail-on", "major"], additive);
    expect([minor.status, minor.stderr]).toEqual([0, ""]);
    expect(minor.stdout).toContain("## Spec changes since `main`: minor release\n");
    expect((await runInProcess("changes-cli.ts", ["--base", "main", "--fail-on", "minor"], additive)).status).toBe(3);
    // With the edit undone, nothing changed: no gate stops.
    git("checkout", "-q", "--", ".");
    const none = await runInProcess("changes-cli.ts", ["--base", "main", "--fail-on", "patch"], additive);
    expect([none.status, none.stderr]).toEqual([0, ""]);
    expect(none.stdout).toContain("## Spec changes since `main`: none\n");
  } finally {
    await rm(additive, { recursive: true, force: true });
  }
});
