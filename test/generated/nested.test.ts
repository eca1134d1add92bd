// Containers, lists and formats in the generated validators and seal, through
// the operations that have them.
import { describe, expect, test } from "vitest";
import { computeSeal, formatIssue, operations, type GetWalletDataResponse, type OrderInitializeRequest, type ValidationIssue, type WalletPaymentMeanData } from "../../generated/index.js";
import { SECRET_KEY } from "./samples.js";

const codes = (issues: readonly ValidationIssue[]) => issues.map((i) => `${i.path} ${i.code}`);
const { orderInitialize, getWalletData } = operations;

const order = (): OrderInitializeRequest => ({
  interfaceVersion: "IR_MB_3.0",
  keyVersion: 1,
  merchantId: "002001000000001",
  amount: 1000,
  currencyCode: "978",
  captureMode: "AUTHOR_CAPTURE",
  paymentMeanBrand: "VISA",
  s10TransactionReference: { s10TransactionIdDate: "20261127", s10TransactionId: "000123" },
  sdkOperationName: "CARDORDER",
  sdkVersion: "2.0.4",
  seal: "0".repeat(64),
});

const mean = (panExpiryDate: string): WalletPaymentMeanData => ({ paymentMeanId: "1", maskedPan: "4975##########03", panExpiryDate, paymentMeanBrand: "VISA" });
const wallet = (): GetWalletDataResponse & { walletPaymentMeanDataList: WalletPaymentMeanData[] } => ({
  walletResponseCode: "00",
  walletCreationDateTime: "2026-01-02T10:00:00+01:00",
  walletPaymentMeanDataList: [mean("202812"), mean("202901"), mean("203003")],
  seal: "0".repeat(64),
});

describe("containers", () => {
  test("a valid container passes", () => {
    expect(orderInitialize.request.validate(order())).toMatchObject({ ok: true, warnings: [] });
  });

  test("errors inside a container have the container in their path", () => {
    const message = { ...order(), s10TransactionReference: { s10TransactionId: 123, extra: "x" } };
    const result = orderInitialize.request.validate(message);
    expect(result.ok ? [] : codes(result.errors)).toEqual(["/s10TransactionReference/s10TransactionId type", "/s10TransactionReference/extra unknown-field"]);
  });

  test("a container that is not an object", () => {
    for (const value of ["000123", [], null]) {
      const result = orderInitialize.request.validate({ ...order(), s10TransactionReference: value });
      expect(result.ok ? [] : codes(result.errors)).toEqual(["/s10TransactionReference type"]);
    }
  });
});

describe("lists of containers", () => {
  test("a valid list passes", () => {
    expect(getWalletData.response.validate(wallet())).toMatchObject({ ok: true, warnings: [] });
  });

  test("errors in an item have its index in their path", () => {
    const message = wallet();
    message.walletPaymentMeanDataList[2] = mean("2030-03");
    const lenient = getWalletData.response.validate(message);
    expect(lenient.ok && codes(lenient.warnings)).toEqual(["/walletPaymentMeanDataList/2/panExpiryDate format"]);
    const strict = getWalletData.response.validate(message, { strict: true });
    expect(strict.ok ? [] : codes(strict.errors)).toEqual(["/walletPaymentMeanDataList/2/panExpiryDate format"]);
  });

  test("a list that is not an array, and items that are not objects", () => {
    const notList = getWalletData.response.validate({ ...wallet(), walletPaymentMeanDataList: mean("202812") });
    expect(notList.ok ? [] : codes(notList.errors)).toEqual(["/walletPaymentMeanDataList type"]);
    const badItems = getWalletData.response.validate({ ...wallet(), walletPaymentMeanDataList: [mean("202812"), "x", null] });
    expect(badItems.ok ? [] : codes(badItems.errors)).toEqual(["/walletPaymentMeanDataList/1 type", "/walletPaymentMeanDataList/2 type"]);
  });

  test("values too long for their format are warnings in a response, errors when strict", () => {
    const message = { ...wallet(), walletPaymentMeanDataList: [mean("2028121"), mean("202901"), mean("2030031")] };
    const expected = ["/walletPaymentMeanDataList/0/panExpiryDate max-length", "/walletPaymentMeanDataList/2/panExpiryDate max-length"];
    const lenient = getWalletData.response.validate(message);
    expect(lenient.ok && codes(lenient.warnings)).toEqual(expected);
    const strict = getWalletData.response.validate(message, { strict: true });
    expect(strict.ok ? [] : codes(strict.errors)).toEqual(expected);
  });

  test("an unknown field in an item of a response is a warning", () => {
    const message = { ...wallet(), walletPaymentMeanDataList: [{ ...mean("202812"), newField: "x" }] };
    const result = getWalletData.response.validate(message);
    expect(result.ok && codes(result.warnings)).toEqual(["/walletPaymentMeanDataList/0/newField unknown-field"]);
  });

  test("a payment mean's paymentMeanData, a container whose fields no source gives, is warned of as unknown, not as text", () => {
    // Typed as text, Worldline's SDK's container was warned of as "must be a string", and the type promised a string.
    const message = { ...wallet(), walletPaymentMeanDataList: [{ ...mean("202812"), paymentMeanData: { bcmcMobile: {} } }] };
    const result = getWalletData.response.validate(message);
    expect(result.ok && codes(result.warnings)).toEqual(["/walletPaymentMeanDataList/0/paymentMeanData unknown-field"]);
  });
});

