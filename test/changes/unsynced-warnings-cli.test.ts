// `npm run changes` compares spec/ at a ref with spec/ as it stands: a page
// release that sync has not brought in, or one saved beside its page under a
// copy's name, is in none of its changes, and the report says so first,
// without failing the command. In throwaway repositories of the sync fixture.
import { execFileSync } from "node:child_process";
import { copyFile, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { usePageReader, useParser } from "../../generator/read/read-documents.js";
import { fixturesDir } from "../support/paths.js";
import { runInProcess } from "../support/run-cli.js";
import { sharedParse } from "../support/shared-parses.js";
import { sharedPageRead } from "../support/shared-pages.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

const roots: string[] = [];
afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

/** A repository of the sync fixture, committed as main. */
async function repository(): Promise<{ root: string; spec: string }> {
  const workspace = await tempWorkspace(path.join(fixturesDir, "sync", "spec"));
  roots.push(workspace.root);
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", ...args], {
      cwd: workspace.root,
      stdio: "ignore",
    });
  git("init", "-q", "-b", "main");
  git("add", ".");
  git("commit", "-q", "-m", "base");
  return workspace;
}

const json = async (root: string) => {
  const run = await runInProcess("changes-cli.ts", ["--base", "main", "--format", "json"], root);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as { warnings?: { kind: string; message: string }[] };
};

test("a spec in line with its pages gets no warning", async () => {
  const { root } = await repository();
  expect(await json(root)).not.toHaveProperty("warnings");
});

test("a page release sync has not brought in is said first, with the place sync's check starts at", async () => {
  const { root, spec } = await repository();
  const page = path.join(spec, "sources/cardCheck.page.txt");
  await editFile(page, "- Interface version\n- 2.50\nKind of card.", "- Interface version\n- 2.55\nKind of card.");
  await editFile(page, "2.50 |\ncardKind", "2.55 |\ncardKind");
  const report = await json(root);
  expect(report.warnings).toHaveLength(1);
  const [warning] = report.warnings ?? [];
  expect(warning).toMatchObject({ kind: "unsynced", first: expect.stringMatching(/^spec\/.+:\d+:\d+$/) });
  expect(warning?.message).toContain("`npm run sync -- --check` finds");
  const markdown = await runInProcess("changes-cli.ts", ["--base", "main"], root);
  expect(markdown.status).toBe(0);
  expect(markdown.stdout.split("\n").slice(2, 3)).toEqual([`> **Warning:** ${warning?.message}.`]);
});

test("a release saved beside its page under a copy's name is said, with what to do, and the tree is not said unsynced", async () => {
  const { root, spec } = await repository();
  await writeFile(path.join(spec, "sources/cardCheck.page (1).txt"), "a release saved under a second name\n");
  const report = await json(root);
  expect(report.warnings).toEqual([
    {
      kind: "page-copy",
      copy: "spec/sources/cardCheck.page (1).txt",
      page: "spec/sources/cardCheck.page.txt",
      message: expect.stringContaining("save it over spec/sources/cardCheck.page.txt, then run `npm run sync`"),
    },
  ]);
});

test("a page an operation cites is no copy, whatever its name: changes warns of it no more than sync does", async () => {
  const { root, spec } = await repository();
  const op = path.join(spec, "operations/office/cardCheck.yaml");
  await writeFile(
    path.join(spec, "operations/office/cardCheckV2.yaml"),
    (await readFile(op, "utf8"))
      .replace("operation: cardCheck\n", "operation: cardCheckV2\n")
      .replace("page: sources/cardCheck.page.txt", "page: sources/cardCheck-v2.page.txt")
      .replaceAll("office/cardCheck\n", "office/cardCheckV2\n"),
  );
  const page = await readFile(path.join(spec, "sources/cardCheck.page.txt"), "utf8");
  await writeFile(
    path.join(spec, "sources/cardCheck-v2.page.txt"),
    `cardCheckV2${page.slice("cardCheck".length)}`.replaceAll("office/cardCheck\n", "office/cardCheckV2\n"),
  );
  const checked = await runInProcess("sync-cli.ts", ["--check"], root);
  expect(checked.stderr).not.toContain("page-copy");
  expect((await json(root)).warnings ?? []).toEqual([]);
});

test("a copy read as a page is said as sync says it, the first of its problems, not as a file no command reads", async () => {
  const { root, spec } = await repository();
  await copyFile(path.join(spec, "sources/cardCheck.page.txt"), path.join(spec, "sources/cardCheck (2).page.txt"));
  const checked = await runInProcess("sync-cli.ts", ["--check"], root);
  expect(checked.stderr.match(/ error [\w-]+ /g)).toEqual([" error page-operation-cited "]);
  expect((await json(root)).warnings).toEqual([
    expect.objectContaining({ kind: "unsynced", problems: 1, first: "spec/sources/cardCheck (2).page.txt:1:1" }),
  ]);
});

test("the working tree's files are read once, for the changes and for sync's check alike", async () => {
  const { root } = await repository();
  const reads = new Map<string, number>();
  const count = (file: string) => reads.set(file, (reads.get(file) ?? 0) + 1);
  useParser((file) => {
    count(file.displayPath);
    return sharedParse(file);
  });
  usePageReader((text, file) => {
    count(file);
    return sharedPageRead(text, file);
  });
  try {
    await json(root);
  } finally {
    useParser(sharedParse);
    usePageReader(sharedPageRead);
  }
  const tree = [...reads].filter(([file]) => file.startsWith("spec/"));
  expect(tree.some(([file]) => file.endsWith(".yaml"))).toBe(true);
  expect(tree.some(([file]) => file.endsWith(".page.txt"))).toBe(true);
  // The spec at the ref is read too, once, under its own name (main:spec/...).
  expect(reads.size).toBe(2 * tree.length);
  expect(tree.filter(([, times]) => times !== 1)).toEqual([]);
});
