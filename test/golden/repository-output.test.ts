// The --check gate of `npm test`: the repository's generated/ is exactly what
// its spec gives, its manifest included, every file read and hashed (as
// `npm run check`, which keeps no record of earlier runs, compares them). In
// this process, from the generation of spec/ the worker's tests share
// (test/support/generate.ts); the command itself, in a process of its own, is
// held by test/cli/check.test.ts.
import path from "node:path";
import { expect, test } from "vitest";
import { check, unifiedDiff } from "../../generator/index.js";
import { generateRepoSpec } from "../support/generate.js";
import { repoRoot } from "../support/paths.js";

test("generated/ is what spec/ gives, byte for byte, its manifest included", async () => {
  const { files } = await generateRepoSpec();
  const changes = await check(path.join(repoRoot, "generated"), files);
  // The diff `npm run generate -- --check` prints: empty when generated/ is up to date.
  expect(unifiedDiff(changes, "generated"), "generated/ is stale: run `npm run generate` and commit the result").toBe(
    "",
  );
  expect(files.length).toBeGreaterThan(0);
});
