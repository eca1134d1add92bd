// Golden tests: a fixture spec that uses every feature of the format, and the
// exact output of each emitter, committed under test/fixtures/golden/generated/.
// After a deliberate change: UPDATE_EXPECTED=1 npx vitest run test/golden
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { emitters, generate, type GeneratedFile } from "../../generator/index.js";
import { expectMatchesFile } from "../support/expect-file.js";
import { generateGoldenSpec } from "../support/generate.js";
import { headerText } from "../../generator/emit/header.js";
import { RUNTIME_MODULES } from "../../generator/runtime-sources.js";
import { fixturesDir, repoRoot } from "../support/paths.js";
import { nativeTypeErrors } from "../support/native-typecheck.js";

const goldenDir = path.join(fixturesDir, "golden");
const expectedDir = path.join(goldenDir, "generated");
let files: readonly GeneratedFile[];

beforeAll(async () => {
  ({ files } = await generateGoldenSpec());
});

/** The runtime as written in runtime/, copied under a header: held to its source, not to a golden copy. */
const copiedRuntime = (file: GeneratedFile): boolean => RUNTIME_MODULES.some((m) => file.path === `runtime/${m}.ts`);

describe.each(emitters.map((e) => [e.name, e] as const))("%s", (_, emitter) => {
  test("matches its golden files", async () => {
    const result = await generate({ specDir: path.join(goldenDir, "spec"), cwd: goldenDir, emitters: [emitter] });
    expect(result.ok).toBe(true);
    const own = result.ok ? result.files : [];
    expect(own.length).toBeGreaterThan(0);
    for (const file of own.filter((f) => !copiedRuntime(f)))
      expectMatchesFile(file.content, path.join(expectedDir, file.path));
  });
});

test("the runtime is copied from runtime/ as it is, under the generated header", () => {
  const copies = files.filter(copiedRuntime);
  expect(copies.map((f) => f.path)).toEqual(RUNTIME_MODULES.map((m) => `runtime/${m}.ts`).sort());
  for (const copy of copies) {
    const source = readFileSync(path.join(repoRoot, copy.path), "utf8");
    expect(copy.content).toBe(`// ${headerText([copy.path])}\n\n${source}`);
  }
});

test("the golden output type-checks under strict options", async () => {
  expect(await nativeTypeErrors({ golden: { files } })).toEqual([]);
});

test("no golden file is left over from an artifact that is gone", () => {
  const expected = readdirSync(expectedDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(expectedDir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
  expect(expected).toEqual(files.filter((f) => !copiedRuntime(f)).map((f) => f.path));
});
