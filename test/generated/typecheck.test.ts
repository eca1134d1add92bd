// All of generated/, as the generator produces it in memory, type-checks under
// the strictest options downstream projects use, depends on nothing but
// node:crypto (and node:http for the mock server alone), and exports the public contract.
import path from "node:path";
import type { Project } from "ts-morph";
import { beforeAll, expect, test } from "vitest";
import { generateRepoSpec } from "../support/generate.js";
import { repoRoot } from "../support/paths.js";
import { inMemoryProject, typeErrors } from "../support/typecheck.js";

// A folder that does not exist on disk: the files live only in ts-morph's memory.
const virtualDir = path.join(repoRoot, ".in-memory", "generated");
let project: Project;

beforeAll(async () => {
  const { files } = await generateRepoSpec();
  project = inMemoryProject(files, virtualDir);
});

test("generated/ has no type error under strict options", () => {
  expect(typeErrors(project)).toEqual([]);
});

test("generated code imports nothing but node:crypto, node:http in the mock server only, and its own files", () => {
  const external = project
    .getSourceFiles()
    .filter((f) => f.getFilePath().startsWith(virtualDir))
    .flatMap((f) => f.getImportDeclarations().map((i) => ({ file: path.relative(virtualDir, f.getFilePath()), specifier: i.getModuleSpecifierValue() })))
    .filter(({ specifier }) => !specifier.startsWith("./") && !specifier.startsWith("../"));
  expect([...new Set(external.map((e) => e.specifier))].sort()).toEqual(["node:crypto", "node:http"]);
  expect(external.filter((e) => e.specifier === "node:http").map((e) => e.file)).toEqual([path.join("runtime", "mock-server.ts")]);
});

test("index.ts exports the public contract", () => {
  const index = project.getSourceFileOrThrow(path.join(virtualDir, "index.ts"));
  const exported = [...index.getExportedDeclarations().keys()];
  expect(exported).toEqual(
    expect.arrayContaining([
      "operations",
      "computeSeal",
      "PaymentTokenInitializeRequest",
      "PaymentTokenInitializeResponse",
      "validatePaymentTokenInitializeRequest",
      "validatePaymentTokenInitializeResponse",
      "PAYMENT_TOKEN_INITIALIZE_REQUEST_SEAL_FIELDS",
      "PAYMENT_TOKEN_INITIALIZE_RESPONSE_SEAL_FIELDS",
      "SdkOperationName",
      "RedirectionStatusCode",
      "SealAlgorithm",
      "InterfaceVersionPrefix",
      "ValidationIssue",
      "ValidationResult",
      "OperationDescriptor",
    ]),
  );
});

test("the types are exact: what the spec forbids does not compile", () => {
  const consumer = project.createSourceFile(
    path.join(virtualDir, "..", "consumer.ts"),
    `import { operations, SdkOperationName, type PaymentTokenInitializeRequest, type PaymentTokenInitializeResponse } from "./generated/index.js";
const ok: PaymentTokenInitializeRequest = {
  interfaceVersion: "IR_MB_2.55", keyVersion: 1, merchantId: "002001000000001",
  sdkOperationName: SdkOperationName.CARDORDER, sdkVersion: "2.0.4", seal: "x",
};
// @ts-expect-error another interface prefix
const wrongPrefix: PaymentTokenInitializeRequest["interfaceVersion"] = "IR_WS_2.55";
// @ts-expect-error a value outside the list
const wrongValue: PaymentTokenInitializeRequest["sdkOperationName"] = "CARD_ORDER";
// @ts-expect-error optional fields cannot be set to undefined (exactOptionalPropertyTypes)
const undefinedOptional: PaymentTokenInitializeRequest = { ...ok, customerIpAddress: undefined };
// @ts-expect-error a required field is missing
const missing: PaymentTokenInitializeRequest = { ...ok, seal: undefined };
// Responses admit status codes added after this package was generated.
const newerCode: PaymentTokenInitializeResponse = { seal: "x", redirectionStatusCode: "42" };
const result = operations.paymentTokenInitialize.request.validate(JSON.parse("{}"));
const merchant: string | undefined = result.ok ? result.value.merchantId : undefined;
export { wrongPrefix, wrongValue, undefinedOptional, missing, newerCode, merchant };
`,
  );
  expect(typeErrors(project, consumer.getFilePath())).toEqual([]);
});
