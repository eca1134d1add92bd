// The POST form's configuration is read once, each member inside a guard: a
// getter or Proxy trap that throws is the documented TypeError (its error the
// cause), as a configuration that cannot work is, never the getter's own error;
// and a getter that answers otherwise on a later read cannot change the form.
import { expect, test } from "vitest";
import { paypagePostForm } from "../../generated/paypage.js";

const config = { environment: "simu", merchantId: "002001000000001", keyVersion: 1, secretKey: "config-key" } as const;
const fields = { amount: 1250, currencyCode: "978", normalReturnUrl: "https://shop.example/paypage/return" } as const;
const members = [
  "environment",
  "merchantId",
  "keyVersion",
  "secretKey",
  "interfaceVersion",
  "sealAlgorithm",
  "encode",
  "strict",
];
const thrown = new RangeError("the getter's own error");

/** Throws what `build` throws, or fails when it returns. */
function throwOf(build: () => unknown): unknown {
  try {
    build();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

test.each(members)(
  "a getter of %s that throws: the configuration's TypeError, the getter's error as its cause",
  (name) => {
    const own = Object.defineProperty({ ...config }, name, {
      get() {
        throw thrown;
      },
      enumerable: true,
    });
    const inherited = Object.create(
      Object.defineProperty({}, name, {
        get() {
          throw thrown;
        },
      }),
      Object.fromEntries(Object.entries(Object.getOwnPropertyDescriptors(config)).filter(([key]) => key !== name)),
    );
    const proxy = new Proxy(config, {
      get(target, key, receiver) {
        if (key === name) throw thrown;
        return Reflect.get(target, key, receiver);
      },
    });
    for (const given of [own, inherited, proxy]) {
      const error = throwOf(() => paypagePostForm(fields, given));
      expect(error).toBeInstanceOf(TypeError);
      expect((error as TypeError).message).toMatch(/configuration could not be read/);
      expect((error as TypeError).cause).toBe(thrown);
    }
  },
);

test("a revoked Proxy as the configuration: the configuration's TypeError", () => {
  const { proxy, revoke } = Proxy.revocable({ ...config }, {});
  revoke();
  const error = throwOf(() => paypagePostForm(fields, proxy));
  expect(error).toBeInstanceOf(TypeError);
  expect((error as TypeError).message).toMatch(/configuration could not be read/);
});

test("each member is read once: a getter that answers otherwise later cannot change the form", () => {
  const reads = new Map<string, number>();
  const keys = ["k1", "k2"];
  const counted = new Proxy(config, {
    get(target, key, receiver) {
      if (typeof key === "string") reads.set(key, (reads.get(key) ?? 0) + 1);
      // The key changes at each read: a form built from a second read would be sealed with another key.
      if (key === "secretKey") return keys[(reads.get(key) ?? 1) - 1] ?? "k3";
      return Reflect.get(target, key, receiver);
    },
  });
  const built = paypagePostForm(fields, counted);
  expect(built.ok).toBe(true);
  for (const name of members) expect(reads.get(name) ?? 0, name).toBeLessThanOrEqual(1);
  const again = paypagePostForm(fields, { ...config, secretKey: "k1" });
  expect(built.ok && again.ok && built.form.fields).toEqual(again.ok && again.form.fields);
});
