// All of generated/, as the generator produces it in memory, type-checks under
// the strictest options downstream projects use, depends on nothing but
// node:crypto (and node:http, node:net, node:diagnostics_channel and node:timers for the mock server alone), and exports the public contract.
import type { ts as Ts } from "ts-morph";
import { beforeAll, expect, test } from "vitest";
import type { GeneratedFile } from "../../generator/index.js";
import { clientOperations, configConsumer, recommendedConsumer } from "../support/config-consumer.js";
import { docExamples } from "../support/doc-examples.js";
import { generateRepoSpec } from "../support/generate.js";
import { nativeTypeErrors } from "../support/native-typecheck.js";
import { ts } from "../support/ts-api.js";

/** The public contract: names a downstream project imports from the package's index. */
const CONTRACT = [
  "operations",
  "computeSeal",
  "PaymentTokenInitializeRequest",
  "PaymentTokenInitializeResponse",
  "validatePaymentTokenInitializeRequest",
  "validatePaymentTokenInitializeResponse",
  "PAYMENT_TOKEN_INITIALIZE_REQUEST_SEAL_FIELDS",
  "PAYMENT_TOKEN_INITIALIZE_RESPONSE_SEAL_FIELDS",
  "SdkOperationName",
  "RedirectionStatusCode",
  "SealAlgorithm",
  "InterfaceVersionPrefix",
  "ValidationIssue",
  "ValidationResult",
  "OperationDescriptor",
  // What a seal-mismatch or unsealed-response error claims: a function that logs it names its type.
  "ClaimedStatus",
  // What paypageRedirectionForm takes and gives: a binding that passes its own names writes their types.
  "RedirectionFieldNames",
  "RedirectionStatusNames",
  "PaypageRedirectionResult",
  "PaypageRedirectionError",
  // A configuration written apart from its call (keyed by the package's operations), and the generic one it is.
  "ClientConfig",
  "ClientConfigOf",
  // What paypagePostForm gives: its error, named where a caller handles it.
  "PaypageFormResult",
  "PaypageRequestError",
];

/** A consumer of the package: what the spec forbids must not compile, what it allows must. */
const consumer = `import { operations, SdkOperationName, type PaymentTokenInitializeRequest, type PaymentTokenInitializeResponse } from "../generated/index.js";
const ok: PaymentTokenInitializeRequest = {
  interfaceVersion: "IR_MB_2.55", keyVersion: 1, merchantId: "002001000000001",
  sdkOperationName: SdkOperationName.CARDORDER, sdkVersion: "2.0.4", seal: "x",
};
// @ts-expect-error another interface prefix
const wrongPrefix: PaymentTokenInitializeRequest["interfaceVersion"] = "IR_WS_2.55";
// Versions as the validators read them: digits without a leading zero, major.minor.
const versions: PaymentTokenInitializeRequest["interfaceVersion"][] = ["IR_MB_2.55", "IR_MB_0.0", "IR_MB_10.1234"];
// @ts-expect-error an exponent, which \`\${number}\` took
const exponent: PaymentTokenInitializeRequest["interfaceVersion"] = "IR_MB_1e3.0";
// @ts-expect-error a negative major
const negative: PaymentTokenInitializeRequest["interfaceVersion"] = "IR_MB_-2.55";
// @ts-expect-error a hexadecimal major
const hexadecimal: PaymentTokenInitializeRequest["interfaceVersion"] = "IR_MB_0x2.55";
// @ts-expect-error a leading zero
const leadingZero: PaymentTokenInitializeRequest["interfaceVersion"] = "IR_MB_2.055";
// @ts-expect-error three parts
const threeParts: PaymentTokenInitializeRequest["interfaceVersion"] = "IR_MB_2.5.5";
// @ts-expect-error a value outside the list
const wrongValue: PaymentTokenInitializeRequest["sdkOperationName"] = "CARD_ORDER";
// @ts-expect-error optional fields cannot be set to undefined (exactOptionalPropertyTypes)
const undefinedOptional: PaymentTokenInitializeRequest = { ...ok, customerIpAddress: undefined };
// @ts-expect-error a required field is missing
const missing: PaymentTokenInitializeRequest = { ...ok, seal: undefined };
// Responses admit status codes added after this package was generated.
const newerCode: PaymentTokenInitializeResponse = { seal: "x", redirectionStatusCode: "42" };
const result = operations.paymentTokenInitialize.request.validate(JSON.parse("{}"));
const merchant: string | undefined = result.ok ? result.value.merchantId : undefined;
export { versions, exponent, negative, hexadecimal, leadingZero, threeParts, wrongPrefix, wrongValue, undefinedOptional, missing, newerCode, merchant };
`;

