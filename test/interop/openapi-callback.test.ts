// The Paypage response in openapi.json: each callback of the spec is a
// webhook by its name, the POST interface's form (the package decoder's field
// names, encodings, and the spec's seal algorithms) with its Data described
// by the callback's fields; a form the package seals is valid against it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { decodePaypageResponse, PAYPAGE_RESPONSE_FIELDS } from "../../generated/index.js";
import { paymentWebInit } from "../../generated/operations/paymentWebInit/index.js";
import { paypagePostForm } from "../../generated/paypage.js";
import { declaredVersion } from "../../generated/runtime/interface-version.js";
import { sealedResponse } from "../../generated/runtime/mock-paypage-response.js";
import { PAYPAGE_ENCODINGS, type PaypageEncoding } from "../../generated/runtime/paypage-encode.js";
import { PAYPAGE_FORM_FIELDS } from "../../generated/runtime/paypage-form-fields.js";
import { PAYPAGE_DEFAULT_SEAL_ALGORITHM } from "../../generated/runtime/paypage-verify.js";
import type { SealAlgorithmName } from "../../generated/runtime/seal.js";
import { generatedDir, specDir } from "../support/paths.js";

type Schema = Record<string, unknown> & { properties: Record<string, Record<string, unknown>>; required?: string[] };
interface Post {
  operationId: string;
  description: string;
  requestBody: { content: Record<string, { schema: Schema }> };
}

const openapi = JSON.parse(readFileSync(path.join(generatedDir, "openapi.json"), "utf8")) as {
  paths: Record<string, { post: { operationId: string } }>;
  webhooks?: Record<string, { post: Post }>;
  components: { schemas: Record<string, Schema> };
};

/** The spec's operations, as their files say: name, request fields, callback name and fields. */
const specOperations = readdirSync(path.join(specDir, "operations"), { recursive: true })
  .map(String)
  .filter((file) => file.endsWith(".yaml"))
  .map(
    (file) =>
      parse(readFileSync(path.join(specDir, "operations", file), "utf8")) as {
        operation: string;
        request: { fields: Record<string, unknown> };
        callback?: { name: string; fields: Record<string, unknown> };
      },
  );
const algorithms = Object.keys(
  (parse(readFileSync(path.join(specDir, "sips.yaml"), "utf8")) as { seal: { algorithms: Record<string, unknown> } })
    .seal.algorithms,
);

test("each callback of the spec is a webhook by its name: the form, and Data's fields as the spec lists them", () => {
  const callbacks = specOperations.flatMap((op) => (op.callback ? [op.callback] : []));
  expect(callbacks.length).toBeGreaterThan(0);
  expect(Object.keys(openapi.webhooks ?? {})).toEqual(callbacks.map((c) => c.name));
  for (const callback of callbacks) {
    const posted = openapi.webhooks?.[callback.name]?.post as Post;
    expect(posted.operationId).toBe(callback.name);
    // No operation's path holds it as well.
    expect(Object.values(openapi.paths).map((p) => p.post.operationId)).not.toContain(callback.name);
    const form = posted.requestBody.content["application/x-www-form-urlencoded"]?.schema as Schema;
    expect(Object.keys(form.properties)).toEqual(Object.values(PAYPAGE_FORM_FIELDS));
    expect(form.required).toEqual([
      PAYPAGE_FORM_FIELDS.data,
      PAYPAGE_FORM_FIELDS.seal,
      PAYPAGE_FORM_FIELDS.interfaceVersion,
    ]);
    expect(form.properties[PAYPAGE_FORM_FIELDS.encode]?.["enum"]).toEqual([...PAYPAGE_ENCODINGS]);
    expect(form.properties[PAYPAGE_FORM_FIELDS.sealAlgorithm]?.["enum"]).toEqual([...algorithms].sort());
    expect(form.properties[PAYPAGE_FORM_FIELDS.sealAlgorithm]?.["description"]).toContain(
      PAYPAGE_DEFAULT_SEAL_ALGORITHM,
    );
    const data = openapi.components.schemas[dataComponent(form)];
    expect(Object.keys(data?.properties ?? {}).sort()).toEqual(Object.keys(callback.fields).sort());
  }
});

/** The name of the component `form`'s Data refers to as its content. */
const dataComponent = (form: Schema): string =>
  String((form.properties[PAYPAGE_FORM_FIELDS.data]?.["contentSchema"] as { $ref?: string } | undefined)?.$ref).replace(
    "#/components/schemas/",
    "",
  );

/** An ajv that resolves the document's #/components/... references from the schema given. */
function compiled(schema: Schema) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  return ajv.compile({ ...schema, components: openapi.components });
}

