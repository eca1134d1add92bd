// The package as downstream projects get it: `npm pack`, installed from the
// tarball into an empty project that has only TypeScript, type-checked under
// moduleResolution nodenext and bundler, then run (validate, seal, verify).
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, expect, test } from "vitest";
import { repoRoot } from "../support/paths.js";

const run = promisify(execFile);
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
let project: string;

// The project has only TypeScript (no @types/node): the two Node globals it uses are declared here,
// which also shows that the package's declarations need nothing from @types/node.
const consumer = `
declare const console: { log(message: string): void };
declare global {
  interface ImportMeta {
    resolve(specifier: string): string;
  }
}

import { operations, fieldsAllowedIn, SdkOperationName, type PaymentTokenInitializeRequest, type ValidationResult } from "sips-json";
import { validatePaymentTokenInitializeResponse, type PaymentTokenInitializeResponse } from "sips-json/paymentTokenInitialize";
import { validateGetWalletDataResponse } from "sips-json/getWalletData";

const secretKey = "002001000000001_KEY1";
const { request, response } = operations.paymentTokenInitialize;
const unsealed = {
  interfaceVersion: "IR_MB_2.55",
  keyVersion: 1,
  merchantId: "002001000000001",
  sdkOperationName: SdkOperationName.CARDORDER,
  sdkVersion: "2.0.4",
} as const;
const message: PaymentTokenInitializeRequest = { ...unsealed, seal: request.seal(unsealed, secretKey) };
const reply: PaymentTokenInitializeResponse = { redirectionStatusCode: "00", seal: "" };
reply.seal = response.seal(reply, secretKey);
const checked: ValidationResult<PaymentTokenInitializeResponse> = validatePaymentTokenInitializeResponse(JSON.parse(JSON.stringify(reply)));
const nested = validateGetWalletDataResponse({ seal: "x", walletPaymentMeanDataList: [{ panExpiryDate: "2030-01" }] }, { strict: true });

console.log(JSON.stringify({
  requestValid: request.validate(message).ok,
  requestVerified: request.verify(message, secretKey),
  tamperedVerified: request.verify({ ...message, merchantId: "002001000000002" }, secretKey),
  responseValid: checked.ok,
  responseVerified: checked.ok && response.verify(checked.value, secretKey),
  nestedErrors: nested.ok ? [] : nested.errors.map((e) => e.path + " " + e.code),
  allowedIn230: fieldsAllowedIn(request, "IR_MB_2.30").length,
  schema: import.meta.resolve("sips-json/schemas/paymentTokenInitialize.request.schema.json").endsWith(".schema.json"),
}));
`;

const tsconfig = (resolution: "nodenext" | "bundler", outDir: string | null) => ({
  compilerOptions: {
    target: "es2022",
    lib: ["es2023"],
    module: resolution === "nodenext" ? "nodenext" : "esnext",
    moduleResolution: resolution,
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    verbatimModuleSyntax: true,
    skipLibCheck: false,
    types: [],
    ...(outDir ? { outDir } : { noEmit: true }),
  },
  files: ["consumer.ts"],
});

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), "sips-consumer-"));
  // prepack builds dist/ first.
  const { stdout } = await run(npm, ["pack", "--silent", "--pack-destination", project], { cwd: repoRoot });
  const tarball = path.join(project, stdout.trim().split("\n").at(-1) ?? "");
  const typescript = JSON.parse(await readFile(path.join(repoRoot, "node_modules", "typescript", "package.json"), "utf8")) as { version: string };
  await writeFile(path.join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  await run(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund", tarball, `typescript@${typescript.version}`], { cwd: project });
  await writeFile(path.join(project, "consumer.ts"), consumer);
  await writeFile(path.join(project, "tsconfig.nodenext.json"), JSON.stringify(tsconfig("nodenext", "out")));
  await writeFile(path.join(project, "tsconfig.bundler.json"), JSON.stringify(tsconfig("bundler", null)));
}, 300_000);

const tsc = (config: string) => run(path.join(project, "node_modules", ".bin", "tsc"), ["-p", config], { cwd: project });

test("the package brings no runtime dependency", async () => {
  const installed = JSON.parse(await readFile(path.join(project, "node_modules", "sips-json", "package.json"), "utf8")) as Record<string, unknown>;
  expect(installed["dependencies"]).toBeUndefined();
  expect(installed["peerDependencies"]).toBeUndefined();
  const lock = JSON.parse(await readFile(path.join(project, "package-lock.json"), "utf8")) as { packages: Record<string, unknown> };
  const packages = Object.keys(lock.packages).filter((p) => p !== "").map((p) => p.replace(/^node_modules\//, ""));
  expect(packages.filter((p) => !p.startsWith("typescript") && !p.startsWith("@typescript/"))).toEqual(["sips-json"]);
});

test("the package ships the built runtime, the schemas and the OpenAPI document, not the generator", async () => {
  const root = path.join(project, "node_modules", "sips-json");
  const entries = (await readdir(root, { recursive: true })).map(String);
  expect(entries).toContain(path.join("dist", "index.js"));
  expect(entries).toContain(path.join("dist", "operations", "paymentTokenInitialize", "index.d.ts"));
  expect(entries).toContain(path.join("generated", "openapi.json"));
  expect(entries.some((e) => e.startsWith("generator") || e.startsWith("spec") || e.startsWith("templates"))).toBe(false);
});

test("a consumer type-checks under moduleResolution bundler", async () => {
  await expect(tsc("tsconfig.bundler.json")).resolves.toBeDefined();
});

test("a consumer type-checks under moduleResolution nodenext and runs", async () => {
  await tsc("tsconfig.nodenext.json");
  const { stdout } = await run(process.execPath, [path.join(project, "out", "consumer.js")], { cwd: project });
  expect(JSON.parse(stdout)).toEqual({
    requestValid: true,
    requestVerified: true,
    tamperedVerified: false,
    responseValid: true,
    responseVerified: true,
    nestedErrors: ["/walletPaymentMeanDataList/0/panExpiryDate format"],
    allowedIn230: 0,
    schema: true,
  });
});
