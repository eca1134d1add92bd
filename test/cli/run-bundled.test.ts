// scripts/run-bundled.cjs, the start-up of `npm run generate`, `sync` and
// `changes`: it runs a command from a bundle kept under a hash of its sources.
// On a throwaway project of its own (a launcher copy, a three-module command,
// esbuild linked in), so that no bundle of the real generator is touched: an
// edit is never run stale, whether or not the launcher skips reading the
// sources whose stat it recorded; each module keeps its own import.meta.url; a
// module imported with import() is evaluated only when the run gets there; the
// arguments reach the command; and a broken source is a located error.
import { readdir, readFile, stat, utimes } from "node:fs/promises";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { launcherProject, runLauncher } from "../support/launcher-project.js";
import { editFile } from "../support/temp-spec.js";

const ENTRY = `
import { fileURLToPath } from "node:url";
import { greeting, whereAmI } from "./sub/greeting.ts";
export const command = async (args: readonly string[], io: { out: (text: string) => void }) => {
  const later = args.includes("--later") ? (await import("./later/later.ts")).whereAmI() : null;
  io.out(JSON.stringify({ greeting, args, entry: fileURLToPath(import.meta.url), sub: whereAmI(), later }));
  return args.includes("--fail") ? 3 : 0;
};
`;

const LATER = `
import { fileURLToPath } from "node:url";
process.stderr.write("later evaluated");
export const whereAmI = (): string => fileURLToPath(new URL(".", import.meta.url));
`;

const GREETING = `
import { fileURLToPath } from "node:url";
export const greeting: string = "one";
export const whereAmI = (): string => fileURLToPath(new URL(".", import.meta.url));
`;

const project = (): Promise<string> =>
  launcherProject({
    "generator/entry.ts": ENTRY,
    "generator/sub/greeting.ts": GREETING,
    "generator/later/later.ts": LATER,
  });

const run = runLauncher;

