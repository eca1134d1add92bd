// A field the mock's reply shares with its request carries the request's
// value, and where the request left it out, the reply leaves it out too: Sips
// carries back what it was sent, so the example's orderId or
// transactionReference (another order's) must not come back for a request
// that sent none. The operations, the shared fields and the examples come from
// the registry and the generated mock (MOCK_OPERATIONS), the requests from the
// spec's sealed examples (openapi.json); the Paypage response is played
// through the local Paypage and decoded as the shop decodes it.
import { expect, test } from "vitest";
import { decodePaypageResponse, type FieldDescriptor } from "../../generated/index.js";
import { MOCK_OPERATIONS, startMockServer } from "../../generated/mock.js";
import { exampleOf, uncoveredOperations } from "../support/openapi-examples.js";
import { MOCK_SECRET_KEY, paymentForm, postForm, shopAnswering } from "../support/mock-payment.js";

/** The fields of `replied` that the request's `sent` fields have too, of the same type, that a request may leave out. */
function sharedOptional(replied: readonly FieldDescriptor[], sent: readonly FieldDescriptor[]): string[] {
  return replied
    .filter((r) => sent.some((s) => s.name === r.name && s.type === r.type && s.presence !== "required"))
    .map((r) => r.name)
    .filter((name) => name !== "seal");
}

/** Each operation whose example reply holds such a field: the fields its example gives. */
const cases = MOCK_OPERATIONS.flatMap(({ operation, example }) => {
  const left = sharedOptional(operation.response.fields, operation.request.fields).filter((name) =>
    Object.hasOwn(example, name),
  );
  return left.length > 0 ? [{ name: operation.name, operation, left }] : [];
});

test("the mock serves every operation of spec/, its request with an example (the cases below are drawn from them)", () => {
  expect(uncoveredOperations(MOCK_OPERATIONS.map(({ operation }) => operation))).toEqual([]);
});

test("some operation's example reply holds a field its request may leave out (else the cases below check nothing)", () => {
  expect(cases.length).toBeGreaterThan(0);
});

test.each(cases)("$name: a request without $left gets a reply without them", async ({ operation, left }) => {
  const mock = await startMockServer({ secretKey: MOCK_SECRET_KEY });
  try {
    const example = exampleOf(operation.request.name);
    const sent = Object.fromEntries(Object.entries(example).filter(([name]) => !left.includes(name)));
    const reply = await fetch(`${mock.url}${new URL(Object.values(operation.endpoints)[0] as string).pathname}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...sent, seal: operation.request.seal(sent as never, MOCK_SECRET_KEY) }),
    });
    expect(reply.status).toBe(200);
    const answered = (await reply.json()) as Record<string, unknown>;
    for (const name of left) expect(answered, name).not.toHaveProperty(name);
    expect(operation.response.verify(answered as never, MOCK_SECRET_KEY)).toBe(true);
  } finally {
    await mock.close();
  }
});

test("a Paypage response holds no field of the request that the payment's request left out", async () => {
  const posts: string[] = [];
  const shopUrl = await shopAnswering((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      posts.push(Buffer.concat(chunks).toString("utf8"));
      res.end();
    });
  });
  const mock = await startMockServer({ secretKey: MOCK_SECRET_KEY });
  try {
    const played = MOCK_OPERATIONS.find((served) => served.callbackExample !== undefined);
    const callback = played?.operation.callback;
    if (!played?.callbackExample || !callback) throw new Error("the mock plays no payment");
    const left = sharedOptional(callback.fields, played.operation.request.fields);
    // paymentForm's request gives amount and currencyCode, and the shop's addresses: none of these.
    const unsent = left.filter((name) => Object.hasOwn(played.callbackExample ?? {}, name));
    expect(unsent.length).toBeGreaterThan(0);
    expect((await postForm(await paymentForm(mock, shopUrl))).status).toBe(200);
    expect(posts).toHaveLength(1);
    const decoded = decodePaypageResponse(posts[0] ?? "", MOCK_SECRET_KEY, {
      sealAlgorithm: "HMAC-SHA-256",
      environment: mock.url,
    });
    if (!decoded.ok) throw new Error(decoded.error.message);
    for (const name of unsent) expect(decoded.response, name).not.toHaveProperty(name);
    expect(decoded.response).toMatchObject({ amount: 1250, currencyCode: "978" });
  } finally {
    await mock.close();
  }
});
