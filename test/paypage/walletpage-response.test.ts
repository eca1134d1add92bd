// The Walletpage response (walletManagementInit's callback) as a shop receives
// it: the Data sample of its page (data-dictionary/walletpage/wallet-response.html,
// Release 24.2) sealed here with a test key, decoded with its payment mean
// item in braces; a tampered Data refused before anything of it is read; and
// the form the mock's Walletpage posts back to the shop.
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  createClient,
  decodeWalletpageResponse,
  operations,
  paypageRedirectionForm,
  renderPaypageAutoPost,
  WALLETPAGE_RESPONSE_FIELDS,
  walletpagePostForm,
} from "../../generated/index.js";
import { startMockServer, type MockServer } from "../../generated/mock.js";
import { readPaypageData } from "../../generated/runtime/paypage-data.js";
import { writePaypageData } from "../../generated/runtime/paypage-data-write.js";
import { submitOnlyForm } from "../support/html-forms.js";
import { sealedForm, TEST_KEY } from "../support/paypage-forms.js";

/** The page's Data sample, as it prints it. */
const PAGE_DATA_SAMPLE =
  "merchantId=029000254447216|keyVersion=1|merchantWalletId=2|merchantSessionId=null|customerId=null|" +
  "customerIpAddress=10.X.X.X|returnContext=null|walletCreationDateTime=2022-10-19T12:58:01+02:00|" +
  "walletLastActionDateTime=2023-11-27T18:00:14+01:00|walletPaymentMeanDataList={paymentMeanId=27, " +
  "paymentMeanAlias=carte cb, paymentMeanBrand=CB, maskedPan=############0400, panExpiryDate=202401, " +
  "mandateId=null, transactionActors=null, paymentMeanBrandSelectionStatus=NOT_APPLICABLE}|" +
  "customerCompanyName=null|customerBusinessName=null|customerLegalId=null|customerPositionOccupied=null";

const SAMPLE_ITEM = {
  paymentMeanId: "27",
  paymentMeanAlias: "carte cb",
  paymentMeanBrand: "CB",
  maskedPan: "############0400",
  panExpiryDate: "202401",
  paymentMeanBrandSelectionStatus: "NOT_APPLICABLE",
};

describe("the page's Data sample", () => {
  test.each(["SHA-256", "HMAC-SHA-256"] as const)(
    "sealed with %s, decodes to its fields, the text null left out",
    (algorithm) => {
      const decoded = decodeWalletpageResponse(sealedForm(PAGE_DATA_SAMPLE, { algorithm }), TEST_KEY);
      if (!decoded.ok) throw new Error(decoded.error.message);
      expect(decoded.sealAlgorithm).toBe(algorithm);
      expect(decoded.response).toEqual({
        merchantId: "029000254447216",
        keyVersion: 1,
        merchantWalletId: "2",
        customerIpAddress: "10.X.X.X",
        walletCreationDateTime: "2022-10-19T12:58:01+02:00",
        walletLastActionDateTime: "2023-11-27T18:00:14+01:00",
        walletPaymentMeanDataList: [SAMPLE_ITEM],
      });
      expect(decoded.warnings).toEqual([]);
    },
  );

  test("the JSON sample's sealAlgorithm (sha256, not a value of the shared list) leaves a genuine response accepted, with a warning", () => {
    const decoded = decodeWalletpageResponse(sealedForm(`${PAGE_DATA_SAMPLE}|sealAlgorithm=sha256`), TEST_KEY);
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.response.sealAlgorithm).toBe("sha256");
    expect(decoded.warnings.map((w) => [w.path, w.code])).toEqual([["/sealAlgorithm", "unknown-value"]]);
  });

  test("a tampered Data is refused on its seal, before any of it is read", () => {
    const form = sealedForm(PAGE_DATA_SAMPLE);
    // Data that could not even be read as pairs: a decoder that read it first would report its pairs.
    for (const Data of [PAGE_DATA_SAMPLE.replace("merchantWalletId=2", "merchantWalletId=3"), "|||{=}|x"]) {
      const decoded = decodeWalletpageResponse({ ...form, Data }, TEST_KEY);
      expect(decoded).toMatchObject({ ok: false, error: { kind: "seal-mismatch" } });
      expect(decoded).not.toHaveProperty("response");
    }
    expect(decodeWalletpageResponse(form, `${TEST_KEY}x`)).toMatchObject({
      ok: false,
      error: { kind: "seal-mismatch" },
    });
  });
});

