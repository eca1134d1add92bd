// A call refused keeps what validation let through beside what refused it, as
// an ok result does: the invalid-request and invalid-response errors carry
// `warnings` (empty when there are none), so that a caller logging why a call
// was refused also learns which other fields go beyond the spec's facts.
import { expect, test } from "vitest";
import {
  createClient,
  operations,
  SIPS_ENVIRONMENTS,
  type ClientConfig,
  type FetchLike,
} from "../../generated/index.js";

const secretKey = "error-warnings-key";
const known = { amount: 1250, currencyCode: "978" } as const;
const { status } = operations.paymentWebInit;
if (!status) throw new Error("paymentWebInit has no status block");
/** An environment of the package that paymentWebInit has no address in. */
const elsewhere = SIPS_ENVIRONMENTS.find((e) => !Object.hasOwn(operations.paymentWebInit.endpoints, e));
if (elsewhere === undefined) throw new Error("paymentWebInit is in every environment");

const config = (fetch: FetchLike): ClientConfig => ({
  environment: "simu",
  merchantId: "002001000000001",
  keyVersion: 1,
  secretKey,
  fetch,
});

/** A fetch that records what is sent and answers `body` (a function of the request sent). */
function answering(body: (sent: Record<string, unknown>) => string) {
  const sent: string[] = [];
  const fetch: FetchLike = async (_url, init) => {
    sent.push(init.body);
    return { status: 200, text: async () => body(JSON.parse(init.body) as Record<string, unknown>) };
  };
  return { sent, fetch };
}

const paths = (issues: readonly { path: string; code: string }[]) => issues.map((i) => [i.path, i.code]);

/** A field paymentWebInit's request does not know: beyond the facts of its saved page, a warning. */
const beyond = "customerEmail";

test("the fields beyond the facts are what the request's validation warns about", () => {
  const checked = operations.paymentWebInit.request.validate({ ...known, [beyond]: "buyer@shop.example" });
  expect(paths(checked.warnings)).toContainEqual([`/${beyond}`, "unknown-field"]);
});

test("invalid-request by validation: the errors in issues, the warnings beside them, nothing sent", async () => {
  const { sent, fetch } = answering(() => "");
  const result = await createClient(config(fetch)).paymentWebInit({
    ...known,
    amount: "12.50",
    [beyond]: "buyer@shop.example",
  } as never);
  if (result.ok || result.error.kind !== "invalid-request") throw new Error(`not refused: ${JSON.stringify(result)}`);
  expect(paths(result.error.issues)).toEqual([["/amount", "type"]]);
  expect(paths(result.error.warnings)).toEqual([[`/${beyond}`, "unknown-field"]]);
  expect(sent).toEqual([]);
});

test("invalid-request when the fields cannot be written as JSON: validation's warnings kept", async () => {
  const { sent, fetch } = answering(() => "");
  const paymentMeanBrandList = Object.assign(["VISA"], {
    toJSON() {
      throw new Error("boom");
    },
  });
  const result = await createClient(config(fetch)).paymentWebInit({
    ...known,
    paymentMeanBrandList,
    [beyond]: "buyer@shop.example",
  } as never);
  if (result.ok || result.error.kind !== "invalid-request") throw new Error(`not refused: ${JSON.stringify(result)}`);
  expect(paths(result.error.issues)).toEqual([["", "unreadable"]]);
  expect(paths(result.error.warnings)).toEqual([[`/${beyond}`, "unknown-field"]]);
  expect(sent).toEqual([]);
});

test("invalid-request for a field the client fills in: validation's warnings said all the same", async () => {
  const { fetch } = answering(() => "");
  const result = await createClient(config(fetch)).paymentWebInit({
    ...known,
    merchantId: "1",
    [beyond]: "buyer@shop.example",
  } as never);
  if (result.ok || result.error.kind !== "invalid-request") throw new Error(`not refused: ${JSON.stringify(result)}`);
  expect(paths(result.error.issues)).toEqual([["/merchantId", "unknown-field"]]);
  expect(paths(result.error.warnings)).toEqual([[`/${beyond}`, "unknown-field"]]);
});

