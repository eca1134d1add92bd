// The lowest interface version on the golden fixture, whose interfaceVersion
// values give a minor (IR_WS_2.4 : 2.4 and later, versions compared as
// numbers): its validators refuse an earlier version with one issue, naming
// the recommended version where there is one (cardCheck; cardRefund has none),
// take any later one, newer than any listed too, and its mock refuses what
// they refuse; a POST form whose configured version pins them below it names
// that entry.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, expect, test } from "vitest";
import type * as Repository from "../../generated/index.js";
import type * as RepositoryMock from "../../generated/mock.js";
import { generateGoldenSpec } from "../support/generate.js";
import { keptOutput } from "../support/kept-output.js";
import { SIPS_KEYWORDS } from "../interop/sips-keywords.js";

const { files } = await generateGoldenSpec();
const dir = keptOutput("golden", files, "javascript");
const golden = (await import(pathToFileURL(path.join(dir, "index.js")).href)) as typeof Repository;
const { startMockServer } = (await import(pathToFileURL(path.join(dir, "mock.js")).href)) as typeof RepositoryMock;

const operations = golden.operations as unknown as Record<string, (typeof Repository.operations)["getWalletData"]>;
const refund = operations.cardRefund;
if (!refund) throw new Error("the golden fixture has no cardRefund");
const request = (interfaceVersion: string) => ({ interfaceVersion, merchantId: "002001000000001", seal: "0".repeat(64) });
/** cardRefund recommends no version: its message names none, where cardCheck's names its recommended one. */
const FLOOR_MESSAGE = "must be IR_WS_2.4 or later: no earlier version is documented";
const CHECK_FLOOR_MESSAGE = `${FLOOR_MESSAGE} (IR_WS_2.46 is recommended)`;

test("the lowest version and every later one are valid, newer than any listed included", () => {
  for (const version of ["IR_WS_2.4", "IR_WS_2.5", "IR_WS_2.39", "IR_WS_2.40", "IR_WS_2.46", "IR_WS_3.0", "IR_WS_12.0"])
    expect(refund.request.validate(request(version)).ok, version).toBe(true);
});

test("an earlier version is one error at /interfaceVersion, naming the lowest (and no recommended one, as none is)", () => {
  const declared = request("IR_WS_2.3");
  expect(refund.request.validate(declared)).toEqual({
    ok: false,
    errors: [{ path: "/interfaceVersion", code: "interface-version", message: FLOOR_MESSAGE, received: "IR_WS_2.3" }],
    warnings: [],
  });
  // Below 2.0 as well, where the fields of 2.0 were issues of their own: one mistake, one error.
  const older = refund.request.validate(request("IR_WS_1.99"));
  expect(older.ok ? [] : older.errors.map((e) => `${e.path} ${e.code}`)).toEqual(["/interfaceVersion interface-version"]);
});

/** The issues of a result as "path code". */
const issues = (result: { ok: boolean; errors?: readonly { path: string; code: string }[] }) =>
  (result.errors ?? []).map((e) => `${e.path} ${e.code}`);

const check = operations.cardCheck;
if (!check) throw new Error("the golden fixture has no cardCheck");
/** A cardCheck request holding fields of 2.10, 2.20 (a container, and one inside it) and 2.30. */
const newer = (interfaceVersion: string) => ({
  interfaceVersion,
  keyVersion: 1,
  merchantId: "002001000000001",
  amount: 100,
  channels: ["INTERNET"],
  customer: { name: "Doe", address: { zipCode: "75001" } },
  seal: "0".repeat(64),
});
/** In the order the validator reports them: a container's own fields as it checks it, then the message's versions. */
const NEWER_ISSUES = [
  "/customer/address/zipCode version",
  "/customer/address version",
  "/amount version",
  "/channels version",
  "/customer version",
];

test("below the floor, the version is the one error: no field is held to it, at any depth", () => {
  for (const version of ["IR_WS_2.3", "IR_WS_1.0"])
    expect(issues(check.request.validate(newer(version))), version).toEqual(["/interfaceVersion interface-version"]);
  expect(issues(refund.request.validate({ ...request("IR_WS_2.3"), channels: ["INTERNET"], sealAlgorithm: "SHA-256" }))).toEqual([
    "/interfaceVersion interface-version",
  ]);
});

test("at the floor and after, a field newer than the version is still a version error each", () => {
  expect(issues(check.request.validate(newer("IR_WS_2.4")))).toEqual(NEWER_ISSUES);
  expect(issues(check.request.validate(newer("IR_WS_2.20")))).toEqual(["/channels version"]);
  expect(check.request.validate(newer("IR_WS_2.30")).ok).toBe(true);
});