describe("a list of containers in braces", () => {
  test("several items, each typed after the container's fields, unknown fields kept for validation", () => {
    const data =
      "keyVersion=1|walletPaymentMeanDataList={paymentMeanId=1, maskedPan=4975##########01},{paymentMeanId=2, " +
      "paymentMeanAlias=a=b, mandateId=null}";
    const decoded = decodeWalletpageResponse(sealedForm(data), TEST_KEY);
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.response.walletPaymentMeanDataList).toEqual([
      { paymentMeanId: "1", maskedPan: "4975##########01" },
      { paymentMeanId: "2", paymentMeanAlias: "a=b" },
    ]);
    const unknown = decodeWalletpageResponse(
      sealedForm("keyVersion=1|walletPaymentMeanDataList={paymentMeanId=1, cardColour=red}"),
      TEST_KEY,
    );
    expect(unknown.ok && unknown.warnings.map((w) => w.path)).toEqual(["/walletPaymentMeanDataList/0/cardColour"]);
  });

  test("braces, commas and = inside a value that do not open an item or a pair are read as the value's", () => {
    const data =
      "keyVersion=1|walletPaymentMeanDataList={paymentMeanId=1, paymentMeanAlias=ma {carte}, x = y, maskedPan=4975##01}";
    const decoded = decodeWalletpageResponse(sealedForm(data), TEST_KEY);
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.response.walletPaymentMeanDataList).toEqual([
      { paymentMeanId: "1", paymentMeanAlias: "ma {carte}, x = y", maskedPan: "4975##01" },
    ]);
  });

  test("a text that is not such a list stays text, and validation refuses it", () => {
    for (const list of ["{paymentMeanId}", "{paymentMeanId=1, paymentMeanId=2}", "{1x=2}", "{a.b=1}"]) {
      const decoded = decodeWalletpageResponse(sealedForm(`keyVersion=1|walletPaymentMeanDataList=${list}`), TEST_KEY);
      expect(decoded.ok ? "ok" : decoded.error.kind, list).toBe("invalid-response");
    }
  });

  test("written as the reader reads it back; an item the braces cannot carry is an issue, never written", () => {
    const message = { keyVersion: 1, walletPaymentMeanDataList: [SAMPLE_ITEM, { paymentMeanId: "28" }] };
    const written = writePaypageData(WALLETPAGE_RESPONSE_FIELDS, message);
    expect(written.issues).toBeUndefined();
    expect(written.text).toContain("walletPaymentMeanDataList={paymentMeanId=27, maskedPan=");
    expect(readPaypageData(WALLETPAGE_RESPONSE_FIELDS, written.text).message).toEqual(message);
    for (const item of [{ paymentMeanAlias: "a, b" }, { paymentMeanAlias: "{x}" }, { other: "x" }, "text"]) {
      const refused = writePaypageData(WALLETPAGE_RESPONSE_FIELDS, { walletPaymentMeanDataList: [item] });
      expect(refused.issues?.map((i) => i.code)).toEqual(["not-representable"]);
      expect(refused.text).toBe("");
    }
  });
});

test("an item's value that is the text null: written as it is in a response (as Sips would), an issue in a request, where it would read back as no value", () => {
  const message = { walletPaymentMeanDataList: [{ paymentMeanId: "1", paymentMeanAlias: "null" }] };
  expect(writePaypageData(WALLETPAGE_RESPONSE_FIELDS, message).text).toBe(
    "walletPaymentMeanDataList={paymentMeanId=1, paymentMeanAlias=null}",
  );
  const refused = writePaypageData(WALLETPAGE_RESPONSE_FIELDS, message, true);
  expect(refused.issues?.map((i) => [i.path, i.code])).toEqual([["/walletPaymentMeanDataList", "not-representable"]]);
  expect(refused.text).toBe("");
});