const cacheDir = (root: string) => path.join(root, "node_modules", ".cache", "sips-json");
/** The bundles built: one folder each, with the entry and the parts it imports. */
const bundles = async (root: string) =>
  (await readdir(cacheDir(root), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);

/** Each source of the last build, and whether the launcher recorded its stat (and so will not read it while it holds). */
async function recordedStats(root: string): Promise<Record<string, boolean>> {
  const [stampName] = (await readdir(cacheDir(root))).filter((f) => f.endsWith(".json"));
  const stamp = JSON.parse(await readFile(path.join(cacheDir(root), stampName ?? ""), "utf8")) as {
    sources: [string, string, string | null][];
  };
  return Object.fromEntries(stamp.sources.map(([input, , recorded]) => [input, recorded !== null]));
}

/** The project of the test that needs sources older than two seconds: made first, it ages while the other tests run. */
let aged: Promise<string>;
beforeAll(() => {
  aged = project();
});

/**
 * Whether the last build recorded the stat of `source` though its change time was not yet two seconds old when
 * the build ended. On a loaded machine a build may start two seconds after an edit, and then rightly records it.
 */
async function recordedWithinMargin(root: string, source: string): Promise<boolean> {
  const ended = Date.now();
  const changed = (await stat(path.join(root, source))).ctimeMs;
  return (await recordedStats(root))[source] === true && ended - changed < 2_000;
}

test("runs the command with its arguments and exit code, each module with its own URL, a module imported with import() not before the run gets there, and rebuilds after an edit", async () => {
  const root = await project();
  const first = await run(root, "--x", "y", "--fail");
  expect(first.stderr).toBe("");
  expect(first.status).toBe(3);
  expect(JSON.parse(first.stdout)).toEqual({
    greeting: "one",
    args: ["--x", "y", "--fail"],
    entry: path.join(root, "generator", "entry.ts"),
    sub: `${path.join(root, "generator", "sub")}${path.sep}`,
    later: null,
  });
  const [built] = await bundles(root);
  // One script, the module imported with import() inside it: evaluated only by the run that gets there (the first did not).
  const parts = (await readdir(path.join(cacheDir(root), built ?? ""))).filter((f) => f.endsWith(".cjs"));
  expect(parts).toEqual(["stdin.cjs"]);

  // An edit of the same size, in the same second as the build: built again, never run stale.
  await editFile(path.join(root, "generator", "sub", "greeting.ts"), '"one"', '"two"');
  const again = await run(root);
  expect(again.status).toBe(0);
  expect(JSON.parse(again.stdout).greeting).toBe("two");
  const rebuilt = await bundles(root);
  expect(rebuilt).toHaveLength(2);
  // A source written less than two seconds before the build is read on every run until then: its stat may not tell an edit.
  expect(await recordedWithinMargin(root, "generator/sub/greeting.ts")).toBe(false);

  // A bundle replaced stays a day, while a run started from it may still load its parts: counted from when it was
  // replaced, not built. Both bundles built over a day ago: the one replaced a day ago goes, the one replaced now stays.
  const current = rebuilt.find((b) => b !== built) ?? "";
  const dayAgo = new Date(Date.now() - 86_400_000 - 60_000);
  for (const bundle of [built ?? "", current]) await utimes(path.join(cacheDir(root), bundle), dayAgo, dayAgo);
  await editFile(path.join(root, "generator", "sub", "greeting.ts"), '"two"', '"six"');
  expect(JSON.parse((await run(root)).stdout).greeting).toBe("six");
  const after = await bundles(root);
  expect(after).not.toContain(built);
  expect(after).toContain(current);
  expect(after).toHaveLength(2);
});

test("a source that does not compile, or uses import.meta beyond its URL, is an error at its file and line", async () => {
  const root = await project();
  // One source of each kind in one build: each is told, at its place.
  await editFile(path.join(root, "generator", "sub", "greeting.ts"), '"one";', '"one" +;');
  await editFile(
    path.join(root, "generator", "later", "later.ts"),
    'fileURLToPath(new URL(".", import.meta.url))',
    "import.meta.dirname",
  );
  const broken = await run(root);
  expect(broken.status).toBe(2);
  expect(broken.stdout).toBe("");
  expect(broken.stderr).toMatch(/generator\/sub\/greeting\.ts:3:\d+/);
  expect(broken.stderr).toMatch(/only import\.meta\.url can be bundled.*generator\/later\/later\.ts:4:38/s);
});

test("a source whose stat is recorded is not read again, the same bundle runs as far as an import(), and an edit of the same size right after is still seen", async () => {
  const root = await aged;
  // Sources last changed more than two seconds before the build: their stats stand for their texts.
  const written = (await stat(path.join(root, "generator", "sub", "greeting.ts"))).ctimeMs;
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, written + 2_100 - Date.now())));
  expect(JSON.parse((await run(root)).stdout).greeting).toBe("one");
  const recorded = await recordedStats(root);
  expect(recorded).toMatchObject({
    "generator/entry.ts": true,
    "generator/sub/greeting.ts": true,
    "generator/command-line.ts": true,
    "scripts/run-bundled.cjs": true,
  });
  // The part imported with import() is among the sources, though this run did not evaluate it.
  expect(recorded["generator/later/later.ts"]).toBe(true);
  const [built] = await bundles(root);
  // Unchanged sources: the same bundle runs again, this time as far as the import(), which the first run did not reach.
  const later = await run(root, "--later");
  expect(later.stderr).toBe("later evaluated");
  expect(JSON.parse(later.stdout)).toMatchObject({
    greeting: "one",
    later: `${path.join(root, "generator", "later")}${path.sep}`,
  });
  expect(await bundles(root)).toEqual([built]);

  // Same size, within a second of the last run: the stat differs (a write sets the change time), so it is read.
  await editFile(path.join(root, "generator", "sub", "greeting.ts"), '"one"', '"two"');
  expect(JSON.parse((await run(root)).stdout).greeting).toBe("two");
  expect((await recordedStats(root))["generator/entry.ts"]).toBe(true);
  expect(await recordedWithinMargin(root, "generator/sub/greeting.ts")).toBe(false);
  // A source read again and found as bundled keeps being read until its stat settles; the bundle still holds.
  const [, latest] = [built, ...(await bundles(root)).filter((b) => b !== built)];
  expect(JSON.parse((await run(root)).stdout).greeting).toBe("two");
  expect((await bundles(root)).filter((b) => b !== built)).toEqual([latest]);
});
