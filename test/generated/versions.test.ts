// Interface-version-aware validation: a request may not use a field that
// appeared after the version it declares (or the version validation is pinned to).
import { expect, expectTypeOf, test } from "vitest";
import { fieldsAllowedIn, operations, type PaymentTokenInitializeRequest, type ValidationIssue } from "../../generated/index.js";
import type { MessageDescriptor } from "../../generated/runtime/descriptor.js";
import { validRequest, validResponse } from "./samples.js";

const { request, response } = operations.paymentTokenInitialize;
const codes = (issues: readonly ValidationIssue[]) => issues.map((i) => `${i.path} ${i.code}`);

// getWalletData: WR_WS_2. gives 2.0 as the lowest version, and intermediateServiceProviderId appeared in 2.12.
const wallet = operations.getWalletData.request;
const walletRequest = () => ({
  interfaceVersion: "WR_WS_2.53",
  keyVersion: 1,
  merchantId: "002001000000001",
  merchantWalletId: "wallet-1",
  intermediateServiceProviderId: "isp",
  seal: "x",
});

test("a field newer than the declared version is an error naming both versions", () => {
  const result = wallet.validate({ ...walletRequest(), interfaceVersion: "WR_WS_2.11" });
  expect(result.ok ? [] : codes(result.errors)).toEqual(["/intermediateServiceProviderId version"]);
  expect(result.ok ? "" : result.errors[0]?.message).toBe(
    "appeared in interface version 2.12, but the request declares WR_WS_2.11",
  );
});

test("the declared version or a later one is fine", () => {
  for (const interfaceVersion of ["IR_MB_2.37", "IR_MB_2.55", "IR_MB_3.0"]) {
    expect(request.validate({ ...validRequest(), interfaceVersion }).ok).toBe(true);
  }
  for (const interfaceVersion of ["WR_WS_2.12", "WR_WS_2.53", "WR_WS_3.0"]) {
    expect(wallet.validate({ ...walletRequest(), interfaceVersion }).ok).toBe(true);
  }
});

test("versions compare as numbers: 2.5 is older than 2.12", () => {
  const result = wallet.validate({ ...walletRequest(), interfaceVersion: "WR_WS_2.5" });
  expect(result.ok ? [] : codes(result.errors)).toEqual(["/intermediateServiceProviderId version"]);
});

test("a version before every required field of the request is one error naming the lowest, not one per field", () => {
  // IR_MB_ gives no version, but every paymentTokenInitialize field, interfaceVersion included, appeared in one version.
  const since = new Set(request.fields.filter((f) => f.presence === "required").map((f) => f.since));
  expect(since.size).toBe(1);
  const [lowest] = [...since] as string[];
  const [major, minor] = (lowest ?? "").split(".").map(Number) as [number, number];
  const recommended = operations.paymentTokenInitialize.interfaceVersion.recommended;
  for (const interfaceVersion of [`IR_MB_${major}.${minor - 1}`, "IR_MB_2.5", "IR_MB_1.0"]) {
    const result = request.validate({ ...validRequest(), interfaceVersion });
    expect(result.ok ? [] : codes(result.errors), interfaceVersion).toEqual(["/interfaceVersion interface-version"]);
    expect(result.ok ? "" : result.errors[0]?.message).toBe(
      `must be IR_MB_${lowest} or later: no earlier version is documented (${recommended} is recommended)`,
    );
  }
});

test("validation can be pinned to a version instead of the declared one", () => {
  const pinned = wallet.validate(walletRequest(), { interfaceVersion: "WR_WS_2.11" });
  expect(pinned.ok ? "" : pinned.errors.find((e) => e.path === "/intermediateServiceProviderId")?.message).toBe(
    "appeared in interface version 2.12, but validation is pinned to WR_WS_2.11",
  );
  expect(wallet.validate({ ...walletRequest(), interfaceVersion: "WR_WS_2.11" }, { interfaceVersion: "2.40" }).ok).toBe(true);
  // Pinned below the lowest a request may declare: one error at the top, no field held to it.
  const early = request.validate(validRequest(), { interfaceVersion: "IR_MB_2.30" });
  expect(early.ok ? [] : codes(early.errors)).toEqual([" interface-version"]);
});

test("a malformed pinned version is reported, not thrown", () => {
  const result = request.validate(validRequest(), { interfaceVersion: "latest" });
  expect(result.ok ? [] : codes(result.errors)).toEqual([" interface-version"]);
});

test("interface versions start at 1.0: a field of 1.0 is in every version", () => {
  const message = validResponse();
  expect(response.fields.filter((f) => f.name in message).every((f) => f.since === null || f.since === "1.0")).toBe(true);
  const pinned = response.validate(message, { interfaceVersion: "0.9", strict: true });
  expect(pinned.ok).toBe(true);
});

