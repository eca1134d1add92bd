// A Paypage operation made from its page, in memory: the saved paymentWebInit
// page (PROD and SIMU, each with a JSON, an HTML form and a SOAP address, and a
// recommended version per interface) and the Paypage response page are added
// to the small fixture spec; sync makes the operation (the response page is
// information), then `sync --check` passes and a second sync writes nothing.
// The generated package types each operation's environments, and its client
// reaches an operation in the environment named, and only there.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import type { ClientConfig, ClientResult, OperationDescriptor } from "../../generated/index.js";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { generateFromInput, type GeneratedFile } from "../../generator/index.js";
import { readPage } from "../../generator/read/page/read-page.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { withTexts } from "../../generator/sync/sync-passes.js";
import { syncSpec } from "../../generator/sync/sync-write.js";
import { fixturesDir, repoRoot } from "../support/paths.js";
import { nativeTypeErrors } from "../support/native-typecheck.js";
import { keptOutput } from "../support/kept-output.js";

const PAGE = "sources/paymentWebInit.page.txt";
const RESPONSE_PAGE = "sources/paypageResponse.page.txt";
const MADE = "operations/paypage/paymentWebInit.yaml";
const pageText = readFileSync(path.join(fixturesDir, "pages", "paymentWebInit.page.txt"), "utf8");
const page = readPage(pageText, PAGE).page;
/** The page's JSON address of an environment, as printed. */
const jsonOf = (env: string): string =>
  page.endpoints.find((e) => e.environment === env && e.kind === "json")?.url ?? "";

/** The input with some files' texts replaced or added (sync's withTexts takes every file's text). */
const withFilesSet = (input: SpecInput, texts: ReadonlyMap<string, string>): SpecInput =>
  withTexts(input, new Map([...input.files.map((f) => [f.relPath, f.text] as const), ...texts]));

let input: SpecInput;
let synced: SpecInput;
let messages: readonly string[];
let made: string;
let files: readonly GeneratedFile[];
let outDir: string;

beforeAll(async () => {
  const base = await readSpecInput(path.join(fixturesDir, "sync", "spec"), repoRoot);
  const pages = new Map(base.pages);
  pages.set(PAGE, pageText);
  pages.set(RESPONSE_PAGE, readFileSync(path.join(fixturesDir, "pages", "paypageResponse.page.txt"), "utf8"));
  input = { ...base, pages, otherPaths: new Set([...base.otherPaths, ...pages.keys()]) };
  const report = await syncSpec(input, await checkSync(input), { family: "Paypage", dryRun: true });
  expect(report.ok, report.messages.join("\n")).toBe(true);
  messages = report.messages;
  made = report.written.get(MADE) ?? "";
  synced = withFilesSet(input, report.written);
  // What the page does not carry, filled in as the maintainer would: the key version is a number.
  const typed = made.replace(
    "    keyVersion:\n      presence: required\n",
    "    keyVersion:\n      presence: required\n      type: integer\n",
  );
  expect(typed).not.toBe(made);
  const generated = await generateFromInput(withFilesSet(input, new Map([...report.written, [MADE, typed]])));
  if (!generated.ok) throw new Error(generated.diagnostics.map(formatDiagnostic).join("\n"));
  files = generated.files;
  outDir = keptOutput("paypage-operation", files, "javascript");
});

describe("sync", () => {
  test("makes the operation with every environment and address by kind, and both recommended versions", () => {
    const soapOf = (env: string) => page.endpoints.find((e) => e.environment === env && e.kind === "soap")?.url;
    const postOf = (env: string) => page.endpoints.find((e) => e.environment === env && e.kind === "post")?.url;
    expect(made).toContain(
      [
        "endpoints:",
        "  prod:",
        `    json: ${jsonOf("prod")}`,
        `    post: ${postOf("prod")}`,
        `    soap: ${soapOf("prod")}`,
        "  simu:",
        `    json: ${jsonOf("simu")}`,
        `    post: ${postOf("simu")}`,
        `    soap: ${soapOf("simu")}`,
        "interfaceVersion:",
        "  prefix: IR_WS_",
        "  recommended:",
        "    HP_: HP_3.4",
        "    IR_WS_: IR_WS_3.4",
        "",
      ].join("\n"),
    );
  });

  test("reads the response page without a defect and makes no operation of it", () => {
    expect(messages.join("\n")).not.toContain(RESPONSE_PAGE.replace("sources/", ""));
    expect([...synced.files.map((f) => f.relPath)].filter((p) => p.startsWith("operations/")).sort()).toEqual([
      "operations/office/cardCheck.yaml",
      MADE,
    ]);
  });

  test("then --check passes, the response page as information, and a second sync writes nothing", async () => {
    const check = await checkSync(synced);
    expect(check.diagnostics.filter((d) => d.severity !== "warning").map(formatDiagnostic)).toEqual([
      `test/fixtures/sync/spec/${RESPONSE_PAGE}:1:1 info page-not-an-operation ${RESPONSE_PAGE} describes a response, not an operation; sync makes no operation of it`,
    ]);
    const again = await syncSpec(synced, check, { family: "Paypage", dryRun: true });
    expect(again.ok).toBe(true);
    expect(again.written.size).toBe(0);
  });
});

