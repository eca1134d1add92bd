// The mock's format error on a fixture spec whose status names an error field
// of a name of its own (errorInField, not the Office pages' errorFieldName): the
// mock fills the field the spec names, with the first request field in error,
// and the generated descriptor carries it; without errorField, no such field.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";
import type * as Repository from "../../generated/index.js";
import type * as RepositoryMock from "../../generated/mock.js";
import { generateShared, goldenRoot } from "../support/generate.js";
import { keptOutput } from "../support/kept-output.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

/** The golden fixture with cardCheck's format error documented ("99") and, when `named`, its error field. */
async function fixture(named: boolean) {
  const { root, spec } = await tempWorkspace(path.join(goldenRoot, "spec"));
  const file = path.join(spec, "operations", "office", "cardCheck.yaml");
  const errorField = named ? "  errorField: errorInField\n" : "";
  await editFile(file, "  formatError: undocumented\n", `${errorField}  formatError: "99"\n`);
  const field = "    errorInField:\n      presence: optional\n      since: \"1.0\"\n      description: The field in error.\n";
  await editFile(file, "response:\n  fields:\n", `response:\n  fields:\n${field}`);
  const result = await generateShared(spec, root);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  const dir = keptOutput(named ? "error-field" : "error-field-none", result.files, "javascript");
  const index = (await import(pathToFileURL(path.join(dir, "index.js")).href)) as typeof Repository;
  const mock = (await import(pathToFileURL(path.join(dir, "mock.js")).href)) as typeof RepositoryMock;
  return { operations: index.operations as unknown as Record<string, OperationLike>, mock };
}

type OperationLike = (typeof Repository.operations)["getWalletData"];

const secretKey = "error-field-fixture-key";
const servers: RepositoryMock.MockServer[] = [];
let named: Awaited<ReturnType<typeof fixture>>;
let unnamed: Awaited<ReturnType<typeof fixture>>;
beforeAll(async () => {
  [named, unnamed] = await Promise.all([fixture(true), fixture(false)]);
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

/** The mock's reply to a cardCheck request, sealed with the mock's key. */
async function reply(of: Awaited<ReturnType<typeof fixture>>, fields: Record<string, unknown>) {
  const op = of.operations["cardCheck"];
  if (!op) throw new Error("the fixture has no cardCheck");
  const server = await of.mock.startMockServer({ secretKey });
  servers.push(server);
  const message = { interfaceVersion: "IR_WS_2.46", keyVersion: 1, merchantId: "002001000000001", ...fields };
  const sealed = { ...message, seal: op.request.seal(message as never, secretKey) };
  const response = await fetch(`${server.url}${new URL(op.endpoints.test).pathname}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(sealed),
  });
  expect(response.status).toBe(200);
  return { op, sealed, body: (await response.json()) as Record<string, unknown> };
}

test("the descriptor's status names the spec's error field, or none", () => {
  expect(named.operations["cardCheck"]?.status).toMatchObject({ errorField: "errorInField", formatError: "99" });
  expect(unnamed.operations["cardCheck"]?.status).toMatchObject({ errorField: null, formatError: "99" });
});

test("a format error names the request field in error in the field the spec names, sealed and valid", async () => {
  const { op, body } = await reply(named, { amount: "100" });
  expect(body).toEqual({ statusCode: "99", errorInField: "amount", seal: expect.any(String) });
  expect(op.response.verify(body as never, secretKey)).toBe(true);
  expect(op.response.validate(body).ok).toBe(true);
});

test("of several fields in error, the first the request's validation reports; of a nested one, its top field", async () => {
  const { op, sealed, body } = await reply(named, { customer: { name: 7 }, merchantId: 42, amount: "100" });
  const checked = op.request.validate(sealed);
  const paths = checked.ok ? [] : checked.errors.map((issue) => issue.path);
  expect(paths.length).toBeGreaterThan(1);
  expect(`/${String(body["errorInField"])}`).toBe(paths[0]?.replace(/^(\/[^/]*).*/, "$1"));
  const nested = await reply(named, { customer: { name: 7 } });
  const nestedPaths = nested.op.request.validate(nested.sealed);
  expect(nestedPaths.ok ? [] : nestedPaths.errors.map((issue) => issue.path)).toEqual(["/customer/name"]);
  expect(nested.body["errorInField"]).toBe("customer");
});

test("a key with / and ~ is named as sent, not as its JSON Pointer writes it", async () => {
  const { body } = await reply(named, { "a/b~c": "x" });
  expect(body["errorInField"]).toBe("a/b~c");
});

test("without errorField, the format error names no field", async () => {
  const { body } = await reply(unnamed, { amount: "100" });
  expect(body).toEqual({ statusCode: "99", seal: expect.any(String) });
});
