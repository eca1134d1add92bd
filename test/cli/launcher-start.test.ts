// The launcher (scripts/run-bundled.cjs) starts as CommonJS, itself and the
// script that runs the bundle: an ES module as the process's entry would start
// node's ES module loader in every run of every command. Seen from a command
// run through a copy of the launcher: the modules the CommonJS loader holds.
import { symlink } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import { launcherProject, runLauncher } from "../support/launcher-project.js";
import { repoRoot } from "../support/paths.js";

const ENTRY = `
import { createRequire } from "node:module";
export const command = async (_args: readonly string[], io: { out: (text: string) => void }) => {
  io.out(JSON.stringify(Object.keys(createRequire(import.meta.url).cache)));
  return 0;
};
`;

test("the launcher and the runner of the bundle are loaded as CommonJS modules", async () => {
  const root = await launcherProject({ "generator/entry.ts": ENTRY });
  const { status, stdout, stderr } = await runLauncher(root);
  expect(stderr).toBe("");
  expect(status).toBe(0);
  const loaded = JSON.parse(stdout) as string[];
  expect(loaded).toEqual(
    expect.arrayContaining([
      path.join(root, "scripts", "run-bundled.cjs"),
      path.join(root, "scripts", "cached-script.cjs"),
    ]),
  );
});

test("prettier's document printer is bundled, compiled from the code cache with the command, not loaded from node_modules", async () => {
  const root = await launcherProject({
    "generator/entry.ts": `
import { createRequire } from "node:module";
import { builders, printer } from "prettier/doc";
export const command = async (_args: readonly string[], io: { out: (text: string) => void }) => {
  const printed = printer.printDocToString(builders.group(["a", builders.line, "b"]), { printWidth: 80, tabWidth: 2 });
  io.out(JSON.stringify({ printed: printed.formatted, loaded: Object.keys(createRequire(import.meta.url).cache) }));
  return 0;
};
`,
  });
  await symlink(path.join(repoRoot, "node_modules", "prettier"), path.join(root, "node_modules", "prettier"));
  const { status, stdout, stderr } = await runLauncher(root);
  expect(stderr).toBe("");
  expect(status).toBe(0);
  const { printed, loaded } = JSON.parse(stdout) as { printed: string; loaded: string[] };
  expect(printed).toBe("a b");
  expect(loaded.filter((file) => file.includes(`${path.sep}prettier${path.sep}`))).toEqual([]);
});
