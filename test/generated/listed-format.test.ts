// A field with an exact value list and a format: the list's guard comes first
// in its chain, so the format's checks after it can report only a listed
// value outside the format. Where every listed value is within it, the
// generator leaves those checks out (they could never run); where one is not,
// they stay, and that listed value is still reported.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test } from "vitest";
import type { MessageDescriptor } from "../../generated/index.js";
import { type GeneratedFile, generateFromInput } from "../../generator/index.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { keptOutput } from "../support/kept-output.js";
import { fixturesDir } from "../support/paths.js";

const baseDir = path.join(fixturesDir, "invalid", "_base");
const OPERATION = "operations/demo/pingInitialize.yaml";
// The base's statusCode list holds "00" and "99": within N2, outside A2 (letters).
const LISTED = '      valueList: statusCode\n      description: Status of the call.\n';

/** The base spec's response statusCode given `format`, generated; its validators' text and its response. */
async function withFormat(format: string): Promise<{ validators: string; response: MessageDescriptor<unknown> }> {
  const base = await readSpecInput(baseDir, baseDir);
  const files = base.files.map((file) => {
    if (file.relPath !== OPERATION) return file;
    if (!file.text.includes(LISTED)) throw new Error("the base spec's statusCode field is no longer as this test expects");
    return { ...file, text: file.text.replace(LISTED, `      valueList: statusCode\n      format: ${format}\n      description: Status of the call.\n`) };
  });
  const result = await generateFromInput({ ...base, files });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  const validators = (result.files as readonly GeneratedFile[]).find((f) => f.path === "operations/pingInitialize/validators.ts");
  const dir = keptOutput(`listed-format-${format}`, result.files, "javascript");
  const pkg = await import(pathToFileURL(path.join(dir, "index.js")).href);
  return { validators: validators?.content ?? "", response: pkg.operations.pingInitialize.response };
}

const within = await withFormat("N2");
const outside = await withFormat("A2");
/** Each listed value two digits long, one more than N1 takes. */
const tooLong = await withFormat("N1");

test("every listed value within the format: the format's checks are left out, and listed values pass", () => {
  expect(within.validators).toContain('"must be one of the StatusCode values (00, 99)"');
  expect(within.validators).not.toContain('"/statusCode", $statusCode');
  for (const strict of [false, true])
    expect(within.response.validate({ statusCode: "00", seal: "x" }, { strict })).toMatchObject({ ok: true, warnings: [] });
  // A value outside the list is still reported, by the list's guard.
  expect(within.response.validate({ statusCode: "0A", seal: "x" }, { strict: true })).toMatchObject({
    ok: false,
    errors: [{ path: "/statusCode", code: "unknown-value" }],
  });
});

test("a listed value outside the format: the format's checks stay, and that value is reported", () => {
  expect(outside.validators).toContain('formatCharsIssue("/statusCode", $statusCode');
  expect(outside.response.validate({ statusCode: "00", seal: "x" }, { strict: true })).toMatchObject({
    ok: false,
    errors: [{ path: "/statusCode", code: "format" }],
  });
});

test("a listed value longer than the format: the format's checks stay, and that value is reported", () => {
  expect(tooLong.validators).toContain('"/statusCode", $statusCode');
  expect(tooLong.response.validate({ statusCode: "00", seal: "x" }, { strict: true })).toMatchObject({
    ok: false,
    errors: [{ path: "/statusCode", code: "max-length" }],
  });
});
