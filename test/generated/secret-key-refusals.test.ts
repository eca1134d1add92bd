// A secretKey refused says what it was given by its kind alone: a key read from an environment variable that is not
// set is undefined, which "must be a non-empty string" alone did not tell; no character of the value is shown.
import { expect, test } from "vitest";
import { createClient, decodePaypageResponse, paypagePostForm } from "../../generated/index.js";
import { startMockServer } from "../../generated/mock.js";

const config = { environment: "simu", merchantId: "002001000000001", keyVersion: 1 } as const;
const must = "must be a non-empty string with no lone surrogate, got";

test.each([
  [undefined, "undefined (is the environment variable it is read from set?)"],
  [null, "null"],
  ["", "an empty string"],
  ["key\uD800", "a string that holds a lone surrogate"],
  [4242424242, "a number"],
  [{ key: "k" }, "an object"],
  [["k"], "a list"],
])("the client, the Paypage form and decoder, and the mock refuse %o, saying %s", async (key, given) => {
  const message = `secretKey ${must} ${given}`;
  expect(() => createClient({ ...config, secretKey: key as string })).toThrow(new TypeError(message));
  expect(() => paypagePostForm({ amount: 1, currencyCode: "978" }, { ...config, secretKey: key as string })).toThrow(
    new TypeError(message),
  );
  // The decoder takes a list of keys too, and says so; a list is one of keys to it.
  if (!Array.isArray(key)) expect(() => decodePaypageResponse("Data=a&Seal=b", key as string)).toThrow(`, got ${given}`);
  await expect(startMockServer({ secretKey: key as string })).rejects.toThrow(TypeError);
});

test("an empty list of keys is refused as such", () => {
  expect(() => decodePaypageResponse("Data=a&Seal=b", [])).toThrow(
    new TypeError("secretKey must be a non-empty string or a non-empty list of them, got an empty list"),
  );
});

test("a key of a list is refused under its index, by its kind alone", () => {
  expect(() => decodePaypageResponse("Data=a&Seal=b", ["shop-key", ""])).toThrow(
    new TypeError(`secretKey[1] ${must} an empty string`),
  );
});

test("a revoked proxy given as a key is refused as unreadable, not with the proxy's own TypeError", () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  expect(() => createClient({ ...config, secretKey: proxy as never })).toThrow(
    new TypeError(`secretKey ${must} an unreadable value`),
  );
});
