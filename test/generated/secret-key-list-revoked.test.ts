// A revoked proxy given as the decoder's keys, where a key or a list of them is taken, is refused with the package's
// message and its kind, as the client refuses it: Array.isArray throws on one, and that engine's TypeError said
// neither what was expected nor where. A list whose trap throws on a read is refused alike.
import { expect, test } from "vitest";
import { computeSeal, decodePaypageResponse } from "../../generated/index.js";

test("a revoked proxy given as the keys is refused as unreadable", () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  expect(() => decodePaypageResponse("Data=a&Seal=b", proxy as never)).toThrow(
    new TypeError("secretKey must be a non-empty string or a non-empty list of them, got an unreadable value"),
  );
});

/** A list of one key whose read of `trapped` (its length, an item) throws, as a proxy's trap may. */
const trappedList = (trapped: string) =>
  new Proxy(["the shop's key"], {
    get(target, key, receiver) {
      if (key === trapped) throw new Error("trap");
      return Reflect.get(target, key, receiver);
    },
  });

test.each(["length", "0"])("a list whose %s cannot be read is refused as unreadable, as the keys", (trapped) => {
  expect(() => decodePaypageResponse("Data=a&Seal=b", trappedList(trapped) as never)).toThrow(
    new TypeError("secretKey must be a non-empty string or a non-empty list of them, got an unreadable value"),
  );
});

test("a list whose length cannot be read, given where one key is taken, is refused as unreadable", () => {
  expect(() => computeSeal("a sealing string", trappedList("length") as never)).toThrow(
    new TypeError("secretKey must be a non-empty string with no lone surrogate, got an unreadable value"),
  );
});

test("the keys a response is verified with are the ones checked: a list read once, not again after the check", () => {
  const data = "amount=100|currencyCode=978";
  const form = `Data=${encodeURIComponent(data)}&Seal=${computeSeal(data, "the shop's key", "SHA-256")}`;
  let reads = 0;
  // Its key on the first read only: a list read again after its keys were checked gives another.
  const shifting = new Proxy(["the shop's key"], {
    get(target, key, receiver) {
      if (key === "0" && reads++ > 0) return "another key";
      return Reflect.get(target, key, receiver);
    },
  });
  const result = decodePaypageResponse(form, shifting as never);
  expect(result.ok || result.error.kind).not.toBe("seal-mismatch");
  expect(reads).toBe(1);
});
