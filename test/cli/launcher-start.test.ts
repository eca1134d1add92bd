// The launcher (scripts/run-bundled.cjs) starts as CommonJS, itself and the
// script that runs the bundle: an ES module as the process's entry would start
// node's ES module loader in every run of every command. Seen from a command
// run through a copy of the launcher: the modules the CommonJS loader holds.
// One run of one project answers both tests: what it loaded, and what it printed.
import { symlink } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import { launcherProject, runLauncher } from "../support/launcher-project.js";
import { repoRoot } from "../support/paths.js";

const ENTRY = `
import { createRequire } from "node:module";
import { builders, printer } from "prettier/doc";
export const command = async (_args: readonly string[], io: { out: (text: string) => void }) => {
  const printed = printer.printDocToString(builders.group(["a", builders.line, "b"]), { printWidth: 80, tabWidth: 2 });
  io.out(JSON.stringify({ printed: printed.formatted, loaded: Object.keys(createRequire(import.meta.url).cache) }));
  return 0;
};
`;

interface Started {
  readonly root: string;
  readonly printed: string;
  /** The modules the CommonJS loader holds at the command's end. */
  readonly loaded: readonly string[];
}

let started: Promise<Started> | undefined;

/** The project's one run, made by the first test that needs it. */
function startedOnce(): Promise<Started> {
  started ??= (async () => {
    const root = await launcherProject({ "generator/entry.ts": ENTRY });
    await symlink(path.join(repoRoot, "node_modules", "prettier"), path.join(root, "node_modules", "prettier"));
    const { status, stdout, stderr } = await runLauncher(root);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    return { root, ...(JSON.parse(stdout) as { printed: string; loaded: string[] }) };
  })();
  return started;
}

test("the launcher and the runner of the bundle are loaded as CommonJS modules", async () => {
  const { root, loaded } = await startedOnce();
  expect(loaded).toEqual(
    expect.arrayContaining([
      path.join(root, "scripts", "run-bundled.cjs"),
      path.join(root, "scripts", "cached-script.cjs"),
    ]),
  );
});

test("prettier's document printer is bundled, compiled from the code cache with the command, not loaded from node_modules", async () => {
  const { printed, loaded } = await startedOnce();
  expect(printed).toBe("a b");
  expect(loaded.filter((file) => file.includes(`${path.sep}prettier${path.sep}`))).toEqual([]);
});
