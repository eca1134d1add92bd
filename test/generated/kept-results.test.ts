// A program that keeps its first validations' results while a collection
// happens must not make every later result an object of the old generation.
// V8 gives each object literal an allocation site and tenures a site whose
// first objects all survived a collection: when one literal made every
// valid result, each validation after that allocated in the old generation
// (a median of about 1 µs per validation where it takes 20 ns). An invalid
// message's issues, found problems and their lists were literals too, each
// site tenured by a scavenge that found all its objects alive. The child
// process counts where the results go (test/support/kept-results-child.ts).
import { execFileSync } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import type { SpaceBytes } from "../support/kept-results-child.js";
import { bundleForNode } from "../support/node-bundle.js";
import { repoRoot } from "../support/paths.js";

test("the results of valid and invalid messages stay in the new space after the first ones were kept across collections", async () => {
  const child = await bundleForNode({ file: path.join(repoRoot, "test", "support", "kept-results-child.ts") });
  try {
    // A new space at its full size from the start: the engine tenures a site only when it is.
    const flags = ["--expose-gc", "--min-semi-space-size=16", "--max-semi-space-size=16"];
    const messages = ["request", "response", "invalid request", "invalid response", "lenient invalid response"];
    const run = execFileSync(process.execPath, [...flags, child, ...messages], { encoding: "utf8" });
    const counts = JSON.parse(run) as SpaceBytes[];
    expect(counts.map((c) => c.message)).toEqual(messages);
    for (const c of counts) {
      expect(c.old, c.message).not.toBeNull();
      // A valid result is 48 bytes, an invalid one's objects 500 or more: the old generation gains none of them, the new space all.
      expect(c.old ?? Number.NaN, c.message).toBeLessThan(8);
      expect(c.young ?? Number.NaN, c.message).toBeGreaterThan(40);
    }
  } finally {
    await rm(path.dirname(child), { recursive: true, force: true });
  }
});
