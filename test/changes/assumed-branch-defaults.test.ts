// A base spec read with the format's defaults, where the key is required only
// in a branch of its schema: filled where the data tells the branch applies
// (a field without `from` is held to the `else` of the field's `if`; an
// environment written as a mapping to the one `anyOf` branch of that type),
// never where two branches could apply. The format's schemas give no default
// under a branch today; these cases give them one in a copy.
import { expect, test } from "vitest";
import { withAssumedDefaults } from "../../generator/changes/assumed-defaults.js";
import { readDocuments } from "../../generator/read/read-documents.js";
import { formatSchemas } from "../../generator/validate/format-schemas.js";
import { validateSpec } from "../../generator/validate/validate-spec.js";
import { edited, goldenInput, OP, PAYPAGE } from "../support/golden-changes.js";

/** A copy of the format's schemas with `value` set at a pointer into one of them. */
function schemasWith(...sets: readonly [file: string, pointer: string, value: unknown][]) {
  const files = structuredClone(new Map(formatSchemas()));
  for (const [file, pointer, value] of sets) {
    const parts = pointer.split("/");
    const last = parts.pop() as string;
    let at: unknown = files.get(file);
    for (const part of parts) at = (at as Record<string, unknown>)[part];
    (at as Record<string, unknown>)[last] = value;
  }
  return files;
}

const errorCodes = async (read: Awaited<ReturnType<typeof readDocuments>>) =>
  (await validateSpec(read)).diagnostics.filter((d) => d.severity === "error").map((d) => d.code);

/** The data of one operation file, as read. */
const operationData = (read: Awaited<ReturnType<typeof readDocuments>>, relPath: string) =>
  read.documents.find((d) => d.file.relPath === relPath)?.data as Record<string, Record<string, unknown>>;

test("a key the field's else branch requires: filled in a field without from, not in one taken from the dictionary", async () => {
  // presence is required of a field the operation writes out (no from); one taken from the dictionary may leave it
  // to the dictionary, as the fixture's `seal: { from: dictionary, since: "2.0" }` does.
  const files = schemasWith(["common.schema.json", "$defs/field/properties/presence/default", "optional"]);
  const read = await readDocuments(
    edited(goldenInput, [
      [OP, '    keyVersion:\n      presence: required\n      since: "2.0"\n', '    keyVersion:\n      since: "2.0"\n'],
    ]),
  );
  const { read: filled, assumed } = withAssumedDefaults(read, files);
  expect(assumed).toEqual([{ in: "operation", key: "request.fields.*.presence", value: "optional", files: 1 }]);
  const fields = (data: ReturnType<typeof operationData>) =>
    (data["request"]?.["fields"] ?? {}) as Record<string, Record<string, unknown>>;
  expect(fields(operationData(filled, OP))["keyVersion"]?.["presence"]).toBe("optional");
  // The dictionary's field keeps its own presence: nothing is filled in it.
  expect(fields(operationData(filled, OP))["seal"]).toEqual(fields(operationData(read, OP))["seal"]);
  expect(fields(operationData(read, OP))["seal"]).not.toHaveProperty("presence");
  expect(await errorCodes(filled)).toEqual([]);
  expect(await errorCodes(read)).toEqual(["missing-key"]);
  // Without the default, the same base is left as it is.
  expect(withAssumedDefaults(read).assumed).toEqual([]);
});

test("a key an anyOf branch requires: filled in an environment written as addresses, not in one written as a URL", async () => {
  const soap = "https://payment.simu.example.com/services/v2/paymentInit";
  const files = schemasWith(
    ["operation.schema.json", "$defs/addresses/required", ["soap"]],
    ["operation.schema.json", "$defs/addresses/properties/soap/default", soap],
  );
  const read = await readDocuments(goldenInput);
  const { read: filled, assumed } = withAssumedDefaults(read, files);
  // cardPaymentInit's simu gives a JSON and a form address, no SOAP one; cardCheck's environments are URLs.
  expect(assumed).toEqual([{ in: "operation", key: "endpoints.*.soap", value: soap, files: 1 }]);
  expect(operationData(filled, PAYPAGE)["endpoints"]?.["simu"]).toEqual({
    ...(operationData(read, PAYPAGE)["endpoints"]?.["simu"] as object),
    soap,
  });
  expect(operationData(filled, OP)["endpoints"]).toBe(operationData(read, OP)["endpoints"]);
  expect(await errorCodes(filled)).toEqual([]);
});

test("where two anyOf branches admit the data, the branch is not told and no default is assumed", async () => {
  const files = schemasWith(
    ["operation.schema.json", "$defs/addresses/required", ["soap"]],
    ["operation.schema.json", "$defs/addresses/properties/soap/default", "https://payment.example.com/soap"],
    [
      "operation.schema.json",
      "properties/endpoints/additionalProperties/anyOf",
      [{ $ref: "#/$defs/url" }, { $ref: "#/$defs/addresses" }, { type: "object" }],
    ],
  );
  const read = await readDocuments(goldenInput);
  expect(withAssumedDefaults(read, files)).toEqual({ read, assumed: [] });
});
