// The TypeScript examples of the users' guide and the README run as written
// (typecheck.test.ts type-checks them): each is a module over the generated
// package, the names it leaves to its reader given values a reader would have,
// and the Sips platform a mock server behind the global fetch, reached at the
// path of the address the example calls. An example that serves on a port of
// its own (a shop's server on 8080, never closed) is left to the type-check;
// one that serves on a port the system gives (listen(0)) and closes it runs.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, expect, test, vi } from "vitest";
import { computeSeal, operations, type PaymentTokenInitializeRequest } from "../../generated/index.js";
import { type MockServer, startMockServer } from "../../generated/mock.js";
import { docExamples } from "../support/doc-examples.js";
import { generatedDir } from "../support/paths.js";
import { SECRET_KEY as secretKey, unsealedRequest } from "./samples.js";

const folder = mkdtempSync(path.join(tmpdir(), "sips-doc-examples-"));
const examples = Object.entries(docExamples(generatedDir.split(path.sep).join("/"))).filter(
  ([name]) => name.endsWith(".ts") && !name.endsWith(".d.ts"),
);
const runnable = examples.filter(([, code]) => !/\.listen\((?!0,)/.test(code));
let mock: MockServer;
const errors: unknown[][] = [];
const logs: unknown[][] = [];
/** The requests the examples sent to Sips, which the mock answered. */
let posted = 0;

/** A Paypage response as Sips posts it, sealed with HMAC-SHA-256 over Data: the raw body a handler reads. */
function paypagePost(): Uint8Array {
  const data = "amount=1250|currencyCode=978|responseCode=00|transactionReference=order42|keyVersion=1";
  const form = new URLSearchParams({ Data: data, Seal: computeSeal(data, secretKey), SealAlgorithm: "HMAC-SHA-256" });
  return new TextEncoder().encode(form.toString());
}

beforeAll(async () => {
  mock = await startMockServer({ secretKey });
  const realFetch = globalThis.fetch;
  // Sips is the mock: an address of the platform is posted to the mock at its path. A loopback address is a
  // mock's, this one's or one an example starts, and is posted to as it is.
  vi.stubGlobal("fetch", (url: string | URL, init?: RequestInit) => {
    const to = new URL(url);
    if (to.hostname === "127.0.0.1") return realFetch(to, init);
    posted++;
    return realFetch(`${mock.url}${to.pathname}`, init);
  });
  vi.stubEnv("SIPS_SECRET_KEY", secretKey);
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args));
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void logs.push(args));
  const unsealed = unsealedRequest();
  const message: PaymentTokenInitializeRequest = {
    ...unsealed,
    seal: operations.paymentTokenInitialize.request.seal(unsealed, secretKey),
  };
  // What free-names.d.ts declares, as a reader's code has it.
  Object.assign(globalThis, {
    secretKey,
    body: paypagePost(),
    reply: { redirectionStatusCode: "00" },
    message,
    config: { environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey },
    normalReturnUrl: "https://shop.example/paypage/return",
    automaticResponseUrl: "https://shop.example/paypage/notify",
  });
});

afterAll(async () => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  for (const name of ["secretKey", "body", "reply", "message", "config", "normalReturnUrl", "automaticResponseUrl"])
    Reflect.deleteProperty(globalThis, name);
  await mock?.close();
  rmSync(folder, { recursive: true, force: true });
});

test("the documents have examples to run", () => {
  expect(runnable.length).toBeGreaterThan(examples.length / 2);
});

test.each(runnable.map(([name, code]) => ({ name: name.slice("docs/".length), code })))(
  "$name runs to its end",
  async ({ name, code }) => {
    const file = path.join(folder, name);
    writeFileSync(file, code);
    await expect(import(pathToFileURL(file).href)).resolves.toBeDefined();
  },
);

test("the examples that call Sips reached it", () => {
  expect(posted).toBeGreaterThan(0);
});

test("the first day's walk-through ships the order its mock payment accepted, as its comment shows", () => {
  const walk = runnable.find(([, code]) => code.includes("order.shipped = true"));
  const quoted = /\/\/ "([^"]+)"/.exec(walk?.[1] ?? "")?.[1];
  expect(quoted).toBe("shipped");
  expect(logs.map((args) => args.map(String).join(" "))).toContain(quoted);
  // Its Office call came back accepted, as its accepted code in the spec says.
  expect(logs.map((args) => String(args[0]))).toContain(`cancel answered ${operations.cancel.status?.accepted}`);
});

