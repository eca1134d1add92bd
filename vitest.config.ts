import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Type-checking and subprocess tests are slow on a busy machine; no test measures time.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
