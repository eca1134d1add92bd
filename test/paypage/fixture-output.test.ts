// The test Paypage response's committed output (test/support/paypage-fixture.ts) is what the generator writes from
// its fixture spec today: a change to the generator that changes it fails here until the output is written again
// (UPDATE_EXPECTED=1 npx vitest run test/paypage/fixture-output.test.ts), as `generate -- --check` holds generated/.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { generate, type GeneratedFile } from "../../generator/index.js";
import { RUNTIME_MODULES } from "../../generator/runtime-sources.js";
import { expectMatchesFile } from "../support/expect-file.js";
import {
  committedText,
  paypageFixtureOutput,
  paypageFixtureRoot,
  paypageFixtureSpec,
  reachedFiles,
} from "../support/paypage-fixture.js";
import { generatedDir } from "../support/paths.js";

let files: readonly GeneratedFile[] = [];
let diagnostics: readonly { code: string; message: string }[] = [];

beforeAll(async () => {
  const result = await generate({ specDir: paypageFixtureSpec, cwd: paypageFixtureRoot });
  diagnostics = result.diagnostics;
  if (result.ok) files = result.files;
});

test("the fixture spec generates without a diagnostic", () => {
  expect(diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([]);
  expect(files.length).toBeGreaterThan(0);
});

test("each committed file is the generator's output of the fixture spec, its runtime imports the package's", () => {
  const { own } = reachedFiles(files);
  expect(own).toContain("operations/paymentWebInit/callback.ts");
  for (const file of own) {
    const generated = files.find((f) => f.path === file);
    expect(generated).toBeDefined();
    if (generated) expectMatchesFile(committedText(generated), path.join(paypageFixtureOutput, file));
  }
});

test("nothing else is committed: a file the callback no longer imports is gone", () => {
  expect(committedFiles(paypageFixtureOutput)).toEqual(reachedFiles(files).own);
});

/** The entries under `dir` but its folders, by their paths from it: a symbolic link is one, not followed. */
function committedFiles(dir: string, under = ""): string[] {
  return readdirSync(path.join(dir, under), { withFileTypes: true })
    .flatMap((entry) => {
      const file = under === "" ? entry.name : `${under}/${entry.name}`;
      return entry.isDirectory() ? committedFiles(dir, file) : [file];
    })
    .sort();
}

test("the runtime it imports is the package's: generated/runtime, the same copies of runtime/ the fixture's generation writes", () => {
  const { own, runtime } = reachedFiles(files);
  // Each committed file's imports of the runtime name a module of generated/runtime, each one the generation reaches.
  const imported = new Set<string>();
  for (const file of own) {
    const committed = readFileSync(path.join(paypageFixtureOutput, file), "utf8");
    for (const match of committed.matchAll(/\bfrom "(\.{1,2}\/[^"]+)\.js"/g)) {
      const target = path.resolve(path.dirname(path.join(paypageFixtureOutput, file)), `${match[1]}.ts`);
      if (target.startsWith(paypageFixtureOutput + path.sep)) continue;
      expect(path.dirname(target)).toBe(path.join(generatedDir, "runtime"));
      expect(existsSync(target), target).toBe(true);
      imported.add(`runtime/${path.basename(target)}`);
    }
  }
  expect([...imported].every((file) => runtime.includes(file))).toBe(true);
  expect(imported.size).toBeGreaterThan(0);
  // platform.ts holds the spec's platform facts and the production hosts of its operations: the package's are the
  // ones its decoder runs with.
  const copies = runtime.filter((file) => file !== "runtime/platform.ts");
  expect(copies.length).toBe(runtime.length - 1);
  for (const file of copies) {
    expect(RUNTIME_MODULES).toContain(file.slice("runtime/".length, -".ts".length));
    expect(readFileSync(path.join(generatedDir, file), "utf8")).toBe(files.find((f) => f.path === file)?.content);
  }
});