test("invalid-request with nothing to warn about: an empty list, never an absent one", async () => {
  const { fetch } = answering(() => "");
  const client = createClient(config(fetch));
  const refusals = [
    await client.paymentWebInit("fields" as never),
    await client.paymentWebInit({ ...known, amount: "12.50" } as never),
    await client.paymentWebInit({ ...known, merchantId: "1" } as never),
    await createClient({ ...config(fetch), environment: elsewhere }).paymentWebInit({
      ...known,
      [beyond]: "x",
    } as never),
  ];
  for (const result of refusals) {
    expect(result.ok ? null : result.error).toMatchObject({ kind: "invalid-request", warnings: [] });
  }
});

/** paymentWebInit's reply to a request, sealed as Sips seals it, over `fields`. */
function sealedReply(request: Record<string, unknown>, fields: Record<string, unknown>): string {
  const reply: Record<string, unknown> = { ...fields };
  const algorithm = request["sealAlgorithm"] as never;
  reply["seal"] = operations.paymentWebInit.response.seal(reply as never, secretKey, algorithm);
  return JSON.stringify(reply);
}

test("invalid-response: the errors in issues, validation's warnings beside them", async () => {
  const { fetch } = answering((request) => sealedReply(request, { [status.field]: 0, notASipsField: "x" }));
  const result = await createClient(config(fetch)).paymentWebInit(known);
  if (result.ok || result.error.kind !== "invalid-response") throw new Error(`not refused: ${JSON.stringify(result)}`);
  expect(paths(result.error.issues)).toContainEqual([`/${status.field}`, "type"]);
  expect(paths(result.error.warnings)).toContainEqual(["/notASipsField", "unknown-field"]);
  expect(paths(result.error.issues)).not.toContainEqual(["/notASipsField", "unknown-field"]);
});

test("invalid-response says whether the seal verified: yes for a sealed reply, no for a body with no object to check", async () => {
  for (const [body, sealVerified] of [
    [() => "<html>", false],
    [() => "[1]", false],
    [(request: Record<string, unknown>) => sealedReply(request, { [status.field]: 0 }), true],
  ] as const) {
    const result = await createClient(config(answering(body).fetch)).paymentWebInit(known);
    expect(result.ok ? null : result.error).toMatchObject({ kind: "invalid-response", sealVerified });
  }
});

test("invalid-response with nothing to warn about: an empty list", async () => {
  for (const body of [
    () => "<html>",
    (request: Record<string, unknown>) => sealedReply(request, { [status.field]: 0 }),
  ]) {
    const result = await createClient(config(answering(body).fetch)).paymentWebInit(known);
    expect(result.ok ? null : result.error).toMatchObject({ kind: "invalid-response", warnings: [] });
  }
});

test("a call that is sent gives its request's warnings too, before the reply's: ok or invalid-response", async () => {
  const replies = [
    (request: Record<string, unknown>) => sealedReply(request, { [status.field]: status.accepted, notASipsField: "x" }),
    (request: Record<string, unknown>) => sealedReply(request, { [status.field]: 0, notASipsField: "x" }),
    () => "<html>",
  ];
  const expected = [
    [
      [`/${beyond}`, "unknown-field"],
      ["/notASipsField", "unknown-field"],
    ],
    [
      [`/${beyond}`, "unknown-field"],
      ["/notASipsField", "unknown-field"],
    ],
    [[`/${beyond}`, "unknown-field"]],
  ];
  for (const [i, reply] of replies.entries()) {
    const { sent, fetch } = answering(reply);
    const result = await createClient(config(fetch)).paymentWebInit({
      ...known,
      [beyond]: "buyer@shop.example",
    } as never);
    expect(JSON.parse(sent[0] ?? "{}")).toMatchObject({ [beyond]: "buyer@shop.example" });
    expect(
      paths(result.ok ? result.warnings : result.error.kind === "invalid-response" ? result.error.warnings : []),
    ).toEqual(expected[i]);
  }
});
