// A key that is a seal algorithm's name, in any case, is no key: every function
// that takes a key refuses it before it looks at the algorithm, quoting it (a
// name is no secret). Any other text is a key, however close to a name: a
// name's start ("HMAC"), a name with a character more ("SHA-2560"). The names
// are the package's own list; the client, the POST form, the Paypage decoder
// and the mock refuse one as the seal functions do.
import fc from "fast-check";
import { expect, test } from "vitest";
import {
  computeSeal,
  createClient,
  decodePaypageResponse,
  operations,
  paypagePostForm,
  SEAL_ALGORITHM_NAMES,
  sealKeyIndex,
  verifySeal,
} from "../../generated/index.js";
import { startMockServer } from "../../generated/mock.js";
import { unsealedRequest } from "./samples.js";
import { isWellFormed } from "../../generated/runtime/text-prefix.js";
import { thrown } from "../support/thrown.js";
import { drawOf } from "../support/property-runs.js";

const { request, response } = operations.paymentTokenInitialize;
const refusal = (key: string, name = "secretKey") =>
  `${name} is the name of a seal algorithm (${JSON.stringify(key)}), not a key${name === "secretKey" ? ": the key and the algorithm swapped?" : ""}`;

/** An algorithm's name with each letter's case drawn. */
const nameInAnyCase = fc
  .tuple(fc.constantFrom(...SEAL_ALGORITHM_NAMES), fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }))
  .map(([name, upper]) => [...name].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join(""));

test("an algorithm's name in any case is refused as a key by each function that takes one, the algorithm given or not", () => {
  fc.assert(
    fc.property(nameInAnyCase, fc.constantFrom(undefined, ...SEAL_ALGORITHM_NAMES), (key, algorithm) => {
      const calls = [
        () => request.seal(unsealedRequest(), key, algorithm),
        () => response.verify({ seal: "0".repeat(64) } as never, key, algorithm),
        // computeSeal's algorithm has a default, which takes no undefined; the other two take one always.
        () => (algorithm ? computeSeal("data", key, algorithm) : computeSeal("data", key)),
        () => verifySeal("data", "0".repeat(64), key, algorithm ?? "HMAC-SHA-256"),
        () => sealKeyIndex("data", "0".repeat(64), key, algorithm ?? "HMAC-SHA-256"),
      ];
      for (const call of calls) {
        const error = thrown(call);
        expect(error).toBeInstanceOf(TypeError);
        expect(error.message).toBe(refusal(key));
      }
      expect(thrown(() => sealKeyIndex("data", "0".repeat(64), ["k1", key], "SHA-256")).message).toBe(
        refusal(key, "secretKey[1]"),
      );
    }),
    drawOf(200, 2000),
  );
});

test("a text near a name but not one is a key: a name's start, a name with characters around it", () => {
  let starts = 0;
  let longer = 0;
  fc.assert(
    fc.property(
      fc.constantFrom(...SEAL_ALGORITHM_NAMES),
      fc.nat(),
      fc.string({ minLength: 1, maxLength: 3 }),
      fc.boolean(),
      (name, cut, more, after) => {
        const start = name.slice(0, 1 + (cut % (name.length - 1)));
        const around = after ? name + more : more + name;
        for (const key of [start, around]) {
          fc.pre(isWellFormed(key));
          expect(computeSeal("data", key), key).toMatch(/^[0-9a-f]+$/);
          expect(typeof request.seal(unsealedRequest(), key)).toBe("string");
        }
        starts++;
        if (around.length <= Math.max(...SEAL_ALGORITHM_NAMES.map((n) => n.length))) longer++;
      },
    ),
    drawOf(200, 2000),
  );
  // Among the keys with a character more, some are no longer than the longest name: compared, not skipped.
  expect(starts).toBeGreaterThan(100);
  expect(longer).toBeGreaterThan(20);
});

test("the client, the POST form, the Paypage decoder and the mock refuse an algorithm's name as their key alike", async () => {
  const config = { environment: "simu", merchantId: "002001000000001", keyVersion: 1 } as const;
  for (const key of SEAL_ALGORITHM_NAMES.map((name) => name.toLowerCase())) {
    for (const call of [
      () => createClient({ ...config, secretKey: key }),
      () => paypagePostForm({ amount: 100, currencyCode: "978" } as never, { ...config, secretKey: key }),
      () => decodePaypageResponse({}, key),
    ]) {
      const error = thrown(call);
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toBe(refusal(key));
    }
    expect(thrown(() => decodePaypageResponse({}, ["k1", key])).message).toBe(refusal(key, "secretKey[1]"));
    await expect(startMockServer({ secretKey: key })).rejects.toThrow(new TypeError(refusal(key)));
  }
});
