import { defineConfig } from "vitest/config";

// `npm run test:browser`: the checkout in a real headless Chromium (Debian's, driven
// by playwright-core). Kept out of `npm test`, whose include is test/**/*.test.ts.
export default defineConfig({
  test: {
    include: ["test/browser/**/*.browser.ts"],
    pool: "forks",
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
