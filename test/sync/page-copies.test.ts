// A new release saved beside its page under the name a browser, a file manager or an editor gives a second save:
// generate and changes read the page it copies, so the copy is a warning there, at the file, naming that page and
// sync (generate reads a copy ending in .page.txt as a page no operation cites, and says so); sync, which would
// compare the spec with the old page, fails on it, and says what to do.
import { copyFile, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { pageCopyOf } from "../../generator/rules/page-copies.js";
import { fixturesDir } from "../support/paths.js";
import { runInProcess } from "../support/run-cli.js";
import { tempWorkspace } from "../support/temp-spec.js";

let root = "";
afterEach(() => rm(root, { recursive: true, force: true }));

const PAGE = "sources/cardCheck.page.txt";

test.each([
  "cardCheck.page (1).txt", // Chrome, Edge
  "cardCheck.page(2).txt", // Firefox
  "cardCheck.page 2.txt", // Safari
  "cardCheck.page copy.txt", // macOS Finder
  "cardCheck.page - Copy.txt", // Windows Explorer
  "cardCheck.page - Copy (2).txt",
  "Copy of cardCheck.page.txt",
  "cardCheck.page (copy).txt", // GNOME Files
  "cardCheck.page (another copy).txt",
  "cardCheck.page.new.txt", // a name of one's own
  "cardCheck.new.page.txt",
  "cardCheck (2).page.txt",
  "cardCheck-v2.page.txt",
  "cardCheck.page.txt~", // editors
  "cardCheck.page.txt.bak",
  "cardCheck.page.txt.orig",
  "cardCheck.page.txt.1", // wget
  "cardCheck.txt", // saved without the page's ending
])("%s is another save of sources/cardCheck.page.txt", (name) => {
  expect(pageCopyOf(`sources/${name}`)).toBe(PAGE);
});

// Operations' own names that end as a copy's mark would, but joined to the name: pages of their own.
test.each([
  "cardCheck.page.txt",
  "walletCardCheck.page.txt",
  "cardCheckEnrollment.page.txt",
  "cardCheck2.page.txt",
  "cardCheckV2.page.txt",
  "cardCheckNew.page.txt",
  "cardCheckCopy.page.txt",
  "cardCheckOld.page.txt",
  "notes.md",
])("%s is no copy of sources/cardCheck.page.txt", (name) => {
  expect(pageCopyOf(`sources/${name}`)).not.toBe(PAGE);
});

test("generate warns at the copy and writes; sync --check and sync fail on it, naming the page and what to do", async () => {
  const made = await tempWorkspace(path.join(fixturesDir, "sync", "spec"));
  root = made.root;
  await copyFile(path.join(made.spec, PAGE), path.join(made.spec, "sources/cardCheck.page (1).txt"));
  const generated = await runInProcess("cli.ts", ["--out", "out", "--no-cache"], root);
  expect(generated.status, generated.stderr).toBe(0);
  expect(generated.stderr).toBe(
    "spec/sources/cardCheck.page (1).txt:1:1 warning page-copy this file is named as another save of sources/cardCheck.page.txt, and is not read: if it is a new release of that page, save it over sources/cardCheck.page.txt and run `npm run sync`; else delete it\n",
  );
  const unread =
    "spec/sources/cardCheck.page (1).txt:1:1 error page-copy-unread this file is named as another save of sources/cardCheck.page.txt, which is the page sync compared the spec with: if it is a new release, save it over sources/cardCheck.page.txt and run `npm run sync` again; else delete it";
  const checked = await runInProcess("sync-cli.ts", ["--check"], root);
  expect([checked.status, checked.stderr]).toEqual([
    1,
    `${unread}\n\n1 problem: save the copy named above over the page it copies where it is a new release, else delete it.\n`,
  ]);
  const synced = await runInProcess("sync-cli.ts", [], root);
  expect([synced.status, synced.stderr]).toEqual([
    1,
    `\nNothing written: the spec agrees with the pages sync read, but a file beside a page is another save of it, which sync does not read (below).\n\nLeft for the maintainer (save each copy over the page it copies where it is a new release, else delete it; then run \`npm run sync\` again):\n${unread}\n`,
  ]);
});

test("a page an operation cites is read, whatever its name: no copy of the page its name resembles", async () => {
  const made = await tempWorkspace(path.join(fixturesDir, "sync", "spec"));
  root = made.root;
  const op = path.join(made.spec, "operations/office/cardCheck.yaml");
  await writeFile(
    path.join(made.spec, "operations/office/cardCheckV2.yaml"),
    (await readFile(op, "utf8"))
      .replace("operation: cardCheck\n", "operation: cardCheckV2\n")
      .replace("page: sources/cardCheck.page.txt", "page: sources/cardCheck-v2.page.txt")
      .replaceAll("office/cardCheck\n", "office/cardCheckV2\n"),
  );
  const page = await readFile(path.join(made.spec, PAGE), "utf8");
  await writeFile(
    path.join(made.spec, "sources/cardCheck-v2.page.txt"),
    `cardCheckV2${page.slice("cardCheck".length)}`.replaceAll("office/cardCheck\n", "office/cardCheckV2\n"),
  );
  // The whole spec checked, then, one operation edited, the others' remembered facts (validate-with-memo.ts):
  // neither calls the cited page a copy.
  for (const run of [1, 2]) {
    if (run === 2) await writeFile(op, `${await readFile(op, "utf8")}# edited\n`);
    const generated = await runInProcess("cli.ts", ["--out", "out"], root);
    expect([run, generated.status]).toEqual([run, 0]);
    expect(generated.stderr).not.toContain("page-copy");
  }
  expect(pageCopyOf("sources/cardCheck-v2.page.txt")).toBe(PAGE);
});

test("a copy read as a page is said once by sync, as a second page of its operation, not as a copy too", async () => {
  const made = await tempWorkspace(path.join(fixturesDir, "sync", "spec"));
  root = made.root;
  await copyFile(path.join(made.spec, PAGE), path.join(made.spec, "sources/cardCheck (2).page.txt"));
  // generate reads it, as a page no operation cites: its warning says so, not that the file is not read.
  const generated = await runInProcess("cli.ts", ["--out", "out", "--no-cache"], root);
  expect([generated.status, generated.stderr]).toEqual([
    0,
    "spec/sources/cardCheck (2).page.txt:1:1 warning page-copy this file is named as another save of sources/cardCheck.page.txt, and is read as a page that no operation cites, which nothing is made from: if it is a new release of that page, save it over sources/cardCheck.page.txt and run `npm run sync`; else delete it\n",
  ]);
  const checked = await runInProcess("sync-cli.ts", ["--check"], root);
  expect(checked.status).toBe(1);
  expect(checked.stderr.match(/ error [\w-]+ /g)).toEqual([" error page-operation-cited "]);
});
