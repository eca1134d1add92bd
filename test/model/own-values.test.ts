// What an operation's field takes of its value list, in the model and in the
// names the package declares for it: given the field as the spec writes it
// (on the small valid spec of the diagnostics corpus), want its values, their
// meanings for the operation, and its names.
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { valuesOf } from "../../generator/model/field-shape.js";
import type { SpecModel } from "../../generator/model/ir.js";
import { operationEntity } from "../../generator/model/own-values.js";
import { generateFromInput } from "../../generator/index.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { operationDeclarations } from "../../generator/rules/operation-declarations.js";
import { fixturesDir } from "../support/paths.js";
import { withFiles } from "../support/sync-memory.js";

const OP = "operations/demo/pingInitialize.yaml";
let base: SpecInput;
let opText: string;
beforeAll(async () => {
  const dir = path.join(fixturesDir, "invalid", "_base");
  base = await readSpecInput(dir, path.dirname(dir));
  opText = base.files.find((f) => f.relPath === OP)?.text ?? "";
});

const STATUS = '    statusCode:\n      presence: optional\n      since: "1.0"\n      valueList: statusCode\n';
const SEAL_ALGORITHM =
  '    sealAlgorithm:\n      presence: optional\n      since: "2.37"\n      valueList: sealAlgorithm\n      description: Algorithm applied to calculate the seal.\n';

async function modelWith(edits: readonly (readonly [string, string])[], extra: Record<string, string> = {}) {
  let text = opText;
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`no ${from}`);
    text = text.replace(from, to);
  }
  const input = withFiles(base, [], new Map([[OP, text], ...Object.entries(extra)]));
  const result = await generateFromInput(input, []);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return result.model;
}

/** "00 99 | narrowed | 99: own meaning" */
function describe(model: SpecModel, message: "request" | "response", field: string): string {
  const f = model.operations[0]?.[message].fields.find((x) => x.name === field);
  const taken = f ? valuesOf(f) : null;
  if (!taken) return "no list";
  return [
    `${taken.list.name}: ${taken.values.map((v) => v.value).join(" ")}`,
    ...(taken.narrowed ? ["narrowed"] : []),
    ...(taken.reworded ? ["reworded"] : []),
    ...taken.values.filter((v) => v.own).map((v) => `${v.value}: ${v.meanings.join(" / ")}`),
  ].join(" | ");
}

const names = (model: SpecModel): string[] => {
  const op = model.operations[0];
  if (!op) return [];
  return operationDeclarations(operationEntity(op)).ownValues.map(
    (n) => `${n.message}.${n.field}: ${[n.type, n.values, n.guard].map((d) => d?.name ?? "-").join(" ")}`,
  );
};

test.each([
  {
    name: "no values: or meanings: every value, with the list's meanings",
    edits: [],
    want: "statusCode: 00 99",
    names: [],
  },
  {
    name: "values: some values only",
    edits: [[STATUS, `${STATUS}      values: ["00"]\n`]],
    want: "statusCode: 00 | narrowed",
    names: [
      "response.statusCode: PingInitializeStatusCode PING_INITIALIZE_STATUS_CODE_VALUES isPingInitializeStatusCode",
    ],
  },
  {
    name: "meanings: a meaning of its own, every value",
    edits: [[STATUS, `${STATUS}      meanings:\n        "99": Temporary error\n`]],
    want: "statusCode: 00 99 | reworded | 99: Temporary error",
    names: ["response.statusCode: - PING_INITIALIZE_STATUS_CODE_VALUES -"],
  },
  {
    name: "both, with several meanings for one value",
    edits: [[STATUS, `${STATUS}      values: ["99"]\n      meanings:\n        "99": [Temporary error, Try again]\n`]],
    want: "statusCode: 99 | narrowed | reworded | 99: Temporary error / Try again",
    names: [
      "response.statusCode: PingInitializeStatusCode PING_INITIALIZE_STATUS_CODE_VALUES isPingInitializeStatusCode",
    ],
  },
  {
    name: "meanings: none of its own, where its page gives a value no meaning",
    edits: [[STATUS, `${STATUS}      meanings:\n        "00": []\n        "99": []\n`]],
    want: "statusCode: 00 99 | reworded | 00:  | 99: ",
    names: ["response.statusCode: - PING_INITIALIZE_STATUS_CODE_VALUES -"],
  },
] as const)("$name", async ({ edits, want, names: wantNames }) => {
  const model = await modelWith(edits);
  expect(describe(model, "response", "statusCode")).toBe(want);
  expect(names(model)).toEqual(wantNames);
});

test("a value its page gives no meaning keeps the shared constant's key", async () => {
  const model = await modelWith([
    [STATUS, `${STATUS}      meanings:\n        "00": []\n        "99": Temporary error\n`],
  ]);
  const taken = valuesOf(model.operations[0]?.response.fields.find((f) => f.name === "statusCode") ?? ({} as never));
  const shared = model.valueLists.find((l) => l.name === "statusCode");
  const sharedKey = (value: string) => shared?.values.find((v) => v.value === value)?.key;
  expect(taken?.values.map((v) => [v.value, v.key, v.meanings])).toEqual([
    ["00", sharedKey("00"), []],
    ["99", "TEMPORARY_ERROR", ["Temporary error"]],
  ]);
});

