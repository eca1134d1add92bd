// `npm run changes` after a page release, in a throwaway repository of the
// sync fixture (cardCheck cites its page): the line of a field's change names
// the page's place of what changed, from the folder the command runs in.
import { execFileSync } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { fixturesDir } from "../support/paths.js";
import { runInProcess } from "../support/run-cli.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

const { root, spec } = await tempWorkspace(path.join(fixturesDir, "sync", "spec"));
afterAll(() => rm(root, { recursive: true, force: true }));

test("a version changed by a page release names the line where the page prints the new version", async () => {
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", ...args], {
      cwd: root,
      stdio: "ignore",
    });
  git("init", "-q", "-b", "main");
  git("add", ".");
  git("commit", "-q", "-m", "base");
  // The release prints cardKind's version 2.55, in its field list and its changelog.
  const page = path.join(spec, "sources/cardCheck.page.txt");
  await editFile(page, "- Interface version\n- 2.50\nKind of card.", "- Interface version\n- 2.55\nKind of card.");
  await editFile(page, "2.50 |\ncardKind", "2.55 |\ncardKind");
  await editFile(path.join(spec, "operations/office/cardCheck.yaml"), 'since: "2.50"', 'since: "2.55"');
  const lines = (await readFile(page, "utf8")).split("\n");
  const line = lines.indexOf("- 2.55") + 1;
  expect(line).toBeGreaterThan(0);
  const run = await runInProcess("changes-cli.ts", ["--base", "main"], root);
  expect(run.stderr).toBe("");
  const cardKind = run.stdout.split("\n").filter((l) => l.startsWith("- **cardCheck** request `/cardKind`: since"));
  expect(cardKind).toHaveLength(1);
  expect(cardKind[0]).toContain(` Page: \`spec/sources/cardCheck.page.txt:${line}:3\`. _(since; `);
});
