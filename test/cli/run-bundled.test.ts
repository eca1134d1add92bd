// scripts/run-bundled.mjs, the start-up of `npm run generate`, `sync` and
// `changes`: it runs a command from one bundled module kept under a hash of its
// sources. On a throwaway project of its own (a launcher copy, a two-module
// command, esbuild linked in), so that no bundle of the real generator is
// touched: an edit is never run stale, each module keeps its own
// import.meta.url, the arguments reach the command, and a broken source is a
// located error.
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { repoRoot } from "../support/paths.js";
import { editFile, writeFiles } from "../support/temp-spec.js";

const COMMAND_LINE = `
export type CommandMain = (args: readonly string[], io: { out: (text: string) => void }) => Promise<number>;
export function runAsProcess(command: CommandMain, args: readonly string[]): void {
  void command(args, { out: (text) => void process.stdout.write(text) }).then((code) => process.exit(code));
}
`;

const ENTRY = `
import { fileURLToPath } from "node:url";
import { greeting, whereAmI } from "./sub/greeting.ts";
export const command = async (args: readonly string[], io: { out: (text: string) => void }) => {
  io.out(JSON.stringify({ greeting, args, entry: fileURLToPath(import.meta.url), sub: whereAmI() }));
  return args.includes("--fail") ? 3 : 0;
};
`;

const GREETING = `
import { fileURLToPath } from "node:url";
export const greeting: string = "one";
export const whereAmI = (): string => fileURLToPath(new URL(".", import.meta.url));
`;

async function project(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "sips-run-bundled-"));
  await mkdir(path.join(root, "scripts"));
  await copyFile(path.join(repoRoot, "scripts", "run-bundled.mjs"), path.join(root, "scripts", "run-bundled.mjs"));
  await mkdir(path.join(root, "node_modules"));
  await symlink(path.join(repoRoot, "node_modules", "esbuild"), path.join(root, "node_modules", "esbuild"));
  await writeFiles(root, {
    "generator/command-line.ts": COMMAND_LINE,
    "generator/entry.ts": ENTRY,
    "generator/sub/greeting.ts": GREETING,
  });
  return root;
}

function run(root: string, ...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(root, "scripts", "run-bundled.mjs"), "generator/entry.ts", ...args],
      { cwd: tmpdir(), encoding: "utf8" },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

const bundles = async (root: string) =>
  (await readdir(path.join(root, "node_modules", ".cache", "sips-json"))).filter((f) => f.endsWith(".mjs"));

test("runs the command with its arguments and exit code, each module with its own URL, and rebuilds after an edit", async () => {
  const root = await project();
  const first = await run(root, "--x", "y", "--fail");
  expect(first.stderr).toBe("");
  expect(first.status).toBe(3);
  expect(JSON.parse(first.stdout)).toEqual({
    greeting: "one",
    args: ["--x", "y", "--fail"],
    entry: path.join(root, "generator", "entry.ts"),
    sub: `${path.join(root, "generator", "sub")}${path.sep}`,
  });
  const [built] = await bundles(root);

  // Unchanged sources: the same bundle runs again.
  expect(JSON.parse((await run(root)).stdout).greeting).toBe("one");
  expect(await bundles(root)).toEqual([built]);

  // An edit to a module the entry imports: built again, never run stale, the old bundle removed.
  await editFile(path.join(root, "generator", "sub", "greeting.ts"), '"one"', '"two"');
  const again = await run(root);
  expect(again.status).toBe(0);
  expect(JSON.parse(again.stdout).greeting).toBe("two");
  expect(await bundles(root)).not.toContain(built);
  expect(await bundles(root)).toHaveLength(1);
});

test("a source that does not compile, or uses import.meta beyond its URL, is an error at its file and line", async () => {
  const root = await project();
  await editFile(path.join(root, "generator", "sub", "greeting.ts"), '"one";', '"one" +;');
  const broken = await run(root);
  expect(broken.status).toBe(2);
  expect(broken.stdout).toBe("");
  expect(broken.stderr).toMatch(/generator\/sub\/greeting\.ts:3:\d+/);

  await editFile(path.join(root, "generator", "sub", "greeting.ts"), '"one" +;', "import.meta.dirname;");
  const dirname = await run(root);
  expect(dirname.status).toBe(2);
  expect(dirname.stderr).toMatch(/only import\.meta\.url can be bundled.*generator\/sub\/greeting\.ts:3:32/s);
});
