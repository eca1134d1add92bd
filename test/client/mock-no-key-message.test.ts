// A mock holding keys by keyVersion refuses a request or a Paypage form that
// names a keyVersion it holds no key of: its refusal says which keyVersion was
// asked (or that none was) and which it holds, so that whoever reads it knows
// whether to change the request or the mock's keys. keyVersions are not secret.
import { afterAll, beforeAll, expect, test } from "vitest";
import { paypagePostForm, renderPaypageAutoPost } from "../../generated/index.js";
import { startMockServer, type MockServer } from "../../generated/mock.js";
import { mockKeysOf, noKeyMessage } from "../../generated/runtime/mock-keys.js";
import { submitOnlyForm } from "../support/html-forms.js";

const OLD = "002001000000001_KEY1";
const NEW = "002001000000001_KEY2";

test("the keyVersion asked and those held, in order, whatever order the keys were given in", () => {
  const keys = mockKeysOf({ 7: NEW, 2: OLD });
  expect(keys.versions).toEqual([2, 7]);
  expect(noKeyMessage(keys, 3, "the request's")).toBe(
    "the mock holds no key of the request's keyVersion (3); it holds keys of keyVersion 2, 7",
  );
  expect(noKeyMessage(keys, undefined, "Data's")).toBe(
    "the mock holds no key of Data's keyVersion (it names none); it holds keys of keyVersion 2, 7",
  );
  expect(noKeyMessage(keys, "2", "the request's")).toBe(
    'the mock holds no key of the request\'s keyVersion (got "2"); it holds keys of keyVersion 2, 7',
  );
  // What a request names is cut as any value a message describes: never the whole of a long text.
  expect(noKeyMessage(keys, "9".repeat(500), "the request's").length).toBeLessThan(160);
});

test("one key serves every keyVersion: it names no versions", () => {
  expect(mockKeysOf(OLD).versions).toEqual([]);
});

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ secretKey: { 1: OLD, 2: NEW } });
});
afterAll(() => mock.close());

test("a Paypage form naming a keyVersion the mock holds no key of is refused with both", async () => {
  const order = { amount: 1250, currencyCode: "978", normalReturnUrl: "http://127.0.0.1:9/return" } as const;
  const form = paypagePostForm(order, {
    environment: mock.url,
    merchantId: "002001000000001",
    keyVersion: 3,
    secretKey: OLD,
  });
  if (!form.ok) throw new Error(form.error.message);
  const page = await submitOnlyForm(renderPaypageAutoPost(form.form));
  expect(page.status).toBe(400);
  expect(page.body).toContain("no key of Data&#39;s keyVersion (3); it holds keys of keyVersion 1, 2");
});
