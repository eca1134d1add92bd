// A spec file that fails its schema is checked against it once in a run: the
// errors of that check are what passed-parts.ts prunes the file by, and a run
// with a memo that checks a changed operation alone first, and then the whole
// spec when it has an error, does not check it again. A check the memo spares
// gives what a fresh check gives.
import path from "node:path";
import { beforeAll, expect, test, vi } from "vitest";
import type { Memo } from "../../generator/memo/memo.js";
import type { ParsedFile } from "../../generator/read/parse-spec-file.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

/** Every value the compiled checks were called with, in order. */
const checked = vi.hoisted((): unknown[] => []);

vi.mock("../../generator/validate/spec-schemas.js", async (load) => {
  const actual = await load<typeof import("../../generator/validate/spec-schemas.js")>();
  return {
    ...actual,
    schemaValidator: (...args: Parameters<typeof actual.schemaValidator>) => {
      const validate = actual.schemaValidator(...args);
      const counted = (data: unknown): boolean => {
        checked.push(data);
        const passed = validate(data) as boolean;
        counted.errors = validate.errors;
        return passed;
      };
      counted.errors = validate.errors;
      return counted;
    },
  };
});

// Loaded afresh, after the mock: the test files of a worker share their modules, and one that ran before
// this one may have loaded the checks with the real validators.
vi.resetModules();
await import("../support/shared-parses.js");
const { generate, memoryMemo } = await import("../../generator/index.js");
const { parseSpecFile } = await import("../../generator/read/parse-spec-file.js");
const { readSpecInput } = await import("../../generator/read/spec-files.js");
const { checkSchema } = await import("../../generator/validate/check-schema.js");
const { checkSchemaOnce } = await import("../../generator/validate/check-schema-once.js");

const wallet = "operations/office/getWalletData.yaml";
let spec: string;

beforeAll(async () => {
  ({ spec } = await tempWorkspace());
});

/** The most times one value was checked. */
const mostChecksOfOne = (): number => {
  const times = new Map<unknown, number>();
  for (const data of checked) times.set(data, (times.get(data) ?? 0) + 1);
  return Math.max(0, ...times.values());
};

const validation = (memo: Memo | null) => generate({ specDir: spec, memo, emitters: [], cwd: path.dirname(spec) });

test("a file failing its schema is checked once in a run, with or without the memo", async () => {
  const memo = memoryMemo();
  // The memo knows every file's facts: the broken operation is checked alone first.
  expect((await validation(memo)).ok).toBe(true);
  await editFile(path.join(spec, wallet), "presence: required", "presence: Requird");
  for (const run of [memo, null]) {
    checked.length = 0;
    const result = await validation(run);
    expect(result.diagnostics.map((d) => d.code)).toContain("unknown-presence");
    expect(checked.length).toBeGreaterThan(0);
    expect(mostChecksOfOne()).toBe(1);
  }
});

test("the memo's outcome of a check is a fresh check's, and a file that passed is not checked again", async () => {
  const input = await readSpecInput(spec, path.dirname(spec));
  const parsed = input.files
    .filter((f) => f.kind !== "unexpected")
    .map(parseSpecFile)
    .filter((p: ParsedFile) => p.data !== undefined);
  const failing = parsed.filter((p) => checkSchema(p, p.file.kind as "operation").problems.length > 0);
  expect(failing.map((p) => p.file.relPath)).toEqual([wallet]);
  const memo = memoryMemo();
  for (const run of ["first", "second"]) {
    for (const p of parsed) {
      const kind = p.file.kind as "platform" | "dictionary" | "operation";
      checked.length = 0;
      const once = await checkSchemaOnce(p, kind, memo, new Map());
      const fresh = checkSchema(p, kind);
      expect(once).toEqual(fresh);
      // The second run finds the files that passed in the memo; one that fails is checked each run.
      const spared = run === "second" && fresh.problems.length === 0;
      expect({ file: p.file.relPath, checks: checked.length }).toEqual({
        file: p.file.relPath,
        checks: spared ? 1 : 2,
      });
    }
  }
});