test("undocumented versions are allowed in every version", () => {
  const message = {
    interfaceVersion: "IR_MB_1.0",
    keyVersion: 1,
    merchantId: "002001000000001",
    amount: 100,
    currencyCode: "978",
    seal: "x",
  };
  expect(operations.orderInitialize.request.validate(message).ok).toBe(true);
});

test("fieldsAllowedIn: which fields a version allows, typed by the message", () => {
  // Below 2.37, the version of every required field, no request may be declared: a TypeError, not an empty list.
  expect(() => fieldsAllowedIn(request, "IR_MB_2.30")).toThrow(/^no request may declare this version: .*IR_MB_2\.37 or later/);
  expect(() => fieldsAllowedIn(request, "IR_MB_1.0")).toThrow(TypeError);
  expect(fieldsAllowedIn(wallet, "WR_WS_2.11")).not.toContain("intermediateServiceProviderId");
  // The recommended version allows every field; an old one those that existed then.
  const recommended = operations.paymentTokenInitialize.interfaceVersion.recommended ?? "";
  expect(fieldsAllowedIn(request, recommended)).toEqual(request.fields.map((f) => f.name));
  const inVersion1 = response.fields.filter((f) => f.since === null || f.since === "1.0").map((f) => f.name);
  expect(inVersion1.length).toBeGreaterThan(0);
  expect(fieldsAllowedIn(response, "1.0")).toEqual(inVersion1);
  expectTypeOf(fieldsAllowedIn(request, "2.37")).toEqualTypeOf<(keyof PaymentTokenInitializeRequest & string)[]>();
  expect(fieldsAllowedIn(request, "2.37")).toContain("merchantId");
  expect(() => fieldsAllowedIn(request, "latest")).toThrow(TypeError);
  // Another operation's interface prefix is not a version of this message.
  expect(() => fieldsAllowedIn(request, "WR_WS_2.37")).toThrow(/expected IR_MB_/);
});

/** Each field's version, the versions either side of it, and some before 1.0 and after the newest. */
function versionsAround(message: MessageDescriptor<unknown>): Set<string> {
  const versions = new Set(["0.0", "0.9", "1.0", "1.1", "99.0"]);
  for (const { since } of message.fields) {
    const [major, minor] = (since ?? "").split(".").map(Number);
    if (major === undefined || minor === undefined || Number.isNaN(major + minor)) continue;
    for (const m of [minor - 1, minor, minor + 1]) if (m >= 0) versions.add(`${major}.${m}`);
  }
  return versions;
}

/** The fields the validators accept alone in a message checked at `interfaceVersion`; null when they refuse the version itself. */
function acceptedAt(message: MessageDescriptor<unknown>, interfaceVersion: string): string[] | null {
  const options = { interfaceVersion, strict: true };
  // Below a request's lowest version the version itself is refused, and no field is held to it.
  const alone = message.validate({}, options);
  if (!alone.ok && alone.errors.some((i) => i.code === "interface-version")) return null;
  return message.fields
    .filter((f) => {
      const result = message.validate({ [f.name]: "x" }, options);
      const issues = [...result.warnings, ...(result.ok ? [] : result.errors)];
      return !issues.some((i) => i.path === `/${f.name}` && i.code === "version");
    })
    .map((f) => f.name);
}

test("fieldsAllowedIn agrees with the validators on every request and response of the spec, at every version that matters", () => {
  let compared = 0;
  let belowFirst = 0;
  let refused = 0;
  const messages = Object.values(operations).flatMap((o) => [o.request, o.response]) as MessageDescriptor<unknown>[];
  for (const message of messages) {
    for (const version of versionsAround(message)) {
      // With the prefix and without it, as both pin a version.
      for (const interfaceVersion of [`${message.interfacePrefix}${version}`, version]) {
        const accepted = acceptedAt(message, interfaceVersion);
        const where = `${message.name} at ${interfaceVersion}`;
        if (accepted === null) {
          // The validators refuse every message declaring it: no list, which would read as fields it may carry.
          expect(() => fieldsAllowedIn(message, interfaceVersion), where).toThrow(
            /^no request may declare this version: interfaceVersion must be .+ or later: no earlier version is documented/,
          );
          refused++;
          continue;
        }
        expect(fieldsAllowedIn(message, interfaceVersion), where).toEqual(accepted);
        compared++;
        if (version === "0.9" && message.fields.some((f) => f.since === "1.0")) belowFirst++;
      }
    }
  }
  expect(compared).toBeGreaterThan(0);
  // The spec has messages with fields of 1.0 read at a version below it: the case the two disagreed on.
  expect(belowFirst).toBeGreaterThan(0);
  // And requests whose operation documents a lowest version, read below it: the case that gave a list.
  expect(refused).toBeGreaterThan(0);
});
