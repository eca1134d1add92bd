import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));
/** Folders of outputs written and imported by the tests, fresh each run: nothing to reuse there. */
const scratch = [path.join(root, "node_modules", ".cache") + path.sep, path.resolve(tmpdir()) + path.sep];
/** But for the outputs kept under a hash of their files (test/support/kept-output.ts): the same files each run. */
const kept = path.join(root, "node_modules", ".cache", "sips-json-tests", "kept") + path.sep;

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
    // Parses of the same spec text shared by a worker's generations.
    setupFiles: ["test/support/shared-parses-setup.ts"],
    // One temporary folder for the run's workspaces, removed when it ends.
    globalSetup: ["test/support/temp-root.ts"],
    // One worker per core: vitest's default leaves one core idle, half the machine on two cores.
    maxWorkers: availableParallelism(),
    // Worker threads start faster than processes; no test changes the process's state.
    pool: "threads",
    // Files in one worker share their modules (prettier, yaml, ts-morph, the generator): loaded once per
    // worker, not once per file. No test relies on fresh module state; the one that mocks a module
    // (test/cli/run-memo.test.ts) loads the modules that use it afresh, after the mock.
    isolate: false,
    // Type-checking and subprocess tests are slow on a busy machine; no test measures time.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    experimental: {
      // Each module's transform kept on disk (node_modules/.experimental-vitest-cache), keyed by its path and
      // text: a run after another transforms only what changed.
      fsModuleCache: true,
    },
  },
});
