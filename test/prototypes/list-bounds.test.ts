// The validator shape reads a list's length once and refuses a list longer
// than a JSON text could carry before reading its first item: a proxy claiming
// 2^32 - 1 items (which today's generated loop walks index by index) gives one
// error at once. Today's generated validators get this with the emitters.
import { expect, test } from "vitest";
import { validateGetWalletDataResponse } from "../../bench/prototypes/get-wallet-data.validators.js";
import { MAX_LIST_ITEMS } from "../../generated/runtime/validation.js";

const claiming = (length: unknown, items: unknown[] = []): unknown[] => {
  let reads = 0;
  const proxy = new Proxy(items, {
    get(target, key, receiver) {
      if (key === "length") return length;
      reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return Object.assign(proxy, { reads: () => reads }) as unknown[];
};

const wallet = (list: unknown) => ({ seal: "x", walletResponseCode: "00", walletPaymentMeanDataList: list });
const codes = (result: ReturnType<typeof validateGetWalletDataResponse>) =>
  result.ok ? [] : result.errors.map((e) => `${e.path} ${e.code} ${e.message}`);

test.each([[2 ** 32 - 1], [MAX_LIST_ITEMS + 1], [Number.POSITIVE_INFINITY], [1e300]])(
  "a list claiming %d items: one error, no item read",
  (length) => {
    const list = claiming(length);
    expect(codes(validateGetWalletDataResponse(wallet(list)))).toEqual([
      `/walletPaymentMeanDataList max-length must have at most ${MAX_LIST_ITEMS} items`,
    ]);
  },
);

test("a sparse array of length 2^32 - 1 too", () => {
  const sparse: unknown[] = [];
  sparse.length = 2 ** 32 - 1;
  expect(codes(validateGetWalletDataResponse(wallet(sparse)))).toHaveLength(1);
});

test("a length a JSON text could carry is read as JSON.stringify reads it (ToLength)", () => {
  const item = { paymentMeanId: 1 };
  for (const [length, want] of [
    [2, 2],
    ["2", 2],
    [1.7, 1],
    [-5, 0],
    [Number.NaN, 0],
  ] as const) {
    const result = validateGetWalletDataResponse(wallet(claiming(length, [item, item, item])));
    expect(codes(result)).toHaveLength(want);
  }
});
