// One name is one field (validate/check-written-once.ts): a field written out
// by two operations, or by an operation and the dictionary, at any depth, is a
// warning at the later place naming the first, and a spec that takes it from
// the dictionary everywhere has none.
import path from "node:path";
import { expect, test } from "vitest";
import { formatDiagnostic, generateFromInput } from "../../generator/index.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";
import { withFiles } from "../support/sync-memory.js";

const corpus = path.join(fixturesDir, "invalid");
const base = readSpecInput(path.join(corpus, "_base"), corpus);

/** A second operation beside the base's pingInitialize, with these response fields (YAML under `fields:`). */
const pong = (fields: string): string => `operation: pongInitialize
summary: A second small operation.
effect: changes
method: POST
endpoints:
  prod: https://office-server.example.com/rs-services/v2/demo/pongInitialize
  test: https://office-server.test.example.com/rs-services/v2/demo/pongInitialize
interfaceVersion:
  prefix: IR_MB_
  recommended: IR_MB_2.55
request:
  fields:
    interfaceVersion: { from: dictionary, presence: required, since: "2.37" }
    seal: { from: dictionary, presence: required, since: "2.37" }
response:
  fields:
    seal: { from: dictionary, presence: required, since: "1.0" }
${fields}`;

/** The base's fields that pong takes from the dictionary, and `more` (YAML under `fields:`). */
const dictionary = (more = ""): string => `fields:
  interfaceVersion:
    type: interfaceVersion
    description: Version of the interface used.
  seal:
    description: Message seal.
${more}`;

/** Written out by the base's operation, and in the dictionary pong takes them from: not what these tests are about. */
const BASE_FIELDS = /^field "(interfaceVersion|seal)" /;

/** The warnings field-written-twice of the base spec with these files set, as printed. */
async function warnings(files: Record<string, string>): Promise<string[]> {
  const input = withFiles(await base, [], new Map(Object.entries(files)));
  const result = await generateFromInput(input, []);
  const others = result.diagnostics.filter((d) => d.code !== "field-written-twice");
  expect(others.map(formatDiagnostic)).toEqual([]);
  return result.diagnostics
    .filter((d) => d.code === "field-written-twice" && !BASE_FIELDS.test(d.message))
    .map(formatDiagnostic);
}

/** The base's operation with `fields` after its last response field: before its closing `effect:` line. */
const withResponseFields = (ping: string, fields: string): string => {
  const at = ping.search(/^effect:/m);
  return `${ping.slice(0, at)}${fields}${ping.slice(at)}`;
};

const statusNote = (indent: string) =>
  `${indent}statusNote:\n${indent}  presence: optional\n${indent}  since: "1.0"\n${indent}  description: A note on the status.\n`;

test("a field two operations write out at their top: at the later, naming the first", async () => {
  const ping = (await base).files.find((f) => f.relPath === "operations/demo/pingInitialize.yaml")?.text ?? "";
  const found = await warnings({
    "dictionary/fields.yaml": dictionary(),
    "operations/demo/pingInitialize.yaml": withResponseFields(ping, statusNote("    ")),
    "operations/demo/pongInitialize.yaml": pong(statusNote("    ")),
  });
  expect(found).toEqual([
    '_base/operations/demo/pongInitialize.yaml:18:5 warning field-written-twice field "statusNote" is written out here and by _base/operations/demo/pingInitialize.yaml (response); one name is one field: move it to spec/dictionary/fields.yaml and take it with from: dictionary in both (each with a description: of its own where it words it otherwise)\n  _base/operations/demo/pingInitialize.yaml:43:5 written out here too',
  ]);
});

test("a field in a container, and in a list of containers, written out at another operation's top", async () => {
  const found = await warnings({
    "dictionary/fields.yaml": dictionary(),
    "operations/demo/pongInitialize.yaml": pong(
      `    cardData:\n      presence: optional\n      since: "1.0"\n      type: container\n      description: The card.\n      fields:\n        merchantId:\n          presence: optional\n          since: "1.0"\n          description: Identifier of the shop.\n    cardInfoList:\n      presence: optional\n      since: "1.0"\n      type: list\n      description: The cards.\n      items:\n        type: container\n        description: A card.\n        fields:\n${statusNote("          ").replace("statusNote", "sealAlgorithm").replace("description: A note on the status.", "valueList: sealAlgorithm\n            description: Algorithm applied to calculate the seal.")}`,
    ),
  });
  expect(found.map((line) => line.split(" one name")[0])).toEqual([
    '_base/operations/demo/pongInitialize.yaml:24:9 warning field-written-twice field "merchantId" is written out here and by _base/operations/demo/pingInitialize.yaml (request);',
    '_base/operations/demo/pongInitialize.yaml:37:11 warning field-written-twice field "sealAlgorithm" is written out here and by _base/operations/demo/pingInitialize.yaml (request);',
  ]);
});

test("a field the dictionary has, written out by an operation: take it from the dictionary", async () => {
  const found = await warnings({
    "dictionary/fields.yaml": dictionary("  merchantId:\n    description: Identifier of the shop.\n"),
  });
  expect(found).toEqual([
    '_base/operations/demo/pingInitialize.yaml:19:5 warning field-written-twice field "merchantId" is written out here and in the dictionary (_base/dictionary/fields.yaml); one name is one field: take it with from: dictionary here (with a description: of its own where this operation words it otherwise)\n  _base/dictionary/fields.yaml:7:3 written out here too',
  ]);
});

test("a container two operations write out is reported once, not with each of its fields", async () => {
  const container = `    cardData:\n      presence: optional\n      since: "1.0"\n      type: container\n      description: The card.\n      fields:\n${statusNote("        ")}`;
  const ping = (await base).files.find((f) => f.relPath === "operations/demo/pingInitialize.yaml")?.text ?? "";
  const found = await warnings({
    "dictionary/fields.yaml": dictionary(),
    "operations/demo/pingInitialize.yaml": withResponseFields(ping, container),
    "operations/demo/pongInitialize.yaml": pong(container),
  });
  expect(found.map((line) => line.split(" is written")[0])).toEqual([
    '_base/operations/demo/pongInitialize.yaml:18:5 warning field-written-twice field "cardData"',
  ]);
});

test("one operation writing a name out in its request and its response is its own affair", async () => {
  // The base writes seal out in both of pingInitialize's messages.
  expect(await warnings({})).toEqual([]);
});