/**
 * A consumer of the mock server: each operation's handler takes that operation's request and gives its reply,
 * and a handler of any JSON object (the type handlers had before) still fits every operation.
 */
const mockConsumer = `import type { ClientOperationName } from "../generated/client.js";
import {
  startMockServer,
  type MockHandler,
  type MockHandlers,
  type MockPaymentHandler,
  type MockServerOptions,
  type MockServerOptionsOf,
} from "../generated/mock.js";
type Options = Parameters<typeof startMockServer>[0];
const typed: Options = {
  secretKey: "k",
  handlers: {
    paymentTokenInitialize: (request) => ({ redirectionStatusCode: request.sdkVersion === "2.0.4" ? "00" : "94" }),
    // The seal given: sent unchanged. A status code newer than the package: the response type admits it.
    orderInitialize: async () => ({ redirectionStatusCode: "42", seal: "forged" }),
    // A seal of null: sent with no seal, as Sips leaves some refusals.
    walletInitialize: () => ({ redirectionStatusCode: "34", seal: null }),
  },
};
const misspelt: MockHandlers = {
  // @ts-expect-error a field the request does not have
  paymentTokenInitialize: (request) => ({ redirectionStatusCode: request.sdkVersoin }),
};
const wrongType: MockHandlers = {
  // @ts-expect-error a status code as a number: the response's field is text
  paymentTokenInitialize: () => ({ redirectionStatusCode: 94 }),
};
const wrongSeal: MockHandlers = {
  // @ts-expect-error a seal that is not text
  paymentTokenInitialize: () => ({ seal: 1 }),
};
const readOnly: MockHandlers = {
  paymentTokenInitialize: (request) => {
    // @ts-expect-error the request is the mock's, read-only
    request.sdkVersion = "2.0.5";
    return {};
  },
};
// The local Paypage's outcome: the request of the payment played (every field optional: a POST form's holds no
// seal), and fields of its callback put over the accepted one.
const outcome: Options = {
  secretKey: "k",
  paypage: { outcome: async (request) => ({ responseCode: request.amount === 666 ? "05" : "00" }) },
};
const outcomeMisspelt: Options = {
  secretKey: "k",
  // @ts-expect-error a field the request does not have
  paypage: { outcome: (request) => ({ responseCode: request.amont === 666 ? "05" : "00" }) },
};
// A field every callback declares: the outcome of any payment types it so. (One that some callback alone declares, as
// paymentWebInit's amount, may be any value in the outcome of another, whose facts stop: its type is open.)
const outcomeWrongType: Options = {
  secretKey: "k",
  // @ts-expect-error a key version as text: every callback's is a number
  paypage: { outcome: () => ({ keyVersion: "1" }) },
};
// The mock's own reply to the request, the second argument: typed as the operation's reply, returned as it is or changed.
const fallingBack: Options = {
  secretKey: "k",
  handlers: {
    paymentWebInit: (request, mockReply) =>
      request.transactionReference === "refused" ? { redirectionStatusCode: "12" } : mockReply(),
    cancel: async (_, mockReply) => ({ ...mockReply(), responseCode: "05" }),
  },
};
const fallbackWrongType: MockHandlers = {
  // @ts-expect-error the mock's reply changed with a status code as a number: the response's field is text
  paymentTokenInitialize: (_, mockReply) => ({ ...mockReply(), redirectionStatusCode: 94 }),
};
const fallbackMisspelt: MockHandlers = {
  // @ts-expect-error a field the response does not have
  paymentTokenInitialize: (_, mockReply) => ({ redirectionStatusCode: mockReply().redirectionStatusCod }),
};
const looseFallback: MockHandler = (request, mockReply) => ({ ...mockReply(), echoed: request["sdkVersion"] });
const anyFallback: Options = { secretKey: "k", handlers: { paymentWebInit: looseFallback, cancel: looseFallback } };
const loose: MockHandler = (request) => ({ redirectionStatusCode: "00", echoed: request["sdkVersion"] });
const looseOutcome: MockPaymentHandler = (request) => ({ responseCode: request["amount"] === 1 ? "05" : "00" });
const anyOutcome: Options = { secretKey: "k", paypage: { outcome: looseOutcome } };
const anyMessage: Options = { secretKey: "k", handlers: { paymentTokenInitialize: loose, paymentWebInit: loose } };
const before: MockServerOptions<ClientOperationName> = { secretKey: "k", handlers: { getWalletData: loose } };
const started = startMockServer(before);
// The options as a project writes them in a module of its own, typed by the package's name for them.
const annotated: MockServerOptions = {
  secretKey: "k",
  handlers: {
    // @ts-expect-error a misspelt operation name
    paymentTokenInitialise: loose,
  },
};
const annotatedOutcome: MockServerOptions = {
  secretKey: "k",
  // @ts-expect-error a field the request does not have
  paypage: { outcome: (request) => ({ responseCode: request.amont === 666 ? "05" : "00" }) },
};
// Typed loosely, by any name: it compiles, and the mock refuses the name when it starts.
const loosely: MockServerOptions<string> = { secretKey: "k", handlers: { paymentTokenInitialise: loose } };
const generic: MockServerOptionsOf = { secretKey: "k", handlers: { paymentTokenInitialise: loose } };
const startedLoosely = [startMockServer(loosely), startMockServer(generic)];
export { typed, misspelt, wrongType, wrongSeal, readOnly, anyMessage, started };
export { annotated, annotatedOutcome, startedLoosely };
export { outcome, outcomeMisspelt, outcomeWrongType, anyOutcome };
export { fallingBack, fallbackWrongType, fallbackMisspelt, anyFallback };
`;