test("the docs say which values have a meaning of the operation's own and which none", async () => {
  let text = opText;
  text = text.replace(STATUS, `${STATUS}      meanings:\n        "00": []\n        "99": Temporary error\n`);
  const result = await generateFromInput(withFiles(base, [], new Map([[OP, text]])));
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  const file = (end: string) => result.files.find((f) => f.path.endsWith(end))?.content ?? "";
  expect(file("docs/pingInitialize.md")).toContain(
    "some with this operation's own meaning, some with none, as this operation's page gives none.",
  );
  expect(file("docs/pingInitialize.md")).toMatch(/\| `00` \| `OK` \| — \|$/m);
  // The JSDoc lists the value alone: no ": " left before an empty text.
  expect(file("pingInitialize/types.ts")).toMatch(/^ {3}\* - `00`$/m);
  expect(file("pingInitialize/types.ts")).toContain("* - `99`: Temporary error");
});

test("on a list field, values: narrows its items", async () => {
  const field =
    '    codes:\n      presence: optional\n      since: "1.0"\n      type: list\n      values: ["00"]\n      description: Codes.\n      items:\n        valueList: statusCode\n';
  const model = await modelWith([[STATUS, `${field}${STATUS}`]]);
  const codes = model.operations[0]?.response.fields.find((f) => f.name === "codes");
  expect(codes?.type.kind === "list" ? codes.type.items.values?.values.map((v) => v.value) : null).toEqual(["00"]);
  expect(describe(model, "response", "codes")).toBe("statusCode: 00 | narrowed");
  expect(names(model)).toEqual([
    "response.codes: PingInitializeStatusCode PING_INITIALIZE_STATUS_CODE_VALUES isPingInitializeStatusCode",
  ]);
});

test("a field taken from the dictionary links a list its entry does not have, for this operation only", async () => {
  const dictionary = 'fields:\n  outcome:\n    example: "99"\n    description: The outcome.\n';
  const model = await modelWith(
    [
      [
        STATUS,
        `    outcome: { from: dictionary, presence: optional, since: "1.0", valueList: statusCode, values: ["00"] }\n${STATUS}`,
      ],
    ],
    { "dictionary/fields.yaml": dictionary },
  );
  expect(describe(model, "response", "outcome")).toBe("statusCode: 00 | narrowed");
  // The dictionary's example is not a value this operation takes: its first own value stands in.
  expect(model.operations[0]?.response.example["outcome"]).toBe("00");
  expect(model.operations[0]?.response.fields.find((f) => f.name === "outcome")?.example).toBe("99");
});

test("two fields that take one list differently are named after their message and field", async () => {
  const model = await modelWith([
    [STATUS, `${STATUS}      values: ["00"]\n`],
    [
      SEAL_ALGORITHM,
      `${SEAL_ALGORITHM}    lastStatus:\n      presence: optional\n      since: "2.37"\n      valueList: statusCode\n      values: ["99"]\n      description: Status of the last call.\n`,
    ],
  ]);
  expect(names(model)).toEqual([
    "request.lastStatus: PingInitializeRequestLastStatus PING_INITIALIZE_REQUEST_LAST_STATUS_VALUES isPingInitializeRequestLastStatus",
    "response.statusCode: PingInitializeResponseStatusCode PING_INITIALIZE_RESPONSE_STATUS_CODE_VALUES isPingInitializeResponseStatusCode",
  ]);
});

/** A callback of the operation whose statusCode field has these keys beside its list. */
const callback = (keys: string): string =>
  `callback:\n  name: pingResult\n  summary: What the platform posts back.\n  encoding: data\n  fields:\n${STATUS}${keys}      description: Status of the ping.\n`;
/** The operation with the POST interface its callback comes through (HP_ beside IR_MB_). */
const withPost = (text: string): string =>
  text.replace("  recommended: IR_MB_2.55\n", "  recommended:\n    HP_: HP_3.4\n    IR_MB_: IR_MB_2.55\n");

test("a callback's field takes some values of its list as a response's does, and is named after the callback", async () => {
  // Before, values: on a callback's field was refused (values-in-callback): it took its whole list.
  const alone = await modelWith([], { [OP]: `${withPost(opText)}${callback('      values: ["00"]\n')}` });
  const field = alone.operations[0]?.callback?.message.fields.find((f) => f.name === "statusCode");
  expect(field && valuesOf(field)?.values.map((v) => v.value)).toEqual(["00"]);
  expect(names(alone)).toEqual([
    "callback.statusCode: PingInitializeStatusCode PING_INITIALIZE_STATUS_CODE_VALUES isPingInitializeStatusCode",
  ]);
  // The response takes the same list otherwise: each is named after its message and field.
  const both = await modelWith([], {
    [OP]: `${withPost(opText).replace(STATUS, `${STATUS}      values: ["99"]\n`)}${callback('      values: ["00"]\n')}`,
  });
  expect(names(both)).toEqual([
    "response.statusCode: PingInitializeResponseStatusCode PING_INITIALIZE_RESPONSE_STATUS_CODE_VALUES isPingInitializeResponseStatusCode",
    "callback.statusCode: PingInitializeCallbackStatusCode PING_INITIALIZE_CALLBACK_STATUS_CODE_VALUES isPingInitializeCallbackStatusCode",
  ]);
});
