// A spec file that fails its schema is checked against it once in a run: the
// errors of that check are what passed-parts.ts prunes the file by, and a run
// with a memo that checks a changed operation alone first, and then the whole
// spec when it has an error, does not check it again. A check the memo spares
// gives what a fresh check gives.
import path from "node:path";
import type { ValidateFunction } from "ajv/dist/2020.js";
import { afterAll, beforeAll, expect, test } from "vitest";
import { generate, memoryMemo } from "../../generator/index.js";
import type { Memo } from "../../generator/memo/memo.js";
import { type ParsedFile, parseSpecFile } from "../../generator/read/parse-spec-file.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { checkSchema, useValidators } from "../../generator/validate/check-schema.js";
import { checkSchemaOnce } from "../../generator/validate/check-schema-once.js";
import { COMPILED_SCHEMAS_DIR, type SchemaKind, schemaValidator } from "../../generator/validate/spec-schemas.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

/** Every value the compiled checks were called with, in order. */
const checked: unknown[] = [];

/** The compiled check of `kind`, recording each value it checks. */
function counted(kind: SchemaKind): ValidateFunction {
  const validate = schemaValidator(kind, COMPILED_SCHEMAS_DIR);
  const check = Object.assign((data: unknown): boolean => {
    checked.push(data);
    const passed = validate(data) as boolean;
    check.errors = validate.errors ?? null;
    return passed;
  }, validate);
  return check;
}

const wallet = "operations/office/getWalletData.yaml";
let spec: string;

beforeAll(async () => {
  useValidators(counted);
  ({ spec } = await tempWorkspace());
});
// The compiled checks as they were, for the test files that run after this one in the worker.
afterAll(() => useValidators((kind) => schemaValidator(kind, COMPILED_SCHEMAS_DIR)));

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