test("a pinned version below the floor is one error at the top, naming options.interfaceVersion; no field is held to it", () => {
  for (const pinned of ["IR_WS_2.3", "2.3", "1.0"]) {
    const result = check.request.validate(newer("IR_WS_2.46"), { interfaceVersion: pinned });
    expect(result.ok ? [] : result.errors, pinned).toEqual([
      { path: "", code: "interface-version", message: `options.interfaceVersion ${CHECK_FLOOR_MESSAGE}, got ${JSON.stringify(pinned)}` },
    ]);
  }
  // Pinned at the floor: the fields are held to it; the declared version, below it, is an error of its own.
  expect(issues(check.request.validate(newer("IR_WS_2.3"), { interfaceVersion: "2.4" }))).toEqual([
    "/interfaceVersion interface-version",
    ...NEWER_ISSUES,
  ]);
  // Malformed is said as malformed, not as early.
  const malformed = check.request.validate(newer("IR_WS_2.46"), { interfaceVersion: "2.x" });
  expect(malformed.ok ? [] : malformed.errors.map((e) => e.message)).toEqual([
    'options.interfaceVersion must be IR_WS_ followed by a version number, got "2.x"',
  ]);
});

test("a POST form whose configured version is pinned below the floor names config.interfaceVersion, not options", () => {
  // An operation whose spec gives no POST interface version takes the configuration's, and pins Data's fields to it.
  const build = (interfaceVersion: string) =>
    operationPostForm(cardPaymentInitPostRequest, null, {}, { ...FORM_CONFIG, interfaceVersion });
  const at = (interfaceVersion: string) => {
    const built = build(interfaceVersion);
    return built.ok ? [] : built.error.issues;
  };
  expect(at("IR_WS_2.3")).toEqual([
    { path: "", code: "interface-version", message: `config.interfaceVersion ${FORM_FLOOR_MESSAGE}, got "IR_WS_2.3"` },
  ]);
  expect(at("IR_WS_2.x")).toEqual([
    { path: "", code: "interface-version", message: 'config.interfaceVersion must be IR_WS_ followed by a version number, got "IR_WS_2.x"' },
  ]);
  expect(build("IR_WS_2.4")).toMatchObject({ ok: true });
});

test("a malformed version is reported as malformed, not as an early one", () => {
  const result = refund.request.validate(request("IR_WS_02.0"));
  expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual(["must be IR_WS_ followed by a version number"]);
});

test("the request's JSON Schema says the same: below the floor, the version alone fails", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  for (const keyword of SIPS_KEYWORDS) ajv.addKeyword(keyword);
  const text = files.find((f) => f.path === "schemas/cardCheck.request.schema.json")?.content;
  if (text === undefined) throw new Error("no schema of cardCheck's request");
  const schema = ajv.compile(JSON.parse(String(text)) as object);
  /** The instance paths the schema's errors point at, each once. */
  const failing = (message: object) => (schema(message) ? [] : [...new Set(schema.errors?.map((e) => e.instancePath))]);
  expect(failing(newer("IR_WS_2.3"))).toEqual(["/interfaceVersion"]);
  // At the floor the fields newer than it fail (and the rules holding them, at the top).
  expect(failing(newer("IR_WS_2.4"))).toEqual(expect.arrayContaining(["/amount", "/channels", "/customer"]));
  expect(failing(newer("IR_WS_2.30"))).toEqual([]);
});

const { operationPostForm } = (await import(
  pathToFileURL(path.join(dir, "runtime/paypage-post-form.js")).href
)) as typeof import("../../generated/runtime/paypage-post-form.js");
const { cardPaymentInitPostRequest } = (await import(
  pathToFileURL(path.join(dir, "operations/cardPaymentInit/post-request.js")).href
)) as { cardPaymentInitPostRequest: Parameters<typeof operationPostForm>[0] };
const FORM_CONFIG = { environment: "simu", merchantId: "002001000000001", keyVersion: 1, secretKey: "form-floor-key" };
const FORM_FLOOR_MESSAGE =
  "must be IR_WS_2.4 or later: no earlier version is documented (IR_WS_3.4 is recommended)";

let server: Awaited<ReturnType<typeof startMockServer>>;
const secretKey = "floor-test-key";
beforeAll(async () => {
  server = await startMockServer({ secretKey });
});
afterAll(() => server.close());

test("the mock refuses a sealed request below the lowest version, and answers one at it", async () => {
  const to = `${server.url}${new URL(refund.endpoints.prod ?? "").pathname}`;
  const post = async (interfaceVersion: string) => {
    const { seal: _, ...message } = request(interfaceVersion);
    const body = JSON.stringify({ ...message, seal: refund.request.seal(message as never, secretKey) });
    const reply = await fetch(to, { method: "POST", body });
    return { status: reply.status, body: (await reply.json()) as Record<string, unknown> };
  };
  expect((await post("IR_WS_2.4")).status).toBe(200);
  // cardRefund documents no format-error code: the mock answers HTTP 400 with the issues.
  expect(await post("IR_WS_2.3")).toEqual({
    status: 400,
    body: {
      error: "the request is invalid",
      issues: [{ path: "/interfaceVersion", code: "interface-version", message: `/interfaceVersion ${FLOOR_MESSAGE}, got "IR_WS_2.3"` }],
    },
  });
});