/**
 * Options as a project under exactOptionalPropertyTypes passes them from settings of its own, each possibly
 * undefined: the code takes an option given as undefined as one left out, and so do the types.
 */
const optionsConsumer = `import {
  createClient,
  paypageRedirectionForm,
  renderPaypageAutoPost,
  validatePaymentTokenInitializeResponse,
  type FetchLike,
  type PaymentTokenInitializeInterfaceVersion,
  type PaypageEncoding,
  type SealAlgorithmName,
} from "../generated/index.js";
import {
  startMockServer,
  type AutomaticResponseReport,
  type MockHandler,
  type MockHandlers,
  type MockServerOptions,
} from "../generated/mock.js";
import { decodePaypageResponse, isPaypageResponseGenuine, paypagePostForm } from "../generated/paypage.js";
declare const maybe: {
  readonly number: number | undefined;
  readonly text: string | undefined;
  readonly version: PaymentTokenInitializeInterfaceVersion | undefined;
  readonly flag: boolean | undefined;
  readonly algorithm: SealAlgorithmName | undefined;
  readonly encode: PaypageEncoding | undefined;
  readonly fetch: FetchLike | undefined;
  readonly signal: AbortSignal | undefined;
  readonly handlers: MockHandlers | undefined;
  readonly handler: MockHandlers["paymentTokenInitialize"];
  readonly loose: MockHandler | undefined;
  readonly report: ((report: AutomaticResponseReport) => void) | undefined;
};
const config = {
  environment: "test",
  merchantId: "002001000000001",
  keyVersion: 1,
  secretKey: "k",
  sealAlgorithm: maybe.algorithm,
  interfaceVersions: { paymentTokenInitialize: maybe.version },
  fetch: maybe.fetch,
  timeoutMs: maybe.number,
  maxReplyBytes: maybe.number,
  strict: maybe.flag,
} as const;
const called = createClient(config).paymentTokenInitialize(
  { sdkOperationName: "CARDORDER", sdkVersion: "2.0.4" },
  { signal: maybe.signal },
);
const checked = validatePaymentTokenInitializeResponse({}, { strict: maybe.flag, interfaceVersion: maybe.text });
const page = renderPaypageAutoPost(
  { action: "https://x", method: "POST", fields: [] },
  { title: maybe.text, submitLabel: maybe.text, lang: maybe.text, nonce: maybe.text },
);
const form = paypagePostForm(
  { amount: 1, currencyCode: "978" },
  { ...config, environment: "simu", interfaceVersion: maybe.text, encode: maybe.encode },
);
const redirected = paypageRedirectionForm(
  {},
  { url: "u", posted: [], status: { field: "s", accepted: "00", messageField: maybe.text, values: undefined } },
);
const unchecked = paypageRedirectionForm({}, { url: "u", posted: [], status: undefined });
const decoded = decodePaypageResponse("", "k", { sealAlgorithm: maybe.algorithm, strict: maybe.flag });
const genuine = isPaypageResponseGenuine("", "k", { sealAlgorithm: maybe.algorithm });
const mock = startMockServer({
  secretKey: "k",
  port: maybe.number,
  handlers: maybe.handlers,
  paypage: { outcome: undefined, onAutomaticResponse: maybe.report, automaticResponseTimeoutMs: maybe.number },
});
const handled = startMockServer({ secretKey: "k", handlers: { paymentTokenInitialize: maybe.handler } });
const untyped: MockServerOptions = { secretKey: "k", handlers: { paymentTokenInitialize: maybe.loose } };
export { called, checked, page, form, redirected, unchecked, decoded, genuine, mock, handled, untyped };
`;

