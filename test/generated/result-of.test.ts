// The problems a validation collects in one list are sorted at the end: every
// one an error when strict, the forward-compatible ones warnings otherwise,
// each list in the order found, a list too long always an error.
import { describe, expect, test } from "vitest";
import { tooManyItems, unknownField } from "../../generated/runtime/issues.js";
import {
  isForwardCompatible,
  issueWith,
  NO_ISSUES,
  resultOf,
  type ValidationCode,
  type ValidationIssue,
} from "../../generated/runtime/validation.js";

const at = (path: string, code: ValidationCode): ValidationIssue => issueWith(path, code, "m", path);

const required = at("/a", "required");
const type = at("/b", "type");
const unknownValue = at("/c", "unknown-value");
const format = at("/d", "format");
const tooLong = at("/e", "max-length");
const version = at("/f", "version");
const unknown = unknownField("/g", 1);
const listTooLong = tooManyItems("/h", []);

describe("isForwardCompatible", () => {
  test.each<[ValidationIssue, boolean]>([
    [required, false],
    [type, false],
    [at("", "not-an-object"), false],
    [at("/v", "interface-version"), false],
    [at("", "unreadable"), false],
    [unknownValue, true],
    [format, true],
    [tooLong, true],
    [version, true],
    [unknown, true],
    [listTooLong, false],
  ])("%o: %s", (issue, want) => {
    expect(isForwardCompatible(issue)).toBe(want);
  });
});

describe("resultOf", () => {
  const value = { x: 1 };
  test.each<[string, ValidationIssue[] | undefined, boolean, unknown]>([
    ["nothing found", undefined, false, { ok: true, value, warnings: NO_ISSUES }],
    ["nothing found, strict", undefined, true, { ok: true, value, warnings: NO_ISSUES }],
    ["warnings only", [unknown, format], false, { ok: true, value, warnings: [unknown, format] }],
    ["warnings only, strict", [unknown, format], true, { ok: false, errors: [unknown, format], warnings: NO_ISSUES }],
    ["errors only", [required, listTooLong], false, { ok: false, errors: [required, listTooLong], warnings: NO_ISSUES }],
    [
      "both, in the order found",
      [unknownValue, required, tooLong, type, version, listTooLong],
      false,
      { ok: false, errors: [required, type, listTooLong], warnings: [unknownValue, tooLong, version] },
    ],
    [
      "both, strict",
      [unknownValue, required, tooLong],
      true,
      { ok: false, errors: [unknownValue, required, tooLong], warnings: NO_ISSUES },
    ],
  ])("%s", (_, found, strict, want) => {
    const result = resultOf(value, found === undefined ? undefined : [...found], strict);
    expect(result).toEqual(want);
    // The value is the message itself, never a copy.
    if (result.ok) expect(result.value).toBe(value);
  });
});