test("a Paypage response the package seals, with each algorithm and encoding, is valid against the form and its Data", () => {
  const callback = specOperations.find((op) => op.callback)?.callback?.name ?? "";
  const posted = openapi.webhooks?.[callback]?.post;
  const form = posted?.requestBody.content["application/x-www-form-urlencoded"]?.schema as Schema;
  const validForm = compiled(form);
  const validData = compiled(openapi.components.schemas[dataComponent(form)] as Schema);
  const response = {
    amount: 1250,
    currencyCode: "978",
    merchantId: "002001000000001",
    keyVersion: 1,
    responseCode: "00",
    transactionReference: "order42",
  };
  const secretKey = "002001000000001_KEY1";
  for (const algorithm of algorithms as SealAlgorithmName[]) {
    for (const encode of [undefined, ...PAYPAGE_ENCODINGS] as (PaypageEncoding | undefined)[]) {
      const sealed = sealedResponse(PAYPAGE_RESPONSE_FIELDS, response, {
        secretKey,
        algorithm,
        encode,
        interfaceVersion: "HP_3.4",
      });
      if (!("fields" in sealed)) throw new Error(sealed.problem);
      const fields = Object.fromEntries(sealed.fields.map((f) => [f.name, f.value]));
      const where = `${algorithm} ${encode ?? "not encoded"}`;
      expect(validForm(fields), `${where}: ${JSON.stringify(validForm.errors)}`).toBe(true);
      const decoded = decodePaypageResponse(new URLSearchParams(fields).toString(), secretKey, {
        sealAlgorithm: algorithm,
        environment: "simu",
      });
      expect(decoded.ok, where).toBe(true);
      if (decoded.ok) expect(validData(decoded.response), `${where}: ${JSON.stringify(validData.errors)}`).toBe(true);
    }
  }
  // What the form refuses: no seal, an encoding it does not name.
  const sealed = sealedResponse(PAYPAGE_RESPONSE_FIELDS, response, {
    secretKey,
    algorithm: "HMAC-SHA-256",
    encode: undefined,
    interfaceVersion: "HP_3.4",
  });
  if (!("fields" in sealed)) throw new Error(sealed.problem);
  const { Seal: _, ...unsealed } = Object.fromEntries(sealed.fields.map((f) => [f.name, f.value]));
  expect(validForm(unsealed)).toBe(false);
  expect(validForm({ ...unsealed, Seal: "ab", Encode: "gzip" })).toBe(false);
});

// The POST interface's prefix as the spec gives it: paymentWebInit's recommended version other than its JSON one.
const postPrefix =
  Object.keys(paymentWebInit.interfaceVersion.recommendedByPrefix ?? {}).find(
    (prefix) => prefix !== paymentWebInit.request.interfacePrefix,
  ) ?? "";

// Without it: the pattern was the prefix alone, so a form of "HP_x" or "HP_3.4 and more" was valid in ajv while no
// version of the package's reads it so (the validators and the POST form's builder refuse it).
test("the form's InterfaceVersion is a whole version of the POST interface, as the runtime reads one", () => {
  expect(postPrefix).not.toBe("");
  const callback = specOperations.find((op) => op.callback)?.callback?.name ?? "";
  const form = openapi.webhooks?.[callback]?.post.requestBody.content["application/x-www-form-urlencoded"]?.schema;
  const versionOf = compiled(form?.properties[PAYPAGE_FORM_FIELDS.interfaceVersion] as Schema);
  const config = {
    environment: "simu" as const,
    merchantId: "002001000000001",
    keyVersion: 1,
    secretKey: "version-key",
  };
  const fields = { amount: 1250, currencyCode: "978", normalReturnUrl: "https://shop.example/return" } as const;
  const built = (version: string): boolean => {
    try {
      return paypagePostForm(fields, { ...config, interfaceVersion: version }).ok;
    } catch {
      return false;
    }
  };
  const good = ["3.4", "0.0", "2.40", "10.12", "9999.9999"].map((v) => `${postPrefix}${v}`);
  const bad = [
    ...["", "3", "3.", ".4", "x.x", "03.4", "3.04", "10000.1", "3.4.1", "3.4 ", " 3.4", "3,4", "3.4\n"].map(
      (v) => `${postPrefix}${v}`,
    ),
    "3.4",
    `${paymentWebInit.request.interfacePrefix}3.4`,
    `${postPrefix.toLowerCase()}3.4`,
  ];
  for (const version of [...good, ...bad]) {
    const runtime = declaredVersion(version, postPrefix) >= 0;
    expect([version, versionOf(version), built(version)]).toEqual([version, runtime, runtime]);
  }
  expect(good.map((v) => declaredVersion(v, postPrefix) >= 0)).toEqual(good.map(() => true));
  expect(bad.map((v) => declaredVersion(v, postPrefix) >= 0)).toEqual(bad.map(() => false));
});
