// The test Paypage response as the generator writes it: the fixture spec of
// test/fixtures/paypage-response/spec, and of its output the files that the
// callback's module (operations/paymentWebInit/callback.ts) imports, committed
// under generated/ beside it and held to a fresh generation by
// test/paypage/fixture-output.test.ts. The runtime those files import is not
// committed with them: their imports of it name the repository's
// generated/runtime, whose modules are the verbatim copies of runtime/ that the
// fixture's generation writes too (no symbolic link, which a checkout on
// Windows writes as a file holding its target).
import path from "node:path";
import type { GeneratedFile } from "../../generator/index.js";
import { fixturesDir, generatedDir } from "./paths.js";

export const paypageFixtureRoot = path.join(fixturesDir, "paypage-response");
export const paypageFixtureSpec = path.join(paypageFixtureRoot, "spec");
export const paypageFixtureOutput = path.join(paypageFixtureRoot, "generated");
/** The module the tests and the benchmark import, relative to the output. */
export const PAYPAGE_FIXTURE_MODULE = "operations/paymentWebInit/callback.ts";

/** A relative import or re-export's specifier, without its `.js`. */
const RELATIVE_IMPORT = /\bfrom "(\.{1,2}\/[^"]+)\.js"/g;

/** The path of the output a relative specifier of `file` names (`./x` read as `x.ts`). */
const targetOf = (file: GeneratedFile, specifier: string): string =>
  path.posix.normalize(path.posix.join(path.posix.dirname(file.path), `${specifier}.ts`));

/** A module's relative imports and re-exports, as paths of the output. */
function importsOf(file: GeneratedFile): string[] {
  return [...file.content.matchAll(RELATIVE_IMPORT)].map((match) => targetOf(file, match[1] ?? ""));
}

/** Slashes between names, whatever the system's separator. */
const posix = (file: string): string => file.split(path.sep).join("/");

/**
 * A generated file of the fixture as it is committed: its text, but that each import of a runtime/ module names
 * the repository's generated/runtime, from where the file lies under `paypageFixtureOutput`.
 */
export function committedText(file: GeneratedFile): string {
  const from = path.dirname(path.join(paypageFixtureOutput, file.path));
  return file.content.replace(RELATIVE_IMPORT, (whole, specifier: string) => {
    const target = targetOf(file, specifier);
    if (!target.startsWith("runtime/")) return whole;
    return `from "${posix(path.relative(from, path.join(generatedDir, target.slice(0, -".ts".length))))}.js"`;
  });
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
