// The types of messages whose saved facts stop, on the golden fixture (cardPaymentInit's request and response stop;
// cardCheck's do not): a response reads a field beyond the facts as `unknown` and its known
// fields as they are; a call or a POST form sends one under `beyondFacts`, which names no known field, while a
// misspelt known field still does not compile; a message whose facts do not stop keeps its closed type. Every
// `@ts-expect-error` must be needed.
import { beforeAll, expect, test } from "vitest";
import type { GeneratedFile } from "../../generator/index.js";
import { generateGoldenSpec } from "../support/generate.js";
import { nativeTypeErrors } from "../support/native-typecheck.js";

const consumer = `import {
  createClient,
  sealCardPaymentInitResponse,
  validateCardPaymentInitResponse,
  type CardCheckResponse,
  type CardPaymentInitFields,
  type CardPaymentInitResponse,
  type Unsealed,
} from "../golden/index.js";
import type { MockHandlers } from "../golden/mock.js";
import { paypagePostForm } from "../golden/paypage.js";
declare const response: CardPaymentInitResponse;
declare const closed: CardCheckResponse;
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assert = <T extends true>(): T | undefined => undefined;

// Read: the known fields keep their types, any other is unknown, narrowed before use.
const known = assert<Equal<typeof response.redirectionUrl, string | undefined>>();
const seal = assert<Equal<typeof response.seal, string>>();
const beyond = assert<Equal<typeof response.someFieldBeyond, unknown>>();
// @ts-expect-error a field beyond the facts is unknown: not a string until narrowed
const unnarrowed: string = response["someFieldBeyond"];
const narrowed: string | undefined = typeof response["someFieldBeyond"] === "string" ? response["someFieldBeyond"] : undefined;
// @ts-expect-error under noPropertyAccessFromIndexSignature a field beyond the facts is read as response["name"]
const dotted = response.someFieldBeyond;
// @ts-expect-error a known field keeps its type
const wrongKnown: number | undefined = response.redirectionUrl;
// @ts-expect-error read-only: a received message is not written to
response["someFieldBeyond"] = 1;
const checked = validateCardPaymentInitResponse({});
const read: unknown = checked.ok ? checked.value["someFieldBeyond"] : undefined;
// Sealed as it is read: its known fields keep their types there too.
const sealed = sealCardPaymentInitResponse({ redirectionUrl: "https://x", someFieldBeyond: 1 }, "k");
// @ts-expect-error a known field of the wrong type
const sealedWrong = sealCardPaymentInitResponse({ redirectionUrl: 1 }, "k");
const unsealedKept = assert<Equal<Unsealed<CardPaymentInitResponse>["redirectionUrl"], string | undefined>>();
// A message whose facts do not stop stays closed.
// @ts-expect-error no such field
const closedRead = closed.someFieldBeyond;

// Write: beyond the facts under beyondFacts, never a known field there, never a misspelt one among the fields.
const client = createClient({ environment: "prod", merchantId: "1", keyVersion: 1, secretKey: "k" });
const sent = client.cardPaymentInit({ beyondFacts: { someFieldBeyond: "x", another: 2 } });
const both = client.cardPaymentInit({ interfaceVersion: "IR_WS_2.1", beyondFacts: { someFieldBeyond: "x" } });
// @ts-expect-error a misspelt known field
const misspelt = client.cardPaymentInit({ interfaceVersoin: "IR_WS_2.1" });
// @ts-expect-error a field beyond the facts given among the fields
const loose = client.cardPaymentInit({ someFieldBeyond: "x" });
// @ts-expect-error a known field given beyond the facts
const knownBeyond: CardPaymentInitFields = { beyondFacts: { interfaceVersion: "IR_WS_2.1" } };
// @ts-expect-error a field the client fills in, given beyond the facts
const filledBeyond: CardPaymentInitFields = { beyondFacts: { merchantId: "1" } };
// @ts-expect-error a known field misspelt beyond the facts: a letter left out
const omittedBeyond: CardPaymentInitFields = { beyondFacts: { interfaceVesion: "IR_WS_2.1" } };
// @ts-expect-error a letter doubled
const doubledBeyond: CardPaymentInitFields = { beyondFacts: { interfaceVerssion: "IR_WS_2.1" } };
// @ts-expect-error two letters swapped
const swappedBeyond: CardPaymentInitFields = { beyondFacts: { interfaceVersoin: "IR_WS_2.1" } };
// @ts-expect-error another case: a capital first
const casedBeyond: CardPaymentInitFields = { beyondFacts: { InterfaceVersion: "IR_WS_2.1" } };
// @ts-expect-error another case: all lower case
const loweredBeyond: CardPaymentInitFields = { beyondFacts: { merchantid: "1" } };
// Two slips away, or a letter put for another, is another name: a field beyond the facts.
const fartherBeyond: CardPaymentInitFields = { beyondFacts: { interfaceVrsin: "x", interfaceVersiom: "y" } };
// @ts-expect-error an operation whose request's facts do not stop takes nothing beyond them
const notStopped = client.cardCheck({ beyondFacts: { someFieldBeyond: "x" } });
// The POST form's fields too.
const formConfig = { environment: "simu", merchantId: "1", keyVersion: 1, secretKey: "k" } as const;
const form = paypagePostForm({ beyondFacts: { someFieldBeyond: "x" } }, formConfig);
// @ts-expect-error a known field given beyond the facts
const formKnownBeyond = paypagePostForm({ beyondFacts: { merchantId: "1" } }, formConfig);

// The mock: a handler reads the request beyond its facts as unknown, and answers with fields beyond the response's.
const handlers: MockHandlers = {
  cardPaymentInit: (request) => ({ redirectionUrl: request.merchantId, echoed: request["someFieldBeyond"] }),
};
const wrongReply: MockHandlers = {
  // @ts-expect-error a known field of the reply keeps its type
  cardPaymentInit: () => ({ redirectionUrl: 1 }),
};
const closedHandler: MockHandlers = {
  // @ts-expect-error the request of an operation whose facts do not stop is closed
  cardCheck: (request) => ({ statusCode: "00", echoed: request.someFieldBeyond }),
};
export { known, seal, beyond, unnarrowed, narrowed, dotted, wrongKnown, read, sealed, sealedWrong, unsealedKept };
export { closedRead, sent, both, misspelt, loose, knownBeyond, filledBeyond, notStopped };
export { omittedBeyond, doubledBeyond, swappedBeyond, casedBeyond, loweredBeyond, fartherBeyond };
export { form, formKnownBeyond, handlers, wrongReply, closedHandler };
`;

