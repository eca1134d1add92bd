// The helper that tests send the OpenAPI examples through fails where there is
// nothing to send, so that a test over the examples cannot pass on none: an
// example that is not there, an operation of spec/ the registry or the
// document lacks. What it gives is the document's example less the seal (and,
// for a call, the fields the client fills in). Names come from the registry.
import { expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import { KEY_VERSION_FIELD, MERCHANT_ID_FIELD, SEAL_FIELD } from "../../generated/runtime/platform.js";
import { callFields, exampleOf, openapiExamples, uncoveredOperations } from "./openapi-examples.js";

const registry = Object.values(operations).map((op) => ({ name: op.name, request: { name: op.request.name } }));
/** A request whose example holds the fields a call leaves to the client. */
const filled = registry.find(({ request }) => {
  const value = openapiExamples()[request.name]?.value ?? {};
  return [SEAL_FIELD, MERCHANT_ID_FIELD, KEY_VERSION_FIELD].every((name) => name in value);
});

test("an example is the document's, less its seal; a call's, less the fields the client fills in too", () => {
  if (filled === undefined) throw new Error("no request's example holds a seal, a merchantId and a keyVersion");
  const { [SEAL_FIELD]: _seal, ...whole } = openapiExamples()[filled.request.name]?.value ?? {};
  expect(exampleOf(filled.request.name)).toEqual(whole);
  const { [MERCHANT_ID_FIELD]: _merchantId, [KEY_VERSION_FIELD]: _keyVersion, ...called } = whole;
  expect(Object.keys(called).length).toBeGreaterThan(0);
  expect(callFields(filled.request.name)).toEqual(called);
});

test("a message with no example is an error, not an empty message", () => {
  expect(() => exampleOf("NoSuchRequest")).toThrow("openapi.json has no example of NoSuchRequest");
  expect(() => callFields("NoSuchRequest")).toThrow("openapi.json has no example of NoSuchRequest");
});

test("an operation of spec/ the registry lacks, or whose request has no example, is uncovered", () => {
  expect(uncoveredOperations(registry)).toEqual([]);
  const [first, second, ...rest] = registry;
  if (first === undefined || second === undefined) throw new Error("the registry holds fewer than two operations");
  expect(uncoveredOperations([second, ...rest])).toEqual([first.name]);
  expect(uncoveredOperations([first, { ...second, request: { name: "NoSuchRequest" } }, ...rest])).toEqual([
    second.name,
  ]);
});
