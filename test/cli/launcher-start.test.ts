// The launcher (scripts/run-bundled.cjs) starts as CommonJS, itself and the
// script that runs the bundle: an ES module as the process's entry would start
// node's ES module loader in every run of every command. Seen from a command
// run through a copy of the launcher: the modules the CommonJS loader holds.
import path from "node:path";
import { expect, test } from "vitest";
import { launcherProject, runLauncher } from "../support/launcher-project.js";

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