let files: readonly GeneratedFile[];

beforeAll(async () => {
  ({ files } = await generateGoldenSpec());
});

test("where the facts stop, a reply reads beyond them as unknown and a call sends beyond them under beyondFacts only", async () => {
  const errors = await nativeTypeErrors({
    golden: { files },
    consumer: { files: [], more: { "facts-stop-consumer.ts": consumer } },
  });
  expect(errors).toEqual([]);
});

/**
 * A call whose fields beyond the facts name known fields, a slip of one, a field the client fills in, or the
 * algorithm of a request without the field: the compiler's errors, as a team reads them.
 */
const slips = `import type { CardPaymentInitFields } from "../golden/index.js";
export const known: CardPaymentInitFields = { beyondFacts: { interfaceVersion: "IR_WS_2.1" } };
export const slip: CardPaymentInitFields = { beyondFacts: { interfaceVersoin: "IR_WS_2.1" } };
export const filled: CardPaymentInitFields = { beyondFacts: { merchantId: "1" } };
export const algorithm: CardPaymentInitFields = { beyondFacts: { sealAlgorithm: "HMAC-SHA-256" } };
`;

test("the compiler's error for a known field beyond the facts, or a slip of one, names the field and why", async () => {
  const errors = await nativeTypeErrors({
    golden: { files },
    consumer: { files: [], more: { "slips-consumer.ts": slips } },
  });
  expect(errors.map((e) => /error TS\d+: (.*)/.exec(e)?.[1])).toEqual([
    `Type 'string' is not assignable to type 'GivenAmongTheFields<"interfaceVersion">'.`,
    `Type 'string' is not assignable to type 'DidYouMean<"interfaceVersion">'.`,
    `Type 'string' is not assignable to type 'FilledFromTheConfiguration<"merchantId">'.`,
    `Type 'string' is not assignable to type 'SealedWithTheDefault<"sealAlgorithm">'.`,
  ]);
});
