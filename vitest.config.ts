import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One worker per core: vitest's default leaves one core idle, half the machine on two cores.
    maxWorkers: availableParallelism(),
    // Worker threads start faster than processes; no test changes the process's state.
    pool: "threads",
    // Files in one worker share their modules (prettier, yaml, ts-morph, the generator): loaded once per
    // worker, not once per file. No test mocks a module or relies on fresh module state.
    isolate: false,
    // Type-checking and subprocess tests are slow on a busy machine; no test measures time.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
