// The promise of the tool: a new Sips operation is a YAML file, not code. This
// writes one (with a container, a list of containers, a list of codes and a new
// value list) into a copy of the spec, runs the generator as a library, then
// type-checks and runs what it produced.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, expect, test } from "vitest";
import type { GeneratedFile } from "../../generator/index.js";
import { nativeTypeErrors } from "../support/native-typecheck.js";
import { tempWorkspace, writeFiles } from "../support/temp-spec.js";
import { keptGeneration } from "../support/kept-generation.js";

const operation = `
operation: deliveryCheck
summary: Checks where a parcel can be delivered (an operation written for this test).
family: Office
effect: changes
method: POST
endpoints:
  prod: https://office-server.sogenactif.com/rs-services/v2/delivery/deliveryCheck
  test: https://office-server-sogenactif.test.sips-services.com/rs-services/v2/delivery/deliveryCheck
interfaceVersion:
  prefix: DL_WS_
  recommended: DL_WS_1.2
request:
  fields:
    interfaceVersion: { from: dictionary, presence: required, since: "1.0" }
    keyVersion: { from: dictionary, presence: required, since: "1.0" }
    merchantId: { from: dictionary, presence: required, since: "1.0" }
    seal: { from: dictionary, presence: required, since: "1.0" }
    deliveryAddress:
      presence: required
      since: "1.0"
      type: container
      description: Where to deliver.
      fields:
        zipCode: { presence: required, since: "1.0", format: AN10, description: Postal code. }
        city: { presence: optional, since: "1.2", format: ANSU50, description: City. }
    carriers:
      presence: optional
      since: "1.2"
      type: list
      description: Carriers to consider.
      items: { valueList: carrier }
    parcels:
      presence: optional
      since: "1.2"
      type: list
      description: Parcels to deliver.
      items:
        type: container
        fields:
          weight: { presence: required, since: "1.2", format: N6, description: Weight in grams. }
response:
  fields:
    seal: { from: dictionary, presence: required, since: "1.0" }
    deliveryResponseCode: { presence: required, since: "1.0", valueList: carrier, description: Chosen carrier. }
    eta: { presence: optional, since: "1.2", format: N4, description: Minutes to delivery. }
    slotList:
      presence: optional
      since: "1.0"
      type: list
      description: Delivery slots.
      items:
        type: container
        fields:
          day: { presence: required, since: "1.0", format: N8, description: Day (YYYYMMDD). }
          carrier: { presence: optional, since: "1.0", valueList: carrier, description: Carrier of the slot. }
`;

const carriers = `
valueLists:
  carrier:
    values:
      POST: { meaning: The national post }
      EXPRESS: { meaning: An express carrier }
`;

/** A consumer of the new operation's types and descriptor. */
const consumer = `import { operations, type DeliveryCheckRequest } from "./index.js";
const request = {
  interfaceVersion: "DL_WS_1.2",
  keyVersion: 1,
  merchantId: "002001000000001",
  deliveryAddress: { zipCode: "75001" },
  carriers: ["POST", "EXPRESS"],
  parcels: [{ weight: "1200" }, { weight: "300" }],
} as const;
const { request: descriptor } = operations.deliveryCheck;
const seal = descriptor.seal(request, "secret");
const sealed: DeliveryCheckRequest = { ...request, seal };
const checks = [descriptor.validate(sealed).ok, descriptor.verify(sealed, "secret"), descriptor.sealingString(request)];
export { checks };
`;

let files: readonly GeneratedFile[];
let outDir: string;
/** One run of the compiler over the generated files and the consumer beside them: type errors by file. */
let errors: string[];
const errorsIn = (prefix: string) => errors.filter((e) => e.startsWith(prefix));

