import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * On Node 20 (V8 11), V8's interrupt budget 8 times its default, as the launcher sets it (scripts/run-bundled.cjs):
 * a test runs most of its code a few times, and the functions optimised on a background thread by the default
 * budget were mostly left before the work paid back; the hot loops (a parse of 150,000 keys, a property's draws)
 * are still optimised. V8's flags are the process's: the workers, started after the config is read, run under it.
 * Node 22 and 24 tier otherwise and keep their defaults.
 */
const oldV8 = Number(process.versions.v8.split(".")[0]) < 12;
if (oldV8) setFlagsFromString("--interrupt-budget=540672");
/**
 * On Node 20, a young generation of up to 64 MB a semi-space in the workers where V8 11 stops at 16 MB: a test
 * file's parses, generations and emitted texts live a few milliseconds each, and a worker scavenged some 160 times
 * over 63 files (1.4-1.7 s of pauses) where it now does 50-59 times (0.5-0.9 s); the same 63 files, eight
 * interleaved pairs, 19.6 -> 18.6 s of CPU in the medians (bench/RESULTS.md). Node 22 gained nothing in three
 * pairs, and Node 24's V8 already grows it to 64 MB: both keep their defaults.
 */
if (oldV8) setFlagsFromString("--max-semi-space-size=64");

const root = path.dirname(fileURLToPath(import.meta.url));
const temp = path.resolve(tmpdir()) + path.sep;
/**
 * Folders of outputs written and imported by the tests, fresh each run: nothing to reuse there. The system's
 * temporary folder only when the repository is not in it: a checkout under /tmp would have its own modules taken
 * for scratch and transformed again on every run.
 */
const scratch = [path.join(root, "node_modules", ".cache") + path.sep, ...(root.startsWith(temp) ? [] : [temp])];
/** But for the outputs kept under a hash of their files (test/support/kept-output.ts): the same files each run. */
const kept = path.join(root, "node_modules", ".cache", "sips-json-tests", "kept") + path.sep;

/**
 * The files that took longest in earlier runs, started first while vitest has not timed them (a fresh clone, as in
 * CI, or a cache that holds only the files run alone since): it orders untimed files by size, and these small ones
 * came last, on a worker that by then held every module and output of a hundred files. Once vitest has timed one,
 * it starts the longest first by itself, and the list no longer moves that one.
 */
const LONGEST = [
  "test/diagnostics/large-input.test.ts",
  "test/pipeline/hostile-spec.test.ts",
  "test/cli/run-memo.test.ts",
  "test/write/write-kill.test.ts",
  "test/pipeline/piece-store.test.ts",
  "test/package/consumer-types.test.ts",
].map((file) => path.join(root, file));

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const untimed = (file: TestSpecification) =>
      !this.ctx.cache.getFileTestResults(`${file.project.name}:${path.relative(root, file.moduleId)}`);
    const rank = (file: TestSpecification) => {
      const at = LONGEST.indexOf(file.moduleId);
      return at < 0 || !untimed(file) ? LONGEST.length : at;
    };
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  plugins: [
    {
      name: "sips-json:cache-sources-only",
      // The transform cache keeps the repository's own modules and the kept outputs; the outputs a test
      // writes to a fresh folder would only pile up in it, one set per run.
      configureVitest({ experimental_defineCacheKeyGenerator }) {
        experimental_defineCacheKeyGenerator(({ id }) => {
          const file = path.resolve(id.split("?")[0] ?? id);
          if (file.startsWith(kept)) return "";
          return file.startsWith(root + path.sep) && !scratch.some((dir) => file.startsWith(dir)) ? "" : false;
        });
      },
    },
  ],
  test: {
    include: ["test/**/*.test.ts"],
    sequence: { sequencer: LongestFirst },
    // Parses of the same spec text shared by a worker's generations; what a file's spies recorded, dropped when it
    // ends. One file for both: vitest fetches and evaluates each setup file again before every test file.
    setupFiles: ["test/support/file-setup.ts"],
    // One temporary folder for the run's workspaces, removed when it ends; the processes the tests start, without
    // the extra certificates that node reads at each start.
    globalSetup: ["test/support/temp-root.ts", "test/support/ca-certs-setup.ts"],
    // One worker per core: vitest's default leaves one core idle, half the machine on two cores.
    maxWorkers: availableParallelism(),
    // Worker threads start faster than processes; no test changes the process's state.
    pool: "threads",
    // Files in one worker share their modules (prettier, yaml, ts-morph, the generator): loaded once per
    // worker, not once per file. No test relies on fresh module state, and none mocks a module (a mock needs the
    // modules that import it loaded afresh, and so every later file of the worker): they spy or use a seam.
    isolate: false,
    // Type-checking and subprocess tests are slow on a busy machine; no test measures time.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A package's exports as node gives them (a CommonJS default import is its module.exports, as outside the
    // tests): vitest's default wraps a CommonJS package's (yaml, the parser of every spec file) in a proxy, and
    // each use of one (isMap, isScalar: a few per node of every spec file parsed) went through its trap.
    deps: { interopDefault: false },
    experimental: {
      // Each module's transform kept on disk (node_modules/.experimental-vitest-cache), keyed by its path and
      // text: a run after another transforms only what changed.
      fsModuleCache: true,
    },
  },
});
