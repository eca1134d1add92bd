// The launcher (scripts/run-bundled.cjs) loads node's own modules that the
// commands use while V8's flags are its defaults: node compiles them from a
// code cache of its own, made under V8's default flags, which V8 refuses once
// a flag differs (node's command line in package.json gives one), so that each
// loaded otherwise was compiled from its source. Seen from a run of the
// command on the golden fixture, node started as `npm run generate` starts it:
// every module of node's it loads from its start until the launcher sets the
// command line's flag back, or after the launcher's own flags (a preload wraps
// v8.setFlagsFromString), but two kinds: the internal ones node loads only when
// one of its functions is first called, and node:v8 with what it loads (some
// 20 modules of streams), which the launcher needs to set the flag back: the
// only other way to V8's function is node's binding, which Node 22 deprecates
// and Node 24 no longer gives (measured: about 7 ms of CPU a run on Node 20).
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import { fixturesDir, launcher, repoRoot } from "../support/paths.js";
import { tempWorkspace } from "../support/temp-spec.js";

const HOOK = `
// Counted from the process's start: what node:v8 loads is known as such (V8_LOADS), not left out by this preload.
let from = process.moduleLoadList.length;
const v8 = require("node:v8");
const V8_LOADS = new Set(process.moduleLoadList.slice(from));
const setFlags = v8.setFlagsFromString;
// V8's flags differ from its defaults from the start where node's command line gives one (package.json's script),
// until it is set back to its default; any other flag set makes them differ.
let differ = process.execArgv.some((option) => option.startsWith("--initial-old-space-size="));
const spans = [];
v8.setFlagsFromString = (flags) => {
  const now = process.moduleLoadList.length;
  if (differ) spans.push([from, now]);
  differ = flags !== "--initial-old-space-size=0";
  from = now;
  return setFlags(flags);
};
process.on("exit", () => {
  const list = process.moduleLoadList;
  if (differ) spans.push([from, list.length]);
  const loaded = spans.flatMap(([start, end]) => list.slice(start, end)).filter((entry) => !V8_LOADS.has(entry));
  const modules = loaded.flatMap((entry) => (entry.startsWith("NativeModule ") ? [entry.slice(13)] : []));
  require("node:fs").writeFileSync(process.env.SIPS_TEST_AFTER_FLAGS, JSON.stringify({ set: spans.length > 0, modules, v8Loads: V8_LOADS.size }));
});
`;

test("no module of node's that a run of the command loads is loaded while V8's flags differ from its defaults", async () => {
  const { root } = await tempWorkspace(path.join(fixturesDir, "golden", "spec"));
  const [hook, record] = [path.join(root, "after-flags.cjs"), path.join(root, "after-flags.json")];
  await writeFile(hook, HOOK);
  const options = await generateNodeOptions();
  const command = (...args: string[]) =>
    new Promise<{ status: number | null; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        ["--require", hook, ...options, launcher, path.join(repoRoot, "generator", "cli.ts"), ...args],
        { cwd: root, encoding: "utf8", env: { ...process.env, SIPS_TEST_AFTER_FLAGS: record } },
        (error, _stdout, stderr) =>
          resolve({ status: error ? (typeof error.code === "number" ? error.code : null) : 0, stderr }),
      ),
    );
  // `--help` first: a run that builds the bundle (a source changed since the last build) loads what esbuild loads.
  expect((await command("--help")).status).toBe(0);
  const run = await command("--quiet");
  // The golden fixture passes, with warnings of its own (on stderr).
  expect(run.status, run.stderr).toBe(0);
  const { set, modules, v8Loads } = JSON.parse(await readFile(record, "utf8")) as {
    set: boolean;
    modules: string[];
    v8Loads: number;
  };
  // node:v8 loads modules of its own under the command line's flag: left out by name, not by where the count starts.
  expect(v8Loads).toBeGreaterThan(1);
  // Flags differed for some time: on a node whose V8 the launcher sets no flag of its own for, cached-script.cjs sets one.
  expect(set).toBe(true);
  expect(modules.filter((name) => !name.startsWith("internal/"))).toEqual([]);
  expect(modules.filter((name) => name.startsWith("internal/") && !LOADED_WHEN_CALLED.has(name))).toEqual([]);
});

/** The options `npm run generate` starts node with (package.json): a V8 flag among them is one more flag set. */
async function generateNodeOptions(): Promise<string[]> {
  const { scripts } = JSON.parse(await readFile(path.join(repoRoot, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  const words = (scripts.generate ?? "").split(" ");
  expect(words[0]).toBe("node");
  return words.slice(1, words.indexOf("scripts/run-bundled.cjs"));
}

/** node's internal modules that it loads only when one of its functions is first called (fs.rmSync of a folder). */
const LOADED_WHEN_CALLED: ReadonlySet<string> = new Set(["internal/fs/rimraf"]);
