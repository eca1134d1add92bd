// A path typed after `npm run generate --` in a subfolder means one there, as npm says in INIT_CWD; the
// options' defaults stay the package's, and a command npm test starts without npm keeps the root.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { command as sync } from "../../generator/sync-cli.js";
import { typedFolder } from "../../generator/typed-folder.js";
import { launcher, repoRoot } from "../support/paths.js";

const scripts: Record<string, string> = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")).scripts;
/**
 * The scripts that start a command of generator/ through the launcher: generate, check, sync, changes; some give
 * node options of their own before it (generate's heap size).
 */
const commands = Object.entries(scripts).filter(([, script]) =>
  /^node (?:--[a-z-]+=?\S* )*scripts\/run-bundled\.cjs /.test(script),
);

/** A script's words: node, node's own options (what the process's execArgv holds), the launcher and the rest. */
function scriptWords(script: string) {
  const [, ...words] = script.split(" ");
  const at = words.findIndex((word) => !word.startsWith("-"));
  return { execArgv: words.slice(0, at), rest: words.slice(at + 1) };
}
const subfolder = path.join(repoRoot, "generator");

/** The variables npm gives the script `name`, typed in `typedIn`, and the process's argv with the user's `args`. */
function startedByNpm(name: string, typedIn: string, args: readonly string[]) {
  const script = scripts[name] ?? "";
  const env = {
    INIT_CWD: typedIn,
    npm_package_json: path.join(repoRoot, "package.json"),
    npm_lifecycle_event: name,
    npm_lifecycle_script: script,
  };
  const { execArgv, rest } = scriptWords(script);
  const argv = [process.execPath, launcher, ...rest, ...args];
  return { env, argv, execArgv };
}

test("there are commands that npm runs through the launcher", () => {
  expect(commands.map(([name]) => name)).toEqual(expect.arrayContaining(["generate", "sync", "changes"]));
});

test.each(commands)("npm run %s typed in a subfolder: the user's paths are read from it", (name) => {
  const { env, argv, execArgv } = startedByNpm(name, subfolder, ["--spec", "./x"]);
  expect(typedFolder(env, argv, repoRoot, execArgv)).toBe(subfolder);
});

test("a script that gives node options of its own is told by them: node started with others keeps the root", () => {
  const script = "node --initial-old-space-size=128 scripts/run-bundled.cjs generator/cli.ts";
  const env = { ...startedByNpm("generate", subfolder, []).env, npm_lifecycle_script: script };
  const argv = [process.execPath, launcher, "generator/cli.ts", "--spec", "./x"];
  expect(typedFolder(env, argv, repoRoot, ["--initial-old-space-size=128"])).toBe(subfolder);
  expect(typedFolder(env, argv, repoRoot, [])).toBe(repoRoot);
  expect(typedFolder(env, argv, repoRoot, ["--initial-old-space-size=64"])).toBe(repoRoot);
});

test("a command another script starts without npm (npm test's sync --check) keeps the root", () => {
  const { env } = startedByNpm("test", subfolder, []);
  const argv = [process.execPath, launcher, "generator/sync-cli.ts", "--check"];
  expect(typedFolder(env, argv, repoRoot)).toBe(repoRoot);
});

test("a script that passes a value of its own (a path written for the root) keeps the root for every path", () => {
  const withPath = (script: string, args: readonly string[]) => {
    const env = { ...startedByNpm("generate", subfolder, []).env, npm_lifecycle_script: script };
    const argv = [process.execPath, launcher, ...script.split(" ").slice(2), ...args];
    return typedFolder(env, argv, repoRoot);
  };
  const command = "node scripts/run-bundled.cjs generator/cli.ts";
  expect(withPath(`${command} --out docs/out`, ["--spec", "./x"])).toBe(repoRoot);
  expect(withPath(`${command} --check --no-cache -q`, ["--spec", "./x"])).toBe(subfolder);
});

test("started by npm for another package, or not by npm, the command keeps its working folder", () => {
  const { env, argv } = startedByNpm("generate", subfolder, []);
  expect(typedFolder({ ...env, npm_package_json: path.join(subfolder, "package.json") }, argv, repoRoot)).toBe(
    repoRoot,
  );
  expect(typedFolder({}, argv, repoRoot)).toBe(repoRoot);
});

test("a typed path is read from the folder typed in, a default from the root, each named from where typed", async () => {
  const root = await mkdtemp(path.join(tmpdir(), "sips-typed-"));
  const typedIn = path.join(root, "sub");
  await mkdir(typedIn);
  await writeFile(path.join(typedIn, "x"), "a file, not a spec folder\n");
  const run = async (args: readonly string[]) => {
    let stderr = "";
    const io = { cwd: typedIn, root, out: () => {}, err: (text: string) => void (stderr += text) };
    return { status: await sync(args, io), stderr };
  };
  expect(await run(["--check", "--spec", "x"])).toEqual({
    status: 1,
    stderr: expect.stringContaining('spec folder "x" is not a folder'),
  });
  expect(await run(["--check"])).toEqual({
    status: 1,
    stderr: expect.stringContaining('spec folder "../spec" does not exist'),
  });
});
