// `sync --check` after one page of the repository's spec changed: the problem
// leads, with what is said of its own file, and the differences other files
// keep on purpose (source.deviations) follow under a line of their own that
// counts them; with --verbose they are listed under it, none left out, and the
// closing line names where the problem is. The operation
// is found in spec/ (one with deviations of its own, whose page prints a
// summary), not named here; four pages reworded, for the count the closing
// line gives past three files.
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { readPage } from "../../generator/read/page/read-page.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { runInProcess } from "../support/run-cli.js";
import { specDir } from "../support/paths.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

const base = await readSpecInput(specDir);
const chosen = base.files
  .filter((f) => f.kind === "operation" && f.text.includes("\n  deviations:\n"))
  .flatMap((f) => {
    const page = /\n {2}page: (\S+)/.exec(f.text)?.[1];
    const text = page === undefined ? undefined : base.pages?.get(page);
    const summary = text === undefined || page === undefined ? null : readPage(text, page).page.summary;
    return summary === null || page === undefined ? [] : [{ file: f.relPath, page, summary: summary.value }];
  })[0];
if (!chosen) throw new Error("no operation of the spec keeps a deviation and cites a page that prints a summary");
const operation = path.basename(chosen.file, ".yaml");

let root = "";
let unchanged: string[] = [];
beforeAll(async () => {
  ({ root } = await tempWorkspace(specDir));
  unchanged = (await runInProcess("sync-cli.ts", ["--check"], root)).stderr.split("\n");
  await editFile(path.join(root, "spec", chosen.page), `\n${chosen.summary}\n`, `\n${chosen.summary} Reworded.\n`);
  expect(await readFile(path.join(root, "spec", chosen.page), "utf8")).toContain(" Reworded.\n");
});
afterAll(() => rm(root, { recursive: true, force: true }));

const diagnosticLine = / (error|warning|info) [a-z-]+ /;
const ofChosen = (line: string) => line.startsWith(`spec/${chosen.file}:`);

test("the problem leads, with its file's own deviations; the other files' follow under a line of their own (--verbose)", async () => {
  const run = await runInProcess("sync-cli.ts", ["--check", "--verbose"], root);
  expect(run.status).toBe(1);
  const lines = run.stderr.split("\n");
  const heading = lines.findIndex((l) =>
    / kept on purpose \(source\.deviations\), in files that otherwise agree/.test(l),
  );
  const error = lines.findIndex((l) => l.includes(" error page-mismatch summary: "));
  expect(error).toBe(0);
  expect(heading).toBeGreaterThan(error);
  const before = lines.slice(0, heading).filter((l) => diagnosticLine.test(l));
  const after = lines.slice(heading).filter((l) => diagnosticLine.test(l));
  // Without it: sorted by file, the problem stood among the deviations of every other operation.
  expect(before.length).toBeGreaterThan(1);
  expect(before.every(ofChosen)).toBe(true);
  expect(after.length).toBeGreaterThan(0);
  expect(after.every((l) => !ofChosen(l) && l.includes(" info page-deviation "))).toBe(true);
  // Nothing hidden: every line a clean check prints is printed, the problem beside them.
  const said = unchanged.filter((l) => diagnosticLine.test(l));
  expect([...before, ...after].filter((l) => !l.includes(" error ")).sort()).toEqual(said.sort());
  expect(lines[heading]).toBe(
    `${after.length} differences kept on purpose (source.deviations), in files that otherwise agree with their pages:`,
  );
  expect(lines.at(-2)).toMatch(
    new RegExp(
      `^1 problem in ${operation} \\(listed before the ${after.length} kept on purpose\\): run \`npm run sync\``,
    ),
  );
});

test("without --verbose, the other files' deviations are counted in one line between the problem and the closing line", async () => {
  const run = await runInProcess("sync-cli.ts", ["--check"], root);
  expect(run.status).toBe(1);
  const lines = run.stderr.split("\n");
  const verbose = (await runInProcess("sync-cli.ts", ["--check", "--verbose"], root)).stderr.split("\n");
  const heading = verbose.findIndex((l) => / kept on purpose \(source\.deviations\)/.test(l));
  const listed = verbose.slice(heading + 1).filter((l) => diagnosticLine.test(l)).length;
  // The problem's lines as --verbose prints them, then one line for the rest, then the closing line.
  expect(lines.slice(0, heading)).toEqual(verbose.slice(0, heading));
  expect(lines.slice(heading)).toEqual([
    `${listed} differences kept on purpose (source.deviations), in files that otherwise agree with their pages, not listed while there are problems (--verbose lists them).`,
    "",
    expect.stringMatching(/^1 problem: run `npm run sync`/),
    "",
  ]);
});

test("problems in more files than the closing line names: three by name, then how many more", async () => {
  // Four operations' pages reworded in a workspace of their own: four files with a problem each.
  const four = base.files
    .filter((f) => f.kind === "operation")
    .flatMap((f) => {
      const page = /\n {2}page: (\S+)/.exec(f.text)?.[1];
      const text = page === undefined ? undefined : base.pages?.get(page);
      const summary = text === undefined || page === undefined ? null : readPage(text, page).page.summary;
      return summary === null || page === undefined ? [] : [{ page, summary: summary.value }];
    })
    .filter((p, i, all) => all.findIndex((q) => q.page === p.page) === i)
    .slice(0, 4);
  expect(four).toHaveLength(4);
  const { root: many } = await tempWorkspace(specDir);
  try {
    for (const { page, summary } of four)
      await editFile(path.join(many, "spec", page), `\n${summary}\n`, `\n${summary} Reworded.\n`);
    const lines = (await runInProcess("sync-cli.ts", ["--check", "--verbose"], many)).stderr.split("\n");
    expect(lines.at(-2)).toMatch(/^4 problems in \w+, \w+, \w+ and 1 more \(listed before the \d+ kept on purpose\): /);
  } finally {
    await rm(many, { recursive: true, force: true });
  }
});
