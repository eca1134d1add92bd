// The generator's threads (generator/threads/start-thread.ts) started from
// the launcher's bundles of their modules, as the command starts them, for
// the tests of a file: from the sources each thread would load tsx, its
// loader thread and esbuild of its own, some 0.6–0.9 s of CPU per thread.
// The launcher (scripts/run-bundled.cjs) is run to find them, and stopped
// once it says where they are, before it runs the command: it builds the
// bundles again when any source they were built from changed, so a thread
// never runs older code than the test's sources.
import { execFile } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { launcher, repoRoot } from "./paths.js";

/** Where the launcher tells start-thread.ts each thread's bundle is, by its source's URL. */
const BUNDLED = Symbol.for("sips-json.bundled-threads");
/** Loaded before the launcher: prints the map the launcher sets, and ends the process there. */
const REPORT = `Object.defineProperty(globalThis, Symbol.for("sips-json.bundled-threads"), {
  configurable: true,
  set(map) {
    process.stdout.write(JSON.stringify([...map]));
    process.exit(0);
  },
});`;

type Holder = { [BUNDLED]?: ReadonlyMap<string, string> };

/** Each thread module's bundle, by its source's URL, built afresh by the launcher if any of its sources changed. */
function bundledThreads(): Promise<Map<string, string>> {
  const args = [
    "--import",
    `data:text/javascript,${encodeURIComponent(REPORT)}`,
    launcher,
    path.join(repoRoot, "generator", "cli.ts"),
    // Were it not stopped, the command would only print its usage.
    "--help",
  ];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: repoRoot, encoding: "utf8" }, (error, stdout, stderr) => {
      if (error !== null || !stdout.startsWith("["))
        reject(new Error(`the launcher gave no thread bundles: ${stderr}`));
      else resolve(new Map(JSON.parse(stdout) as [string, string][]));
    });
  });
}

/**
 * The launcher's answer, asked once a worker (some 0.15-0.2 s of CPU a process): no test edits the generator's
 * sources, so the bundles it names stay current through the run. An answer that failed is asked again.
 */
let asked: Promise<Map<string, string>> | undefined;
function bundledThreadsOnce(): Promise<Map<string, string>> {
  asked ??= bundledThreads().catch((error: unknown) => {
    asked = undefined;
    throw error;
  });
  return asked;
}

/** Makes the threads that the current file's tests start run from their bundles, then restores what was there. */
export function threadsFromBundles(): void {
  const holder = globalThis as Holder;
  let before: ReadonlyMap<string, string> | undefined;
  beforeAll(async () => {
    before = holder[BUNDLED];
    holder[BUNDLED] = await bundledThreadsOnce();
  });
  afterAll(() => {
    if (before === undefined) delete holder[BUNDLED];
    else holder[BUNDLED] = before;
  });
}