/** Each name of the contract imported from the index (values and types alike): a name it lacks is an error. */
const contract = `import type { ${CONTRACT.join(", ")} } from "../generated/index.js";
export type { ${CONTRACT.join(", ")} };
`;

let files: readonly GeneratedFile[];
/** One run of the compiler over generated/ and its consumers: type errors by the file they are in. */
let errors: string[];
const errorsIn = (prefix: string) => errors.filter((e) => e.startsWith(prefix));

/** Each operation's recommended interfaceVersion, as spec/ gives it. */
let recommended: { name: string; recommended: string | null }[];

beforeAll(async () => {
  const generated = await generateRepoSpec();
  files = generated.files;
  recommended = generated.model.operations.map((op) => ({ name: op.name, recommended: op.interfaceVersion.recommended }));
  errors = await nativeTypeErrors({
    generated: { files },
    consumer: { files: [], more: { "consumer.ts": consumer, "config-consumer.ts": configConsumer(clientOperations(files.map((f) => f.path))), "recommended-consumer.ts": recommendedConsumer(recommended), "mock-consumer.ts": mockConsumer, "options-consumer.ts": optionsConsumer, "contract.ts": contract, ...docExamples() } },
  });
});

test("generated/ has no type error under strict options", () => {
  expect(errorsIn("generated/")).toEqual([]);
});

test("generated code imports nothing but node:crypto, node:http, node:net, node:diagnostics_channel and node:timers in the mock server's modules only, and its own files", () => {
  const external = files
    .filter((f) => f.language === "typescript")
    .flatMap((f) =>
      ts
        .createSourceFile(f.path, f.content, ts.ScriptTarget.ES2022)
        .statements.filter(ts.isImportDeclaration)
        .map((i) => ({ file: f.path, specifier: (i.moduleSpecifier as Ts.StringLiteral).text })),
    )
    .filter(({ specifier }) => !specifier.startsWith("./") && !specifier.startsWith("../"));
  expect([...new Set(external.map((e) => e.specifier))].sort()).toEqual([
    "node:crypto",
    "node:diagnostics_channel",
    "node:http",
    "node:net",
    "node:timers",
  ]);
  expect(external.filter((e) => e.specifier === "node:diagnostics_channel").map((e) => e.file)).toEqual([
    "runtime/mock-client-sockets.ts",
  ]);
  expect(external.filter((e) => e.specifier === "node:http").map((e) => e.file)).toEqual([
    "runtime/mock-answer.ts",
    "runtime/mock-http.ts",
    "runtime/mock-server.ts",
  ]);
  expect(external.filter((e) => e.specifier === "node:net").map((e) => e.file)).toEqual([
    "runtime/mock-port-refused.ts",
  ]);
  // The mock's waits, on the platform's timers taken as it loads, whatever a test suite fakes.
  expect(external.filter((e) => e.specifier === "node:timers").map((e) => e.file)).toEqual(["runtime/mock-clock.ts"]);
});

test("options given as undefined from settings compile under exactOptionalPropertyTypes, as the code takes them", () => {
  expect(errorsIn("consumer/options-consumer.ts")).toEqual([]);
});

test("index.ts exports the public contract", () => {
  expect(errorsIn("consumer/contract.ts")).toEqual([]);
});

test("the types are exact: what the spec forbids does not compile", () => {
  expect(errorsIn("consumer/consumer.ts")).toEqual([]);
});

test("ClientConfig and each operation's own client function refuse a misspelt interfaceVersions key, and take a shared configuration", () => {
  expect(clientOperations(files.map((f) => f.path)).length).toBeGreaterThan(1);
  expect(errorsIn("consumer/config-consumer.ts")).toEqual([]);
});

test("the registry types each recommended interfaceVersion as the spec's literal (or null), which interfaceVersions takes without a cast", () => {
  // Every operation of the spec may come to recommend a version: null is held where the spec has one, not required.
  expect(recommended.filter((op) => op.recommended !== null).length).toBeGreaterThan(0);
  expect(errorsIn("consumer/recommended-consumer.ts")).toEqual([]);
});

test("each operation's mock handler, and the local Paypage's outcome, are typed by the spec, and a handler of any message still fits", () => {
  expect(errorsIn("consumer/mock-consumer.ts")).toEqual([]);
});

test("the examples of the users' guide and the README type-check", () => {
  // A sketch may declare what it does not use; anything else is an example a reader could not compile.
  const unused = /: error TS(6133|6192|6196|6198):/;
  expect(errorsIn("consumer/docs/").filter((e) => !unused.test(e))).toEqual([]);
});
