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
    '_base/operations/demo/pongInitialize.yaml:18:5 warning field-written-twice field "statusNote" is written out here and by _base/operations/demo/pingInitialize.yaml (response); one name is one field: move it to spec/dictionary/fields.yaml, as statusNote: { description: A note on the status. } with its type and format, and take it with from: dictionary in both, here as statusNote: { from: dictionary, presence: optional, since: "1.0" } and in _base/operations/demo/pingInitialize.yaml (response) with its own presence and since (each with a description: of its own where it words it otherwise)\n  _base/operations/demo/pingInitialize.yaml:43:5 written out here too',
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

/** A response field statusNote written out, taking `list` (none where null) and, of it, `values` where given. */
const listedNote = (presence: string, list: string | null, values: readonly string[] = []) =>
  `    statusNote:\n      presence: ${presence}\n      since: "1.0"\n${list === null ? "" : `      valueList: ${list}\n`}${values.length === 0 ? "" : `      values: [${values.join(", ")}]\n`}      description: A note on the status.\n`;

/** The base's lists and a list noteKind of three values. */
const lists = (text: string) =>
  `${text}  noteKind:\n    values:\n      AA:\n        meaning: Kind AA\n      BB:\n        meaning: Kind BB\n      CC:\n        meaning: Kind CC\n`;

const ADVISED = [
  {
    case: "both take the list, each some of its values",
    ping: listedNote("optional", "noteKind", ["AA", "BB"]),
    pong: listedNote("required", "noteKind", ["AA", "CC"]),
    entry: "statusNote: { valueList: noteKind, description: A note on the status. }",
    here: 'statusNote: { from: dictionary, presence: required, since: "1.0", values: [AA, CC] }',
    kept: "presence and since, and its values: if it has some",
    pingReference: 'statusNote: { from: dictionary, presence: optional, since: "1.0", values: [AA, BB] }',
  },
  {
    case: "this one alone takes the list",
    ping: listedNote("optional", null),
    pong: listedNote("required", "noteKind"),
    entry: "statusNote: { description: A note on the status. }",
    here: 'statusNote: { from: dictionary, presence: required, since: "1.0", valueList: noteKind }',
    kept: "presence and since",
    pingReference: 'statusNote: { from: dictionary, presence: optional, since: "1.0" }',
  },
  {
    case: "the other alone takes the list",
    ping: listedNote("optional", "noteKind", ["BB"]),
    pong: listedNote("required", null),
    entry: "statusNote: { description: A note on the status. }",
    here: 'statusNote: { from: dictionary, presence: required, since: "1.0" }',
    kept: "presence and since, its valueList: noteKind, and its values: if it has some",
    pingReference:
      'statusNote: { from: dictionary, presence: optional, since: "1.0", valueList: noteKind, values: [BB] }',
  },
] as const;

test.each(ADVISED)(
  "the warning says exactly what to write, as sync does ($case), and written so no warning is left",
  async ({ ping: pingNote, pong: pongNote, entry, here, kept, pingReference }) => {
    const files = (await base).files;
    const ping = files.find((f) => f.relPath === "operations/demo/pingInitialize.yaml")?.text ?? "";
    const listsText = files.find((f) => f.relPath === "dictionary/lists.yaml")?.text ?? "";
    const written = {
      "dictionary/lists.yaml": lists(listsText),
      "dictionary/fields.yaml": dictionary(),
      "operations/demo/pingInitialize.yaml": withResponseFields(ping, pingNote),
      "operations/demo/pongInitialize.yaml": pong(pongNote),
    };
    const found = await warnings(written);
    // Without it: "move it to spec/dictionary/fields.yaml and take it with from: dictionary in both", which said
    // neither what the entry holds nor what each operation keeps, where sync says both.
    expect(found).toEqual([
      `_base/operations/demo/pongInitialize.yaml:18:5 warning field-written-twice field "statusNote" is written out here and by _base/operations/demo/pingInitialize.yaml (response); one name is one field: move it to spec/dictionary/fields.yaml, as ${entry} with its type and format, and take it with from: dictionary in both, here as ${here} and in _base/operations/demo/pingInitialize.yaml (response) with its own ${kept} (each with a description: of its own where it words it otherwise)\n  _base/operations/demo/pingInitialize.yaml:43:5 written out here too`,
    ]);
    // Followed to the letter: no warning is left.
    expect(
      await warnings({
        ...written,
        "dictionary/fields.yaml": dictionary(`  ${entry}\n`),
        "operations/demo/pingInitialize.yaml": withResponseFields(ping, `    ${pingReference}\n`),
        "operations/demo/pongInitialize.yaml": pong(`    ${here}\n`),
      }),
    ).toEqual([]);
  },
);

/** `note` (a field's YAML at a message's top) as the field of a container that holds it alone. */
const contained = (note: string, container = "statusInfo") =>
  `    ${container}:\n      presence: optional\n      since: "1.0"\n      type: container\n      description: The status.\n      fields:\n${note
    .split("\n")
    .map((line) => (line === "" ? line : `    ${line}`))
    .join("\n")}`;

/** The schema of every property named statusNote, at any depth, of the JSON Schema `text`. */
function noteSchemas(text: string | undefined): unknown[] {
  const found: unknown[] = [];
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "properties" && value !== null && typeof value === "object" && "statusNote" in value)
        found.push((value as Record<string, unknown>)["statusNote"]);
      walk(value);
    }
  };
  walk(JSON.parse(text ?? "null"));
  return found;
}