test("the local Paypage example, which serves on a port of its own, runs too", () => {
  expect(runnable.some(([, code]) => code.includes("posted.find((post) => post.path"))).toBe(true);
});

test("the record of calls example prints the operation, amount and seal check its comment shows", () => {
  const record = runnable.find(([, code]) => code.includes("mock.calls()"));
  const quoted = /\/\/ "([^"]+)"/.exec(record?.[1] ?? "")?.[1];
  expect(quoted).toBeDefined();
  expect(logs.map((args) => args.map(String).join(" "))).toContain(quoted);
});

test("the validators example prints the issue its comment shows", () => {
  const validators = runnable.find(([, code]) => code.includes("formatIssue).join"));
  const quoted = /\/\/ "([^"]+)"/.exec(validators?.[1] ?? "")?.[1];
  expect(quoted).toBeDefined();
  expect(errors.flat()).toContain(quoted);
});

test("the status example prints the words its comment shows, the meaning its operation's page gives the code", () => {
  const words = runnable.find(([, code]) => code.includes("statusInWords("));
  const quoted = /\/\/ "([^"]+)"/.exec(words?.[1] ?? "")?.[1];
  expect(quoted).toBeDefined();
  const { status } = operations.cancel;
  const meaning = operations.cancel.response.fields
    .find((field) => field.name === status?.field)
    ?.valueList?.values.find((value) => value.value === status?.accepted)?.meanings[0];
  expect(quoted).toBe(`${status?.field} ${status?.accepted}: ${meaning}`);
  expect(logs.flat()).toContain(quoted);
});

test("the logging example logs the request it sends without its seal", () => {
  const sent = logs.filter((args) => args[0] === "to Sips").map((args) => String(args[2]));
  expect(sent.length).toBeGreaterThan(0);
  for (const text of sent) expect(Object.keys(JSON.parse(text) as object)).not.toContain("seal");
  expect(sent.some((text) => text.includes('"merchantId"'))).toBe(true);
});

test("the mock's failures example prints the error kinds its comment shows", () => {
  const failures = runnable.find(([, code]) => code.includes("new MockHttpError("));
  const quoted = /\/\/ "([^"]+)"/.exec(failures?.[1] ?? "")?.[1];
  expect(quoted).toBe("http unsealed-response");
  expect(logs.map((args) => args.join(" "))).toContain(quoted);
});

test("the example of the shop's own form posted back prints what its comment shows: genuine, and refused as no response", () => {
  const echo = runnable.find(([, code]) => code.includes("decodePaypageResponse(new URLSearchParams(fields)"));
  const quoted = /\/\/ "([^"]+)"/.exec(echo?.[1] ?? "")?.[1];
  expect(quoted).toBe("not-a-response");
  expect(logs.map((args) => args.map(String).join(" "))).toContain(quoted);
});

test("the example that switches over ClientError's kinds prints what its comment shows", () => {
  const kinds = runnable.find(([, code]) => code.includes("function nextStep(error: ClientError)"));
  const quoted = /\/\/ "([^"]+)"/.exec(kinds?.[1] ?? "")?.[1];
  expect(quoted).toBe("not sent: fix the request or the configuration (1 problem)");
  expect(errors.map((args) => args.map(String).join(" "))).toContain(quoted);
});

test("the example of fields typed apart from the call sends them, and its refund is answered accepted", () => {
  const typed = runnable.find(([, code]) => code.includes("const fields: RefundFields"));
  expect(typed).toBeDefined();
  expect(logs.map((args) => args.map(String).join(" "))).toContain(`refund answered ${operations.refund.status?.accepted}`);
});

test("the example of Paypage's own environment serves the client, the form and the decoder with one configuration", () => {
  const shared = runnable.find(([, code]) => code.includes("const environment: PaymentWebInitEnvironment"));
  const quoted = /\/\/ "([^"]+)"/.exec(shared?.[1] ?? "")?.[1];
  expect(quoted).toBe("function true true");
  expect(logs.map((args) => args.map(String).join(" "))).toContain(quoted);
});
