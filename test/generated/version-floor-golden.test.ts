// The lowest interface version on the golden fixture, whose interfaceVersion
// values give a minor (IR_WS_2.4 : 2.4 and later, versions compared as
// numbers): its validators refuse an earlier version with one issue, take any
// later one, newer than any listed too, and its mock refuses what they refuse.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";
import type * as Repository from "../../generated/index.js";
import type * as RepositoryMock from "../../generated/mock.js";
import { generateGoldenSpec } from "../support/generate.js";
import { keptOutput } from "../support/kept-output.js";

const { files } = await generateGoldenSpec();
const dir = keptOutput("golden", files, "javascript");
const golden = (await import(pathToFileURL(path.join(dir, "index.js")).href)) as typeof Repository;
const { startMockServer } = (await import(pathToFileURL(path.join(dir, "mock.js")).href)) as typeof RepositoryMock;

const operations = golden.operations as unknown as Record<string, (typeof Repository.operations)["getWalletData"]>;
const refund = operations.cardRefund;
if (!refund) throw new Error("the golden fixture has no cardRefund");
const request = (interfaceVersion: string) => ({ interfaceVersion, merchantId: "002001000000001", seal: "0".repeat(64) });
const FLOOR_MESSAGE =
  "must be IR_WS_2.4 or later: no earlier version is documented (IR_WS_2.46 is recommended)";

test("the lowest version and every later one are valid, newer than any listed included", () => {
  for (const version of ["IR_WS_2.4", "IR_WS_2.5", "IR_WS_2.39", "IR_WS_2.40", "IR_WS_2.46", "IR_WS_3.0", "IR_WS_12.0"])
    expect(refund.request.validate(request(version)).ok, version).toBe(true);
});

test("an earlier version is one error at /interfaceVersion, naming the lowest and the recommended", () => {
  const declared = request("IR_WS_2.3");
  expect(refund.request.validate(declared)).toEqual({
    ok: false,
    errors: [{ path: "/interfaceVersion", code: "interface-version", message: FLOOR_MESSAGE, received: "IR_WS_2.3" }],
    warnings: [],
  });
  // Below 2.0 as well, where the fields of 2.0 are issues of their own.
  const older = refund.request.validate(request("IR_WS_1.99"));
  expect(older.ok ? [] : older.errors.map((e) => `${e.path} ${e.code}`)).toContain("/interfaceVersion interface-version");
});

test("a malformed version is reported as malformed, not as an early one", () => {
  const result = refund.request.validate(request("IR_WS_02.0"));
  expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual(["must be IR_WS_ followed by a version number"]);
});

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
