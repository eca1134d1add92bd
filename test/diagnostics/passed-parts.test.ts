// The parts of a spec file that pass its schema while others fail: given a
// small valid file and one edit, want the entries left out and whether what is
// left passes whole, or (an operation) in its messages only.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { failedPaths } from "../../generator/validate/check-schema.js";
import { passedParts } from "../../generator/validate/passed-parts.js";
import { fixturesDir } from "../support/paths.js";

const base = path.join(fixturesDir, "invalid", "_base");
const read = (rel: string, from = "", to = ""): unknown => {
  const text = readFileSync(path.join(base, rel), "utf8");
  if (!text.includes(from)) throw new Error(`${rel} does not contain ${JSON.stringify(from)}`);
  return parse(text.replace(from, to), { schema: "failsafe" });
};
const OP = "operations/demo/pingInitialize.yaml";
const LISTS = "dictionary/lists.yaml";

test.each([
  {
    name: "a field with a misspelled presence: that field is left out, the rest is whole",
    kind: "operation" as const,
    data: read(
      OP,
      '      presence: required\n      since: "2.37"\n      description: Identifier',
      '      presence: Requird\n      since: "2.37"\n      description: Identifier',
    ),
    want: { leftOut: [["request", "fields", "merchantId"]], whole: true, messages: false },
  },
  {
    name: "a misspelled optional key at the top: it alone is left out",
    kind: "operation" as const,
    data: read(OP, "source:", "sorce:"),
    want: { leftOut: [["sorce"]], whole: true, messages: false },
  },
  {
    name: "a wrong method: not whole, its messages pass",
    kind: "operation" as const,
    data: read(OP, "method: POST", "method: PUT"),
    want: { leftOut: [["method"]], whole: false, messages: true },
  },
  {
    name: "a message without fields: neither whole nor its messages",
    kind: "operation" as const,
    data: read(OP, "response:\n  fields:", "response:\n  field:"),
    want: { leftOut: [], whole: false, messages: false },
  },
  {
    name: "a value list with a misspelled key: that list is left out",
    kind: "dictionary" as const,
    data: read(LISTS, "        meaning: Internal error", "        meanin: Internal error"),
    want: { leftOut: [["valueLists", "statusCode"]], whole: true, messages: false },
  },
  {
    name: "a misspelled top-level key of a dictionary: nothing is left out alone, the file is not whole",
    kind: "dictionary" as const,
    data: read(LISTS, "valueLists:", "valuelists:"),
    want: { leftOut: [], whole: false, messages: false },
  },
])("$name", ({ kind, data, want }) => {
  const before = structuredClone(data);
  const parts = passedParts(data, kind, failedPaths(data, kind));
  expect({
    leftOut: parts.leftOut,
    whole: parts.whole !== undefined,
    messages: parts.messages !== undefined,
  }).toEqual(want);
  // What is left is a copy: the parsed data stays as it was read.
  expect(data).toEqual(before);
});

test("only the mappings on the way to an entry left out are copied: the rest is the parsed data itself", () => {
  const data = read(
    OP,
    '      presence: required\n      since: "2.37"\n      description: Identifier',
    '      presence: Requird\n      since: "2.37"\n      description: Identifier',
  ) as Record<string, Record<string, Record<string, unknown>>>;
  const whole = passedParts(data, "operation", failedPaths(data, "operation")).whole as typeof data;
  expect(whole.request?.fields).not.toHaveProperty("merchantId");
  expect(data.request?.fields).toHaveProperty("merchantId");
  // A hostile text elsewhere in the file (50 MB) is not copied with it.
  expect(whole.response).toBe(data.response);
  expect(whole.request?.fields?.["sealAlgorithm"]).toBe(data.request?.fields?.["sealAlgorithm"]);
});

test("a field named __proto__ is left out as the entry it is, never taken for the copy's prototype", () => {
  const data = read(OP, "    merchantId:\n", "    __proto__:\n") as Record<string, Record<string, object>>;
  const parts = passedParts(data, "operation", failedPaths(data, "operation"));
  expect(parts.leftOut).toEqual([["request", "fields", "__proto__"]]);
  const fields = (parts.whole as typeof data).request?.fields as object;
  expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
  expect(Object.hasOwn(fields, "__proto__")).toBe(false);
  expect(Object.hasOwn(data.request?.fields as object, "__proto__")).toBe(true);
});

test("a key __proto__ kept in a mapping copied on the way to a cut stays the data it is, and still fails", () => {
  const text = readFileSync(path.join(base, OP), "utf8")
    .replace("request:\n  fields:\n", "request:\n  __proto__: stray\n  fields:\n")
    .replace(
      '      presence: required\n      since: "2.37"\n      description: Identifier',
      '      presence: Requird\n      since: "2.37"\n      description: Identifier',
    );
  const data = parse(text, { schema: "failsafe" }) as Record<string, Record<string, unknown>>;
  const parts = passedParts(data, "operation", failedPaths(data, "operation"));
  expect(parts.leftOut).toEqual([["request", "fields", "merchantId"]]);
  // The stray key is not an entry a check may do without: what is left fails, in its messages too.
  expect(parts.whole).toBeUndefined();
  expect(parts.messages).toBeUndefined();
});