describe("the mock's Walletpage", () => {
  const received: { path: string; body: string }[] = [];
  let shop: Server;
  let shopUrl: string;
  let mock: MockServer;
  const item = { paymentMeanId: "3", paymentMeanAlias: "work card", maskedPan: "4975##########01" };

  beforeAll(async () => {
    shop = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        received.push({ path: req.url ?? "", body: Buffer.concat(chunks).toString("utf8") });
        res.writeHead(200, { "content-type": "text/plain" }).end("received");
      });
    });
    await new Promise<void>((resolve) => shop.listen(0, "127.0.0.1", resolve));
    const address = shop.address();
    shopUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    mock = await startMockServer({
      secretKey: TEST_KEY,
      paypage: { outcome: () => ({ walletPaymentMeanDataList: [item] }) },
    });
  });
  afterAll(async () => {
    await mock.close();
    await new Promise<void>((resolve) => shop.close(() => resolve()));
  });

  test("a session started as JSON: the reply's redirection form takes the buyer to the mock, whose response verifies", async () => {
    const from = received.length;
    const client = createClient({
      environment: mock.url,
      merchantId: "002001000000001",
      keyVersion: 1,
      secretKey: TEST_KEY,
    });
    const started = await client.walletManagementInit({
      merchantWalletId: "wallet-43",
      normalReturnUrl: `${shopUrl}/wallet/return`,
      automaticResponseUrl: `${shopUrl}/wallet/notify`,
    });
    if (!started.ok) throw new Error(started.error.message);
    const redirect = paypageRedirectionForm(started.response);
    if (!redirect.ok) throw new Error(redirect.error.message);
    const back = await submitOnlyForm((await submitOnlyForm(renderPaypageAutoPost(redirect.form))).body);
    expect(back.url).toBe(`${shopUrl}/wallet/return`);
    const posts = received.slice(from);
    expect(posts.map((p) => p.path).sort()).toEqual(["/wallet/notify", "/wallet/return"]);
    for (const post of posts) {
      const decoded = decodeWalletpageResponse(post.body, TEST_KEY, { sealAlgorithm: "HMAC-SHA-256" });
      expect(decoded.ok && decoded.response).toMatchObject({ merchantWalletId: "wallet-43" });
    }
  });

  test("the form that starts a session posts to the mock, which posts the sealed response back to both addresses", async () => {
    const form = walletpagePostForm(
      {
        merchantWalletId: "wallet-42",
        normalReturnUrl: `${shopUrl}/wallet/return`,
        automaticResponseUrl: `${shopUrl}/wallet/notify`,
      },
      { environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey: TEST_KEY },
    );
    if (!form.ok) throw new Error(form.error.message);
    expect(form.form.fields.find((f) => f.name === "InterfaceVersion")?.value).toBe(
      operations.walletManagementInit.interfaceVersion.recommendedByPrefix["HP_"],
    );
    const from = received.length;
    const page = await submitOnlyForm(renderPaypageAutoPost(form.form));
    expect(page.status).toBe(200);
    const back = await submitOnlyForm(page.body);
    expect(back.url).toBe(`${shopUrl}/wallet/return`);
    const posts = received.slice(from);
    expect(posts.map((p) => p.path).sort()).toEqual(["/wallet/notify", "/wallet/return"]);
    for (const post of posts) {
      const decoded = decodeWalletpageResponse(post.body, TEST_KEY);
      if (!decoded.ok) throw new Error(decoded.error.message);
      expect(decoded.response).toMatchObject({ merchantWalletId: "wallet-42", walletPaymentMeanDataList: [item] });
    }
  });
});
