// A configuration's merchantId and keyVersion are checked as the fields of the
// request they are: createClient takes them, and each call refuses them.
import { expect, test } from "vitest";
import { createClient, type FetchLike, operations } from "../../generated/index.js";

/** The most digits a field of getWalletData's request takes, from its format (N15): read from the registry. */
const digitsOf = (name: string): number => {
  const format = operations.getWalletData.request.fields.find((field) => field.name === name)?.format ?? "";
  return Number(/^N(\d+)$/.exec(format)?.[1] ?? Number.NaN);
};

test("a merchantId or keyVersion of the wrong format passes createClient, and each call is an invalid-request naming the field, nothing sent", async () => {
  let posted = 0;
  const fetch: FetchLike = async () => {
    posted++;
    return { status: 503, text: async () => "" };
  };
  const base = { environment: "test" as const, merchantId: "002001000000001", keyVersion: 1, secretKey: "k", fetch };
  const wrong = [
    { ...base, merchantId: "shop-1" },
    { ...base, merchantId: "1".repeat(digitsOf("merchantId") + 1) },
    { ...base, keyVersion: 10 ** digitsOf("keyVersion") },
  ];
  for (const config of wrong) {
    const result = await createClient(config).getWalletData({ merchantWalletId: "wallet-42" });
    const field = config.merchantId === base.merchantId ? "/keyVersion" : "/merchantId";
    expect(result).toMatchObject({ ok: false, error: { kind: "invalid-request", issues: [{ path: field }] } });
  }
  expect(posted).toBe(0);
});
