// An operation whose field takes some values of a shared list only, and words
// some its own way (cardRefund of the golden fixture): its requests refuse
// the list's other values, its responses warn about them (refuse them when
// strict), its types do not admit them, and its registry entry lists its own
// values beside the whole list. The shared list's names stay for code that
// handles every operation.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { beforeAll, expect, test } from "vitest";
import type { GeneratedFile } from "../../generator/index.js";
import { formatIssue, type OperationDescriptor, type ValidationIssue } from "../../generated/index.js";
import { SIPS_KEYWORDS } from "../interop/sips-keywords.js";
import { objectArb } from "../support/message-arbitrary.js";
import { generateGoldenSpec } from "../support/generate.js";
import { nativeTypeErrors } from "../support/native-typecheck.js";
import { keptOutput } from "../support/kept-output.js";

let files: readonly GeneratedFile[];
let outDir: string;
let cardRefund: OperationDescriptor<Record<string, unknown>, Record<string, unknown>>;
let cardCheck: OperationDescriptor<Record<string, unknown>, Record<string, unknown>>;

beforeAll(async () => {
  ({ files } = await generateGoldenSpec());
  outDir = keptOutput("golden", files, "javascript");
  const registry = (await import(pathToFileURL(path.join(outDir, "index.js")).href)) as {
    operations: Record<string, OperationDescriptor<Record<string, unknown>, Record<string, unknown>>>;
  };
  const refund = registry.operations["cardRefund"];
  const check = registry.operations["cardCheck"];
  if (!refund || !check) throw new Error("the golden operations are not in the registry");
  [cardRefund, cardCheck] = [refund, check];
});

const issues = (list: readonly ValidationIssue[]) => list.map((i) => `${i.code} ${formatIssue(i)}`);
const request = (channels: readonly string[]) => ({
  interfaceVersion: "IR_WS_2.46",
  merchantId: "002001000000001",
  channels,
  seal: "x",
});

test("a request with a value of the list that the operation does not take is refused", () => {
  expect(cardRefund.request.validate(request(["INTERNET"])).ok).toBe(true);
  const refused = cardRefund.request.validate(request(["MOTO"]));
  expect(refused.ok ? [] : issues(refused.errors)).toEqual([
    'unknown-value /channels/0 must be one of the CardRefundChannel values (INTERNET), got a string of 4 characters',
  ]);
  // Another operation that takes the whole list accepts it.
  const other = { ...request(["MOTO"]), keyVersion: 1 };
  expect(cardCheck.request.validate(other).ok).toBe(true);
});

test("a response with such a value is a warning, refused when strict", () => {
  const response = { statusCode: "99", seal: "x" };
  const lenient = cardRefund.response.validate(response);
  expect(lenient.ok && issues(lenient.warnings)).toEqual([
    'unknown-value /statusCode must be one of the CardRefundStatusCode values (00), got a string of 2 characters',
  ]);
  expect(cardRefund.response.validate(response, { strict: true }).ok).toBe(false);
  expect(cardCheck.response.validate(response, { strict: true }).ok).toBe(true);
});

test("the registry lists the operation's values with its meanings, and the whole list", () => {
  const status = cardRefund.response.fields.find((f) => f.name === "statusCode")?.valueList;
  expect(status?.values).toEqual([{ value: "00", meanings: ["Refund accepted"] }]);
  expect(status?.vocabulary.map((v) => v.value)).toEqual(["00", "99"]);
  const channels = cardRefund.request.fields.find((f) => f.name === "channels")?.items?.valueList;
  expect(channels?.values.map((v) => v.value)).toEqual(["INTERNET"]);
  const shared = cardCheck.response.fields.find((f) => f.name === "statusCode")?.valueList;
  expect(shared?.values).toBe(shared?.vocabulary);
});

test("the operation's types admit its own values only; the shared union still admits every value", async () => {
  const consumer = `import { CARD_REFUND_STATUS_CODE_VALUES, isCardRefundChannel, type CardRefundChannel, type CardRefundRequest, type CardRefundResponse, type Channel } from "./index.js";
const ok: CardRefundRequest = { interfaceVersion: "IR_WS_2.46", merchantId: "1", channels: ["INTERNET"], seal: "x" };
// @ts-expect-error a value of the shared list that cardRefund does not take
const moto: CardRefundRequest = { ...ok, channels: ["MOTO"] };
// @ts-expect-error the same, through the narrowed type
const narrowed: CardRefundChannel = "MOTO";
const shared: Channel = "MOTO";
// Responses still admit codes added after generation.
const later: CardRefundResponse = { statusCode: "42", seal: "x" };
const known: CardRefundResponse["statusCode"] = CARD_REFUND_STATUS_CODE_VALUES[0]?.value ?? "00";
const guarded: boolean = isCardRefundChannel(shared);
export { moto, narrowed, later, known, guarded };
`;
  const errors = await nativeTypeErrors({ package: { files, more: { "consumer.ts": consumer } } });
  expect(errors).toEqual([]);
});

test("the validators and ajv on the emitted schemas agree on the operation's own values", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  for (const keyword of SIPS_KEYWORDS) ajv.addKeyword(keyword);
  const schemaOf = (file: string) =>
    ajv.compile(JSON.parse(files.find((f) => f.path === `schemas/${file}`)?.content ?? "{}") as object);
  const cases = [
    { message: cardRefund.request, schema: schemaOf("cardRefund.request.schema.json"), strict: false },
    { message: cardRefund.response, schema: schemaOf("cardRefund.response.schema.json"), strict: true },
    { message: cardRefund.response, schema: schemaOf("cardRefund.response.lenient.schema.json"), strict: false },
  ];
  for (const { message, schema, strict } of cases) {
    let valid = 0;
    const arbitrary = objectArb(message.fields, { prefix: cardRefund.interfaceVersion.prefix, unknownKeys: ["other"] });
    fc.assert(
      fc.property(arbitrary, (value) => {
        const json = JSON.parse(JSON.stringify(value)) as unknown;
        const ours = message.validate(json, { strict }).ok;
        const want = schema(json);
        // The message (the value as JSON) made only for a failure: 1,500 draws a case.
        if (ours !== want) expect(ours, JSON.stringify(json)).toBe(want);
        if (ours) valid++;
      }),
      { seed: 77, numRuns: 1500 },
    );
    expect(valid).toBeGreaterThan(30);
  }
});