describe("formats", () => {
  test.each([
    ["merchantId with a letter", { merchantId: "00200100000000A" }, ["/merchantId format"]],
    ["merchantId too long", { merchantId: "0020010000000011" }, ["/merchantId max-length"]],
    ["currencyCode too long", { currencyCode: "9780" }, ["/currencyCode max-length"]],
    ["amount negative", { amount: -1 }, ["/amount format"]],
    ["amount with 13 digits", { amount: 1_000_000_000_000 }, ["/amount max-length"]],
    ["keyVersion with 11 digits", { keyVersion: 10_000_000_000 }, ["/keyVersion max-length"]],
    ["paymentMeanBrand with a control character", { paymentMeanBrand: "VISA\u0007" }, ["/paymentMeanBrand format"]],
    ["paymentMeanBrand with an accented letter (ANS: any character)", { paymentMeanBrand: "VISA\u00e9" }, []],
  ])("%s", (_, change, want) => {
    const result = orderInitialize.request.validate({ ...order(), ...change });
    expect(result.ok ? [] : codes(result.errors)).toEqual(want);
  });

  test("messages name the format", () => {
    const result = orderInitialize.request.validate({ ...order(), merchantId: "0020010000000011" });
    const issue = result.ok ? undefined : result.errors[0];
    expect(issue?.message).toBe("must be at most 15 characters (N15)");
    expect(issue && formatIssue(issue)).toBe("/merchantId must be at most 15 characters (N15), got 16 characters");
  });
});

describe("the seal of nested data", () => {
  test("a container's fields are sealed in place, sorted (the In-App demo's order); keyVersion is left out", () => {
    const { seal: _, ...rest } = order();
    expect(orderInitialize.request.sealingString(rest)).toBe(
      ["1000", "AUTHOR_CAPTURE", "978", "IR_MB_3.0", "002001000000001", "VISA", "000123", "20261127", "CARDORDER", "2.0.4"].join(""),
    );
  });

  test("a list of containers: items in order, each with its fields sorted", () => {
    const message = wallet();
    const item = (m: WalletPaymentMeanData) => `${m.maskedPan ?? ""}${m.panExpiryDate ?? ""}${m.paymentMeanBrand ?? ""}${m.paymentMeanId ?? ""}`;
    expect(getWalletData.response.sealingString(message)).toBe(
      `2026-01-02T10:00:00+01:00${message.walletPaymentMeanDataList.map(item).join("")}00`,
    );
    const sealed = { ...message, seal: getWalletData.response.seal(message, SECRET_KEY) };
    expect(sealed.seal).toBe(computeSeal(getWalletData.response.sealingString(message), SECRET_KEY));
    expect(getWalletData.response.verify(sealed, SECRET_KEY)).toBe(true);
    sealed.walletPaymentMeanDataList[1] = mean("209912");
    expect(getWalletData.response.verify(sealed, SECRET_KEY)).toBe(false);
  });
});