beforeAll(async () => {
  const { spec } = await tempWorkspace();
  await writeFiles(spec, { "operations/office/deliveryCheck.yaml": operation, "dictionary/carriers.yaml": carriers });
  const result = await keptGeneration(spec, "new-operation");
  files = result.files;
  outDir = result.dir;
  errors = await nativeTypeErrors({ package: { files, more: { "consumer.ts": consumer } } });
});

test("the new operation gets every artifact", () => {
  const paths = files.map((f) => f.path);
  for (const name of ["types.ts", "validators.ts", "seal.ts", "descriptor.ts", "index.ts", "CHANGELOG.md"]) {
    expect(paths).toContain(`operations/deliveryCheck/${name}`);
  }
  expect(files.find((f) => f.path === "operations/deliveryCheck/CHANGELOG.md")?.content).toContain(
    "| 1.2 | city | Request | deliveryAddress |",
  );
});

test("everything generated type-checks under strict options", () => {
  expect(errors.filter((e) => !e.startsWith("package/consumer.ts"))).toEqual([]);
});

test("an `as const` request with a list of containers type-checks, and seal, validate and verify take it", () => {
  expect(errorsIn("package/consumer.ts")).toEqual([]);
});

test("the generated code runs: registry, validation at nested paths, seal and verify", async () => {
  const generated = (await import(
    pathToFileURL(path.join(outDir, "index.js")).href
  )) as typeof import("../../generated/index.js") & {
    operations: Record<
      string,
      import("../../generated/index.js").OperationDescriptor<Record<string, unknown>, Record<string, unknown>>
    >;
  };
  const op = generated.operations["deliveryCheck"];
  if (!op) throw new Error("deliveryCheck is not in the registry");
  expect(op.endpoints.test).toMatch(/deliveryCheck$/);
  const request = {
    interfaceVersion: "DL_WS_1.0",
    keyVersion: 1,
    merchantId: "002001000000001",
    deliveryAddress: { zipCode: "75001", city: "Paris" },
    carriers: ["POST", "DRONE"],
  };
  const checked = op.request.validate(request);
  expect(checked.ok ? [] : checked.errors.map((e) => `${e.path} ${e.code}`)).toEqual([
    "/seal required",
    "/deliveryAddress/city version",
    "/carriers/1 unknown-value",
    "/carriers version",
  ]);
  const sealed = { ...request, interfaceVersion: "DL_WS_1.2", carriers: ["POST"], seal: "" };
  sealed.seal = op.request.seal(sealed, "secret");
  expect(op.request.validate(sealed)).toMatchObject({ ok: true });
  // carriers, deliveryAddress {city, zipCode}, interfaceVersion, merchantId; keyVersion and seal left out.
  expect(op.request.sealingString(sealed)).toBe("POST" + "Paris75001" + "DL_WS_1.2" + "002001000000001");
  expect(op.request.verify(sealed, "secret")).toBe(true);
  const response = {
    seal: "",
    deliveryResponseCode: "POST",
    slotList: [{ day: "20261201", carrier: "EXPRESS" }, { day: "2026-12-02" }],
  };
  const lenient = op.response.validate(response);
  expect(lenient.ok && lenient.warnings.map((w) => `${w.path} ${w.code}`)).toEqual(["/slotList/1/day format"]);
  // A response field newer than a pinned version is a warning, an error when strict; fields of 1.0 are in every version.
  const timed = { seal: "", deliveryResponseCode: "POST", eta: "45" };
  const pinned = op.response.validate(timed, { interfaceVersion: "1.0" });
  expect(pinned.ok && pinned.warnings.map((w) => `${w.path} ${w.code}`)).toEqual(["/eta version"]);
  expect(op.response.validate(timed, { interfaceVersion: "1.0", strict: true }).ok).toBe(false);
  expect(op.response.validate(timed, { interfaceVersion: "0.9", strict: true }).ok).toBe(false);
  expect(op.response.validate({ ...timed, eta: undefined }, { interfaceVersion: "0.9", strict: true }).ok).toBe(true);
});
