// The examples of the generated OpenAPI document, by message name, and the
// fields a caller gives an operation's client: its request's example without
// the fields the client fills in itself (the seal, the shop's id, the key's
// version).
import { readFileSync } from "node:fs";
import path from "node:path";
import { KEY_VERSION_FIELD, MERCHANT_ID_FIELD, SEAL_FIELD } from "../../generated/runtime/platform.js";
import { specOperationFacts } from "./operation-facts.js";
import { generatedDir } from "./paths.js";

/** An example of the document: its value is a whole message. */
export type OpenapiExample = { readonly value: Record<string, unknown> };

let examples: Readonly<Record<string, OpenapiExample | undefined>> | undefined;

/** The document's examples by message name, read once a worker. */
export function openapiExamples(): Readonly<Record<string, OpenapiExample | undefined>> {
  examples ??= JSON.parse(readFileSync(path.join(generatedDir, "openapi.json"), "utf8")).components.examples;
  return examples as Readonly<Record<string, OpenapiExample | undefined>>;
}

/**
 * The example of message `name` (a copy without its seal): a test that sends it fails where the document has none,
 * rather than send an empty message and pass on a reply to nothing.
 */
export function exampleOf(name: string): Record<string, unknown> {
  const example = openapiExamples()[name];
  if (example === undefined) throw new Error(`openapi.json has no example of ${name}`);
  const { [SEAL_FIELD]: _seal, ...fields } = example.value;
  return fields;
}

/**
 * The operations of spec/operations/ that `covered` (a registry's operations) lacks, or whose request has no example
 * in openapi.json: none, where a test drawn from `covered` that sends the examples reaches every operation it should.
 */
export function uncoveredOperations(covered: readonly { name: string; request: { name: string } }[]): string[] {
  const inSpec = [...specOperationFacts().keys()];
  if (inSpec.length === 0) throw new Error("spec/operations/ holds no operation");
  const byName = new Map(covered.map((op) => [op.name, op.request.name]));
  return inSpec.filter((name) => {
    const request = byName.get(name);
    return request === undefined || openapiExamples()[request] === undefined;
  });
}

/** A fresh copy of the fields of request `requestName`'s example that a call is given (an error where it has none). */
export function callFields(requestName: string): Record<string, unknown> {
  const { [MERCHANT_ID_FIELD]: _merchantId, [KEY_VERSION_FIELD]: _keyVersion, ...fields } = exampleOf(requestName);
  return fields;
}
