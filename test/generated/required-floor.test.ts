// A request carries every required field, and no field newer than the version
// it declares: so no request declares a version before its latest required
// field, whatever its operation's interfaceVersion values say (IR_MB_ gives
// no version; paymentTokenInitialize's fields, interfaceVersion included, all
// appeared in 2.37). Read from spec/: for every operation with a required
// request field after 1.0, a version just below the latest is one error at
// /interfaceVersion (not an error per field), fieldsAllowedIn refuses it, and
// the reference page's earliest accepted version is not before it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { specModel } from "../../generator/changes/spec-model.js";
import type { VersionModel } from "../../generator/model/field-model.js";
import { compareVersions } from "../../generator/model/versions.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { fieldsAllowedIn, operations, type MessageDescriptor } from "../../generated/index.js";
import { generatedDir, specDir } from "../support/paths.js";

const read = await specModel(await readSpecInput(specDir));
if ("diagnostics" in read) throw new Error("the repository's spec has errors");

type Name = keyof typeof operations;
const bound = read.model.operations.flatMap((op) => {
  const required = op.request.fields.filter((f) => f.required && f.since !== null).map((f) => f.since as VersionModel);
  const latest = required.reduce<VersionModel | null>((a, v) => (a && compareVersions(a, v) >= 0 ? a : v), null);
  return latest && (latest.major > 1 || latest.minor > 0) ? [{ name: op.name as Name, prefix: op.request.interfacePrefix, latest }] : [];
});

/** A version of `prefix` just below `major.minor`. */
const below = (prefix: string, { major, minor }: VersionModel): string =>
  minor > 0 ? `${prefix}${major}.${minor - 1}` : `${prefix}${major - 1}.99`;

/** Every field of the request, each with a value of its type: only the version rules are looked at. */
function everyField(name: Name, interfaceVersion: string): Record<string, unknown> {
  const request: Record<string, unknown> = { interfaceVersion };
  for (const f of operations[name].request.fields) if (f.name !== "interfaceVersion") request[f.name] = "x";
  return request;
}

test("the spec has an operation whose values give no version but whose required fields do", () => {
  expect(bound.map((b) => b.name)).toContain("paymentTokenInitialize");
  expect(operations.paymentTokenInitialize.interfaceVersion.prefix).toBe("IR_MB_");
});

test.each(bound)("$name: below its latest required field, $latest.text, the version is one error", ({ name, prefix, latest }) => {
  const request = operations[name].request as MessageDescriptor<unknown>;
  const declared = below(prefix, latest);
  const result = request.validate(everyField(name, declared));
  const atVersion = result.ok ? [] : result.errors.filter((e) => e.code === "version" || e.code === "interface-version");
  expect(atVersion.map((e) => `${e.path} ${e.code}`)).toEqual(["/interfaceVersion interface-version"]);
  expect(() => fieldsAllowedIn(request, declared)).toThrow(TypeError);
  expect(() => fieldsAllowedIn(request, `${prefix}1.0`)).toThrow(TypeError);
  // At that version, every required field is allowed.
  const allowed = fieldsAllowedIn(request, `${prefix}${latest.text}`);
  for (const f of request.fields) if (f.presence === "required") expect(allowed).toContain(f.name);
});

test.each(bound)("$name: the reference page's earliest accepted version is not before $latest.text", ({ name, prefix, latest }) => {
  const page = readFileSync(path.join(generatedDir, "docs", `${name}.md`), "utf8");
  const earliest = new RegExp(`earliest accepted: \`${prefix}(\\d+)\\.(\\d+)\``).exec(page);
  expect(earliest, name).not.toBeNull();
  const [major, minor] = [Number(earliest?.[1]), Number(earliest?.[2])];
  expect(compareVersions({ text: "", major, minor }, latest)).toBeGreaterThanOrEqual(0);
});
