// The test Paypage response as the generator writes it: the fixture spec of
// test/fixtures/paypage-response/spec, and of its output the files that the
// callback's module (operations/paymentWebInit/callback.ts) imports, committed
// under generated/ beside it and held to a fresh generation by
// test/paypage/fixture-output.test.ts. The runtime those files import is not
// copied: generated/runtime there links to the repository's, whose modules are
// the verbatim copies of runtime/ that the fixture's generation writes too.
import path from "node:path";
import type { GeneratedFile } from "../../generator/index.js";
import { fixturesDir } from "./paths.js";

export const paypageFixtureRoot = path.join(fixturesDir, "paypage-response");
export const paypageFixtureSpec = path.join(paypageFixtureRoot, "spec");
export const paypageFixtureOutput = path.join(paypageFixtureRoot, "generated");
/** The module the tests and the benchmark import, relative to the output. */
export const PAYPAGE_FIXTURE_MODULE = "operations/paymentWebInit/callback.ts";

/** A module's relative imports and re-exports, as paths of the output (`./x.js` read as `x.ts`). */
function importsOf(file: GeneratedFile): string[] {
  const found: string[] = [];
  for (const match of file.content.matchAll(/\bfrom "(\.{1,2}\/[^"]+)\.js"/g)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file.path), `${match[1]}.ts`));
    found.push(target);
  }
  return found;
}

/** The files `start` reaches through relative imports, itself included, sorted; runtime/ modules apart. */
export function reachedFiles(
  files: readonly GeneratedFile[],
  start = PAYPAGE_FIXTURE_MODULE,
): { own: string[]; runtime: string[] } {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const seen = new Set<string>();
  const queue = [start];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    const file = byPath.get(next);
    if (!file) throw new Error(`${next} is imported but not generated`);
    queue.push(...importsOf(file));
  }
  const all = [...seen].sort();
  return { own: all.filter((p) => !p.startsWith("runtime/")), runtime: all.filter((p) => p.startsWith("runtime/")) };
}
