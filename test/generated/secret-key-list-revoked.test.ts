// A revoked proxy given as the decoder's keys, where a key or a list of them is taken, is refused with the package's
// message and its kind, as the client refuses it: Array.isArray throws on one, and that engine's TypeError said
// neither what was expected nor where.
import { expect, test } from "vitest";
import { decodePaypageResponse } from "../../generated/index.js";

test("a revoked proxy given as the keys is refused as unreadable", () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  expect(() => decodePaypageResponse("Data=a&Seal=b", proxy as never)).toThrow(
    new TypeError("secretKey must be a non-empty string or a non-empty list of them, got an unreadable value"),
  );
});