const IN_CONTAINERS = [
  {
    case: "both in containers, both taking the list",
    ping: contained(listedNote("optional", "noteKind")),
    // Containers of two names: a container both write out is reported, not its fields.
    pong: contained(listedNote("required", "noteKind"), "statusMore"),
    entry: "statusNote: { valueList: noteKind, description: A note on the status. }",
    here: 'statusNote: { from: dictionary, presence: required, since: "1.0" }',
    kept: "presence and since",
    pingReference: contained('    statusNote: { from: dictionary, presence: optional, since: "1.0" }\n'),
    pongReference: contained('    statusNote: { from: dictionary, presence: required, since: "1.0" }\n', "statusMore"),
    gains: false,
  },
  {
    case: "here in a container, the other at its top alone taking the list",
    ping: listedNote("optional", "noteKind", ["BB"]),
    pong: contained(listedNote("required", null)),
    entry: "statusNote: { description: A note on the status. }",
    here: 'statusNote: { from: dictionary, presence: required, since: "1.0" }',
    kept: "presence and since, its valueList: noteKind, and its values: if it has some",
    pingReference:
      '    statusNote: { from: dictionary, presence: optional, since: "1.0", valueList: noteKind, values: [BB] }\n',
    pongReference: contained('    statusNote: { from: dictionary, presence: required, since: "1.0" }\n'),
    gains: false,
  },
  {
    case: "here at its top taking some values, the other in a container taking the list",
    ping: contained(listedNote("optional", "noteKind")),
    pong: listedNote("required", "noteKind", ["AA"]),
    entry: "statusNote: { valueList: noteKind, description: A note on the status. }",
    here: 'statusNote: { from: dictionary, presence: required, since: "1.0", values: [AA] }',
    kept: "presence and since",
    pingReference: contained('    statusNote: { from: dictionary, presence: optional, since: "1.0" }\n'),
    pongReference: '    statusNote: { from: dictionary, presence: required, since: "1.0", values: [AA] }\n',
    gains: false,
  },
  {
    case: "here in a container alone taking the list: the other takes it too, and the warning says so",
    ping: listedNote("optional", null),
    pong: contained(listedNote("required", "noteKind")),
    entry: "statusNote: { valueList: noteKind, description: A note on the status. }",
    here: 'statusNote: { from: dictionary, presence: required, since: "1.0" }',
    kept: "presence and since (it takes noteKind then, which it did not: a container's field cannot link a list of its own)",
    pingReference: '    statusNote: { from: dictionary, presence: optional, since: "1.0" }\n',
    pongReference: contained('    statusNote: { from: dictionary, presence: required, since: "1.0" }\n'),
    gains: true,
  },
  {
    case: "here at its top taking no list, the other in a container taking it: this one takes it too, and the warning says so",
    ping: contained(listedNote("optional", "noteKind")),
    pong: listedNote("required", null),
    entry: "statusNote: { valueList: noteKind, description: A note on the status. }",
    here: 'statusNote: { from: dictionary, presence: required, since: "1.0" } (it takes noteKind then, which it did not: a container\'s field cannot link a list of its own),',
    kept: "presence and since",
    pingReference: contained('    statusNote: { from: dictionary, presence: optional, since: "1.0" }\n'),
    pongReference: '    statusNote: { from: dictionary, presence: required, since: "1.0" }\n',
    gains: true,
  },
] as const;

test.each(IN_CONTAINERS)(
  "the warning for a field in a container says exactly what to write ($case), and written so no warning is left",
  async ({ ping: pingNote, pong: pongNote, entry, here, kept, pingReference, pongReference, gains }) => {
    const files = (await base).files;
    const ping = files.find((f) => f.relPath === "operations/demo/pingInitialize.yaml")?.text ?? "";
    const listsText = files.find((f) => f.relPath === "dictionary/lists.yaml")?.text ?? "";
    const written = {
      "dictionary/lists.yaml": lists(listsText),
      "dictionary/fields.yaml": dictionary(),
      "operations/demo/pingInitialize.yaml": withResponseFields(ping, pingNote),
      "operations/demo/pongInitialize.yaml": pong(pongNote),
    };
    const found = await warnings(written);
    expect(found).toHaveLength(1);
    const advice = found[0]?.split("one name is one field: ")[1]?.split("\n")[0];
    const other = `_base/operations/demo/pingInitialize.yaml (response${pingNote.startsWith("    statusInfo:") ? ", in statusInfo" : ""})`;
    expect(advice).toBe(
      `move it to spec/dictionary/fields.yaml, as ${entry} with its type and format, and take it with from: dictionary in both, here as ${here} and in ${other} with its own ${kept} (each with a description: of its own where it words it otherwise)`,
    );
    const applied = {
      ...written,
      "dictionary/fields.yaml": dictionary(`  ${entry}\n`),
      "operations/demo/pingInitialize.yaml": withResponseFields(ping, pingReference),
      "operations/demo/pongInitialize.yaml": pong(pongReference),
    };
    // Followed to the letter: no warning is left, and each field takes what it took, but where the warning says not.
    expect(await warnings(applied)).toEqual([]);
    const schemas = async (input: Record<string, string>) => {
      const result = await generateFromInput(withFiles(await base, [], new Map(Object.entries(input))));
      if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join("\n"));
      const file = (name: string) => result.files.find((f) => f.path === `schemas/${name}.response.schema.json`);
      return [noteSchemas(file("pingInitialize")?.content), noteSchemas(file("pongInitialize")?.content)];
    };
    const [before, after] = [await schemas(written), await schemas(applied)];
    if (gains) expect(after).not.toEqual(before);
    else expect(after).toEqual(before);
  },
);