describe("the generated package", () => {
  test("types each operation's environments: paymentWebInit has simu, and no test", async () => {
    const consumer = `import { operations, SIPS_ENVIRONMENTS, type SipsEnvironment } from "./index.js";
const simu: string = operations.paymentWebInit.endpoints.simu;
const prod: string = operations.paymentWebInit.endpoints.prod;
// @ts-expect-error paymentWebInit has no TEST environment
const test: string = operations.paymentWebInit.endpoints.test;
const cardTest: string = operations.cardCheck.endpoints.test;
// @ts-expect-error cardCheck has no JSON address in SIMU (only a SOAP one)
const cardSimu: string = operations.cardCheck.endpoints.simu;
const environments: readonly SipsEnvironment[] = SIPS_ENVIRONMENTS;
// @ts-expect-error no operation is in PREPROD
const preprod: SipsEnvironment = "preprod";
export { simu, prod, test, cardTest, cardSimu, environments, preprod };
`;
    const errors = await nativeTypeErrors({ package: { files, more: { "consumer.ts": consumer } } });
    expect(errors).toEqual([]);
  });

  test("the registry gives every address by environment and kind, and the recommended versions by prefix", async () => {
    const { operations } = (await import(pathToFileURL(path.join(outDir, "index.js")).href)) as {
      operations: Record<string, OperationDescriptor<unknown, unknown>>;
    };
    const op = operations["paymentWebInit"];
    const addresses = Object.fromEntries(
      ["prod", "simu"].map((env) => [
        env,
        Object.fromEntries(page.endpoints.filter((e) => e.environment === env).map((e) => [e.kind, e.url])),
      ]),
    );
    expect(op?.addresses).toEqual(addresses);
    expect(op?.endpoints).toEqual({ prod: jsonOf("prod"), simu: jsonOf("simu") });
    expect(op?.interfaceVersion).toEqual({
      prefix: "IR_WS_",
      recommended: "IR_WS_3.4",
      recommendedByPrefix: Object.fromEntries(page.recommended.map((r) => [r.prefix, r.version])),
      // The interface the page's bullet names POST: the versions a POST form's InterfaceVersion takes.
      postPrefix: page.recommended.find((r) => r.label === "POST")?.prefix ?? null,
    });
    expect(op?.interfaceVersion.postPrefix).not.toBeNull();
  });
});

describe("the client", () => {
  /** What this test uses of the package generated for the fixture spec. */
  interface Generated {
    createClient(config: ClientConfig): Record<string, (fields: object) => Promise<ClientResult<unknown>>>;
    SIPS_ENVIRONMENTS: readonly string[];
  }
  const load = async () => (await import(pathToFileURL(path.join(outDir, "index.js")).href)) as Generated;
  const fields = {
    amount: "1000",
    currencyCode: "978",
    interfaceVersion: "IR_WS_",
    normalReturnUrl: "https://shop.example.com/back",
  };
  /** A client whose fetch records each URL and answers an empty object. */
  const clientAt = async (environment: string) => {
    const urls: string[] = [];
    const client = (await load()).createClient({
      // Names made up here too ("preprod"), which the client refuses at run time.
      environment: environment as never,
      merchantId: "002001000000001",
      keyVersion: 1,
      secretKey: "paypage-test-key",
      fetch: async (url) => {
        urls.push(url);
        return { status: 200, text: async () => "{}" };
      },
    });
    return { client, urls };
  };

  test("knows every environment some operation has a JSON address in", async () => {
    expect((await load()).SIPS_ENVIRONMENTS).toEqual(["prod", "simu", "test"]);
  });

  test.each(["simu", "prod"])("under %s, calls the operation's JSON address of that environment", async (env) => {
    const { client, urls } = await clientAt(env);
    await client["paymentWebInit"]?.(fields);
    expect(urls).toEqual([jsonOf(env)]);
  });

  test("an operation that lacks the environment resolves to invalid-request, nothing sent", async () => {
    const { client, urls } = await clientAt("simu");
    const result = await client["cardCheck"]?.({});
    expect(result).toEqual({
      ok: false,
      error: {
        kind: "invalid-request",
        sent: "no",
        message: "cardCheck has no simu endpoint (it has prod, test); it was not sent",
        issues: [{ path: "", code: "required", message: "cardCheck has no simu endpoint (it has prod, test)" }],
        warnings: [],
      },
    });
    expect(urls).toEqual([]);
  });

  test("an environment no operation has is refused at createClient", async () => {
    await expect(clientAt("preprod")).rejects.toThrow(
      new TypeError(
        'environment must be one of prod, simu, test or an http(s) base URL such as "http://127.0.0.1:8080"',
      ),
    );
  });

  test("the mock serves the operation at the path of its PROD JSON address, and the client reaches it there", async () => {
    const { startMockServer } = (await import(pathToFileURL(path.join(outDir, "mock.js")).href)) as {
      startMockServer(options: { secretKey: string }): Promise<{ url: `http://${string}`; close(): Promise<void> }>;
    };
    const mock = await startMockServer({ secretKey: "paypage-test-key" });
    try {
      const client = (await load()).createClient({
        environment: mock.url,
        merchantId: "002001000000001",
        keyVersion: 1,
        secretKey: "paypage-test-key",
      });
      const result = await client["paymentWebInit"]?.(fields);
      expect(result?.ok, JSON.stringify(result)).toBe(true);
    } finally {
      await mock.close();
    }
  });

  test("a base URL takes the path of the operation's primary (PROD) endpoint, as a mock serves it", async () => {
    const { client, urls } = await clientAt("http://127.0.0.1:9/base/");
    await client["paymentWebInit"]?.(fields);
    expect(urls).toEqual([`http://127.0.0.1:9/base${new URL(jsonOf("prod")).pathname}`]);
  });
});
