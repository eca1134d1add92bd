// The mock's Paypage refuses a POST form whose InterfaceVersion is not of the
// operation's POST interface, as paypagePostForm refuses to build one: Paypage
// takes the POST interface's versions (HP_3.4), not the JSON interface's
// (IR_WS_3.4) nor another's. The prefixes and versions are read from the
// registry and the value list of prefixes, which the spec's pages give.
import { afterAll, beforeAll, expect, test } from "vitest";
import { InterfaceVersionPrefix, operations, paypagePostForm } from "../../generated/index.js";
import { startMockServer, type MockServer } from "../../generated/mock.js";
import { declaring, post } from "../support/mock-form-posts.js";

const secretKey = "002001000000001_KEY1";
const op = operations.paymentWebInit;
const { postPrefix, recommended, recommendedByPrefix } = op.interfaceVersion;
let mock: MockServer;
/** The requests of the payments the mock played. */
const played: unknown[] = [];

beforeAll(async () => {
  const outcome = (request: unknown) => {
    played.push(request);
    return {};
  };
  mock = await startMockServer({ secretKey, paypage: { outcome } });
});
afterAll(() => mock.close());

/** paymentWebInit's form as paypagePostForm builds it for the mock, of the POST interface's recommended version by default. */
function built(interfaceVersion?: string) {
  const config = { environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey };
  const form = paypagePostForm(
    { amount: 1250, currencyCode: "978" },
    interfaceVersion === undefined ? config : { ...config, interfaceVersion },
  );
  if (!form.ok) throw new Error(form.error.message);
  return form.form;
}

test("paymentWebInit has a POST interface beside its JSON one", () => {
  expect(postPrefix).not.toBeNull();
  expect(postPrefix).not.toBe(op.interfaceVersion.prefix);
  expect(recommended).not.toBeNull();
});

test("the forms paypagePostForm builds play, of the recommended version of the POST interface or another of it", async () => {
  const posted = recommendedByPrefix[postPrefix ?? ""];
  for (const version of [undefined, `${postPrefix}2.0`]) {
    const from = played.length;
    const form = built(version);
    expect(form.fields.find((f) => f.name === "InterfaceVersion")?.value).toBe(version ?? posted);
    expect((await post(form)).status, version).toBe(200);
    expect(played.length - from).toBe(1);
  }
});

test("the same form declaring the JSON interface's version, or another interface's, is refused, and no payment played", async () => {
  const form = built();
  const number = String(recommended).slice(op.interfaceVersion.prefix.length);
  const others = Object.values(InterfaceVersionPrefix).filter((p) => p !== postPrefix);
  expect(others).toContain("IR_MB_");
  const from = played.length;
  for (const version of [String(recommended), ...others.map((p) => `${p}${number}`), "IR_MB_2.0"]) {
    const refused = await post(declaring(form, version));
    expect(refused.status, version).toBe(400);
    expect(refused.text, version).toContain(
      `InterfaceVersion must be a version of the POST interface, ${postPrefix} followed by a version number (${recommendedByPrefix[postPrefix ?? ""]} is recommended), got &quot;${version}&quot;`,
    );
  }
  expect(played.length).toBe(from);
});

test("a malformed version of the POST interface is refused as paypagePostForm refuses it", async () => {
  const form = built();
  for (const version of [`${postPrefix}3.x`, `${postPrefix}03.4`, `${postPrefix}`, "3.4", ` ${postPrefix}3.4`]) {
    expect(() => built(version), version).toThrow(TypeError);
    expect((await post(declaring(form, version))).status, version).toBe(400);
  }
});
