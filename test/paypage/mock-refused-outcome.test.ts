// A payment the mock plays with an outcome of another responseCode (a refusal,
// as the users' guide writes one) carries no acquirer's acceptance: the
// accepted example's acquirerResponseCode is left out unless the outcome gives
// its own, and so is the rest of what the example says of the accepted payment
// (the card paid with): of it, a refusal keeps what the request said. The
// codes and fields come from the registry (the callback's value lists, the
// request's fields) and the generated mock's example, not from a copy in the
// test.
import { expect, test } from "vitest";
import { decodePaypageResponse, operations } from "../../generated/index.js";
import { MOCK_OPERATIONS, type MockPaypageOptions, startMockServer } from "../../generated/mock.js";
import { MOCK_SECRET_KEY, paymentForm, postForm, shopAnswering } from "../support/mock-payment.js";

const callback = operations.paymentWebInit.callback;
const example = MOCK_OPERATIONS.find((served) => served.operation.name === "paymentWebInit")?.callbackExample ?? {};
const codes = (name: string) =>
  callback?.fields.find((field) => field.name === name)?.valueList?.values.map((v) => v.value) ?? [];
/** A responseCode of the list other than the accepted example's, and an acquirer's code other than its. */
const refused = codes("responseCode").find((code) => code !== example["responseCode"]);
const acquirerRefused = codes("acquirerResponseCode").find((code) => code !== example["acquirerResponseCode"]);

/** The decoded response of one payment played with `outcome`, as the shop's automatic response receives it. */
async function played(outcome: MockPaypageOptions["outcome"]): Promise<Record<string, unknown>> {
  const posts: string[] = [];
  const shopUrl = await shopAnswering((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      posts.push(Buffer.concat(chunks).toString("utf8"));
      res.end();
    });
  });
  const mock = await startMockServer({ secretKey: MOCK_SECRET_KEY, paypage: { outcome } });
  const environment = mock.url;
  try {
    expect((await postForm(await paymentForm(mock, shopUrl))).status).toBe(200);
  } finally {
    await mock.close();
  }
  const decoded = decodePaypageResponse(posts[0] ?? "", MOCK_SECRET_KEY, {
    sealAlgorithm: "HMAC-SHA-256",
    environment,
  });
  if (!decoded.ok) throw new Error(decoded.error.message);
  return decoded.response;
}

test("the accepted example gives both codes, and the lists hold others (else the cases below check nothing)", () => {
  expect(example).toHaveProperty("responseCode");
  expect(example).toHaveProperty("acquirerResponseCode");
  expect(refused).toBeDefined();
  expect(acquirerRefused).toBeDefined();
});

test("an outcome of another responseCode gets no acquirerResponseCode of the accepted example", async () => {
  const response = await played(() => ({ responseCode: refused }));
  expect(response["responseCode"]).toBe(refused);
  expect(response).not.toHaveProperty("acquirerResponseCode");
});

test("an outcome that gives the acquirer's code has it", async () => {
  const response = await played(() => ({ responseCode: refused, acquirerResponseCode: acquirerRefused }));
  expect(response).toMatchObject({ responseCode: refused, acquirerResponseCode: acquirerRefused });
});

test("an accepted payment, by default or by an outcome of the accepted code, keeps the example's", async () => {
  const accepted = { responseCode: example["responseCode"], acquirerResponseCode: example["acquirerResponseCode"] };
  expect(await played(undefined)).toMatchObject(accepted);
  expect(await played(() => ({ responseCode: example["responseCode"] }))).toMatchObject(accepted);
});

/** The example's fields that neither the request says nor the response requires: the accepted payment's own. */
const requestNames = new Set(operations.paymentWebInit.request.fields.map((field) => field.name));
const requiredNames = new Set(callback?.fields.filter((f) => f.presence === "required").map((f) => f.name));
const paymentOwn = Object.keys(example).filter(
  (name) => name !== "responseCode" && !requestNames.has(name) && !requiredNames.has(name),
);

test("an outcome of another responseCode keeps of the accepted example only what the request said", async () => {
  // The example's card fields (maskedPan, panExpiryDate, paymentMeanBrand) among them, else this checks nothing.
  expect(paymentOwn.length).toBeGreaterThan(1);
  const accepted = await played(undefined);
  const response = await played(() => ({ responseCode: refused }));
  for (const name of paymentOwn) {
    expect(accepted, name).toHaveProperty(name);
    expect(response, name).not.toHaveProperty(name);
  }
  const said = Object.entries(accepted).filter(([name]) => requestNames.has(name));
  expect(said.length).toBeGreaterThan(0);
  expect(response).toEqual({ ...Object.fromEntries(said), responseCode: refused });
});

test("an outcome of another responseCode that gives the payment's fields has them", async () => {
  const given = Object.fromEntries(paymentOwn.map((name) => [name, example[name]]));
  const response = await played(() => ({ responseCode: refused, ...given }));
  expect(response).toMatchObject({ responseCode: refused, ...given });
});
