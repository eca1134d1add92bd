// The package as downstream projects get it: `npm pack` (the tarball kept
// while nothing packing reads changes), installed from the tarball into an
// empty project (the install kept while the tarball's bytes stay the same),
// type-checked by the repository's TypeScript under moduleResolution
// nodenext, node16 and bundler, as ESM and as CommonJS (one build of all
// four, kept while the package's declarations stay the same), then run
// (validate, seal, verify, the client against the mock);
// under node10 by the oldest TypeScript the package supports; its bin, its
// README and LICENSE, and what a bundler keeps of one operation's subpath.
import { execFile, execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { once } from "node:events";
import { cpSync, existsSync, writeFileSync } from "node:fs";
import { copyFile, mkdtemp, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, expect, onTestFinished, test } from "vitest";
import { keptFolder, ownText } from "../support/kept-output.js";
import { nativeTsc } from "../support/native-tsc.js";
import { npm, npmVersion, packedTarball, pruneOthers } from "../support/packed-package.js";
import { repoRoot } from "../support/paths.js";
import { registryEnv } from "../support/registry-env.js";
import { treeHash } from "../support/tree-hash.js";

const run = promisify(execFile);
let project: string;
/** The README that packing left in the copy it packed (test/support/packed-package.ts), once postpack had run. */
let readmeAfterPacking: string;
let oldestTypescript: string;
/** What the node10 check's answer depends on besides the compiler: the package's typed files, the config, the consumer, this file. */
let node10Inputs: string;
/** What the consumer's build depends on: the package's typed files, TypeScript's version, configs, sources, this file. */
let buildInputs: string;
/** The folders of the consumer's build, as the configs with an outDir name them. */
const OUTPUTS = ["out", "out-commonjs"];

// The project has no @types/node: the two Node globals it uses are declared here,
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
import { createClient } from "sips-json";
import { startMockServer } from "sips-json/mock";
import { decodePaypageResponse, isPaypageResponseGenuine, paypagePostForm, type PaypageResponse, type SecretKeys } from "sips-json/paypage";

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
// A handler typed by its operation: the request's fields, the reply's.
const mock = await startMockServer({
  secretKey,
  handlers: { paymentTokenInitialize: (request) => ({ redirectionStatusCode: request.sdkVersion === "2.0.4" ? "00" : "94" }) },
});
const sips = createClient({ environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey });
const called = await sips.paymentTokenInitialize({ sdkOperationName: SdkOperationName.CARDORDER, sdkVersion: "2.0.4" });
const refused = await createClient({ environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey: "wrong" }).paymentTokenInitialize({ sdkOperationName: "CARDORDER", sdkVersion: "2.0.4" });
await mock.close();
// A change of keys: the mock holds a key per keyVersion, the shop the keys it holds, newest first.
const rotating = await startMockServer({ secretKey: { 1: "old-key", 2: secretKey } });
const onOldKey = await createClient({ environment: rotating.url, merchantId: "002001000000001", keyVersion: 1, secretKey: "old-key" }).paymentTokenInitialize({ sdkOperationName: "CARDORDER", sdkVersion: "2.0.4" });
await rotating.close();
const held: SecretKeys = [secretKey, "old-key"] as const;
const oldForm = paypagePostForm({ amount: 1, currencyCode: "978" }, { environment: "simu", merchantId: "002001000000001", keyVersion: 1, secretKey: "old-key" });
const postForm = paypagePostForm({ amount: 1, currencyCode: "978" }, { environment: "simu", merchantId: "002001000000001", keyVersion: 1, secretKey });
const decoded = decodePaypageResponse("Data=responseCode%3D00", secretKey, { environment: "simu" });
const paid: PaypageResponse | null = decoded.ok ? decoded.response : null;
const nested = validateGetWalletDataResponse({ seal: "x", walletPaymentMeanDataList: [{ panExpiryDate: "2030-01" }] }, { strict: true });

console.log(JSON.stringify({
  requestValid: request.validate(message).ok,
  requestVerified: request.verify(message, secretKey),
  tamperedVerified: request.verify({ ...message, merchantId: "002001000000002" }, secretKey),
  responseValid: checked.ok,
  responseVerified: checked.ok && response.verify(checked.value, secretKey),
  nestedErrors: nested.ok ? [] : nested.errors.map((e) => e.path + " " + e.code),
  // Below the lowest version a request may declare: a TypeError, not a list.
  allowedIn230: (() => {
    try {
      return fieldsAllowedIn(request, "IR_MB_2.30").length;
    } catch (e) {
      return e instanceof TypeError ? "refused" : "other";
    }
  })(),
  allowedIn237: fieldsAllowedIn(request, "IR_MB_2.37").includes("merchantId"),
  clientOk: called.ok && called.response.redirectionStatusCode === "00",
  refusedKind: refused.ok ? null : refused.error.kind,
  schema: import.meta.resolve("sips-json/schemas/paymentTokenInitialize.request.schema.json").endsWith(".schema.json"),
  postFormAction: postForm.ok ? postForm.form.action.startsWith("https://") : postForm.error.message,
  unsealedKind: decoded.ok ? paid : decoded.error.kind,
  oldKeyClientOk: onOldKey.ok,
  oldKeyGenuine: oldForm.ok && isPaypageResponseGenuine(oldForm.form.fields.map((f) => [f.name, f.value]), held),
}));
`;

// A CommonJS project's file: `import … = require(…)` is how a .cts requires under verbatimModuleSyntax, and
// Node (20.19+) loads the ES modules it requires. Its types resolve under module nodenext from TypeScript 5.8.
const commonJsConsumer = `
declare const console: { log(message: string): void };
import sips = require("sips-json");
import paymentTokenInitialize = require("sips-json/paymentTokenInitialize");
import mock = require("sips-json/mock");
import paypage = require("sips-json/paypage");

const secretKey = "002001000000001_KEY1";
const { request } = sips.operations.paymentTokenInitialize;
const unsealed = {
  interfaceVersion: "IR_MB_2.55",
  keyVersion: 1,
  merchantId: "002001000000001",
  sdkOperationName: sips.SdkOperationName.CARDORDER,
  sdkVersion: "2.0.4",
} as const;
const message: sips.PaymentTokenInitializeRequest = { ...unsealed, seal: request.seal(unsealed, secretKey) };
const checked = paymentTokenInitialize.validatePaymentTokenInitializeRequest(message);
console.log(JSON.stringify({
  requestValid: checked.ok,
  requestVerified: request.verify(message, secretKey),
  mock: typeof mock.startMockServer,
  paypage: typeof paypage.decodePaypageResponse,
}));
`;

/** The oldest TypeScript the package supports: 5.0, the first with moduleResolution bundler and verbatimModuleSyntax. */
const OLDEST_TYPESCRIPT = "5.0.4";

type Resolution = "nodenext" | "node16" | "bundler" | "node10";

const tsconfig = (resolution: Resolution, file: string, outDir: string | null) => ({
  compilerOptions: {
    target: "es2022",
    lib: ["es2023"],
    module: resolution === "nodenext" || resolution === "node16" ? resolution : "esnext",
    moduleResolution: resolution,
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noPropertyAccessFromIndexSignature: true,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    skipLibCheck: false,
    types: [],
    ...(outDir ? { outDir } : { noEmit: true }),
  },
  files: [file],
});

/** What the package holds that the consumer's compiler never reads: its prose, and its bin (no declaration names it). */
const PROSE_AND_BIN = new Set(["README.md", "CHANGELOG.md", "LICENSE", "docs", "bin"]);

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), "sips-consumer-"));
  const packed = packedTarball(ownText(import.meta.url));
  readmeAfterPacking = packed.readme;
  const tarball = packed.tarball;
  const typescript = JSON.parse(
    await readFile(path.join(repoRoot, "node_modules", "typescript", "package.json"), "utf8"),
  ) as { version: string };
  // The install is kept under a hash of all it depends on: the tarball's bytes, npm's and node's versions. The
  // same tarball installs the same files, so a run whose package did not change links the install of the last
  // (~3.7 s of CPU less); any change to the package installs it again. The project installs the package alone:
  // its compiler is the repository's TypeScript, the version a consumer's would be, which an install of its own
  // only copied again (27 MB, and a download where npm's cache does not hold it).
  const tarballHash = createHash("sha256")
    .update(await readFile(tarball))
    .digest("hex");
  const key = JSON.stringify([tarballHash, npmVersion(), process.version]);
  const installed = keptFolder("consumer", key, (dir) => {
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    // npm extracts the package's 1,400 files by some 20,000 calls to libuv's pool of threads: one thread rather
    // than four, which on two cores mostly woke and waited on each other (~1.4 s of CPU less an install).
    execFileSync(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund", tarball], {
      cwd: dir,
      stdio: "pipe",
      env: { ...registryEnv(), UV_THREADPOOL_SIZE: "1" },
    });
  });
  // Only the last package's install is of use: the others go (~11 MB each).
  pruneOthers("consumer", installed);
  for (const file of ["package.json", "package-lock.json"])
    await copyFile(path.join(installed, file), path.join(project, file));
  await symlink(path.join(installed, "node_modules"), path.join(project, "node_modules"), "dir");
  // The oldest TypeScript in a folder of its own, kept apart from the tarball's install: it does not change with
  // the package.
  oldestTypescript = keptFolder(
    "typescript",
    JSON.stringify([OLDEST_TYPESCRIPT, npmVersion(), process.version]),
    (dir) => {
      writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "typescript-oldest", private: true }));
      execFileSync(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund", `typescript@${OLDEST_TYPESCRIPT}`], {
        cwd: dir,
        stdio: "pipe",
        env: registryEnv(),
      });
    },
  );
  await writeFile(path.join(project, "consumer.ts"), consumer);
  await writeFile(path.join(project, "consumer.cts"), commonJsConsumer);
  const configs: Record<string, ReturnType<typeof tsconfig>> = {
    nodenext: tsconfig("nodenext", "consumer.ts", "out"),
    bundler: tsconfig("bundler", "consumer.ts", null),
    node16: tsconfig("node16", "consumer.ts", null),
    commonjs: tsconfig("nodenext", "consumer.cts", "out-commonjs"),
    node10: tsconfig("node10", "consumer.ts", null),
  };
  // What a compiler can read of the package: all but its prose and its bin. A change to the README or the
  // changelog makes another tarball, installed again, but leaves the checks of its types as they were.
  const types = treeHash(path.join(installed, "node_modules", "sips-json"), PROSE_AND_BIN);
  node10Inputs = JSON.stringify([types, configs["node10"], consumer, ownText(import.meta.url)]);
  buildInputs = JSON.stringify([
    types,
    typescript.version,
    configs,
    consumer,
    commonJsConsumer,
    ownText(import.meta.url),
  ]);
  for (const [name, config] of Object.entries(configs))
    await writeFile(path.join(project, `tsconfig.${name}.json`), JSON.stringify(config));
}, 300_000);

test("the package brings no runtime dependency", async () => {
  const installed = JSON.parse(
    await readFile(path.join(project, "node_modules", "sips-json", "package.json"), "utf8"),
  ) as Record<string, unknown>;
  expect(installed["dependencies"]).toBeUndefined();
  expect(installed["peerDependencies"]).toBeUndefined();
  const lock = JSON.parse(await readFile(path.join(project, "package-lock.json"), "utf8")) as {
    packages: Record<string, unknown>;
  };
  const packages = Object.keys(lock.packages)
    .filter((p) => p !== "")
    .map((p) => p.replace(/^node_modules\//, ""));
  expect(packages).toEqual(["sips-json"]);
});

test("the package ships the built runtime, the schemas and the OpenAPI document, not the generator", async () => {
  const root = path.join(project, "node_modules", "sips-json");
  const entries = (await readdir(root, { recursive: true })).map(String);
  expect(entries).toContain(path.join("dist", "index.js"));
  expect(entries).toContain(path.join("dist", "operations", "paymentTokenInitialize", "index.d.ts"));
  expect(entries).toContain(path.join("generated", "openapi.json"));
  expect(entries.some((e) => e.startsWith("generator") || e.startsWith("spec") || e.startsWith("templates"))).toBe(
    false,
  );
});

test("a consumer type-checks under moduleResolution bundler, node16 and nodenext, as ESM and as CommonJS, and runs", async () => {
  // All in one run of the consumer's compiler, each config a project of its build: one start-up and one read of
  // the package's declarations, where a run for each paid its own. --verbose heads each project's errors with its name.
  const configs = ["tsconfig.bundler.json", "tsconfig.node16.json", "tsconfig.nodenext.json", "tsconfig.commonjs.json"];
  // The repository's TypeScript (the version the consumer's would be), its native compiler run without the node
  // script of its bin in between. What it
  // builds is kept under all the build reads, as the node10 check's pass (~0.8 s of CPU); a failure is not.
  // A failure throws out of the write, so that nothing is kept in place of a build (a kill cannot leave one).
  let failed: string | null = null;
  const built = (() => {
    try {
      return keptFolder("built-consumer", JSON.stringify([buildInputs, configs]), (dir) => {
        execFileSync(nativeTsc(repoRoot), ["-b", "--verbose", ...configs], { cwd: project, stdio: "pipe" });
        for (const out of OUTPUTS) cpSync(path.join(project, out), path.join(dir, out), { recursive: true });
      });
    } catch (error) {
      failed = String((error as { stdout?: Buffer }).stdout || error);
      return "";
    }
  })();
  expect(failed).toBeNull();
  for (const out of OUTPUTS)
    if (!existsSync(path.join(project, out)))
      cpSync(path.join(built, out), path.join(project, out), { recursive: true });
  const commonJs = await run(process.execPath, [path.join(project, "out-commonjs", "consumer.cjs")], { cwd: project });
  expect(JSON.parse(commonJs.stdout)).toEqual({
    requestValid: true,
    requestVerified: true,
    mock: "function",
    paypage: "function",
  });
  const { stdout } = await run(process.execPath, [path.join(project, "out", "consumer.js")], { cwd: project });
  expect(JSON.parse(stdout)).toEqual({
    requestValid: true,
    requestVerified: true,
    tamperedVerified: false,
    responseValid: true,
    responseVerified: true,
    nestedErrors: ["/walletPaymentMeanDataList/0/panExpiryDate format"],
    allowedIn230: "refused",
    allowedIn237: true,
    clientOk: true,
    refusedKind: "seal-mismatch",
    schema: true,
    postFormAction: true,
    unsealedKind: "unsealed",
    oldKeyClientOk: true,
    oldKeyGenuine: true,
  });
});

test("the oldest TypeScript supported finds every subpath's types under moduleResolution node10", async () => {
  // node10 reads no "exports": package.json's typesVersions maps the subpaths. TypeScript 6 deprecates node10 and
  // 7 has it no more, so the oldest supported runs this; the same run holds the declarations to what it knows.
  // A pass is kept under all it depends on (TypeScript 5 takes ~1.5 s of CPU, where 7 checks three projects in
  // 0.3 s); a failure is not, so that the next run checks again.
  const tsc = path.join(oldestTypescript, "node_modules", "typescript", "bin", "tsc");
  // A failure throws out of the write, so that no pass is kept (a kill cannot leave one).
  let errors: string | null = null;
  try {
    keptFolder("node10-check", JSON.stringify([node10Inputs, path.basename(oldestTypescript)]), () => {
      execFileSync(tsc, ["-p", "tsconfig.node10.json"], { cwd: project, stdio: "pipe" });
    });
  } catch (error) {
    errors = String((error as { stdout?: Buffer }).stdout || error);
  }
  expect(errors).toBeNull();
});

test("the package ships LICENSE, CHANGELOG.md, declaration maps with their sources, and the users' README whose links resolve", async () => {
  const root = path.join(project, "node_modules", "sips-json");
  expect(existsSync(path.join(root, "LICENSE"))).toBe(true);
  expect(existsSync(path.join(root, "CHANGELOG.md"))).toBe(true);
  const map = JSON.parse(await readFile(path.join(root, "dist", "client.d.ts.map"), "utf8")) as { sources: string[] };
  for (const source of map.sources) expect(existsSync(path.join(root, "dist", source))).toBe(true);
  const readme = await readFile(path.join(root, "README.md"), "utf8");
  expect(readme).toBe(await readFile(path.join(repoRoot, "docs", "package-readme.md"), "utf8"));
  const prose = readme.replace(/```[\s\S]*?```/g, "").replace(/`[^`]*`/g, "");
  const links = [...prose.matchAll(/\]\(([^)#]+)(#[^)]*)?\)/g)]
    .map((m) => m[1] ?? "")
    .filter((l) => !/^[a-z]+:/.test(l));
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) expect(existsSync(path.join(root, link)), link).toBe(true);
  // Packing puts the maintainer's README back.
  expect(await readFile(readmeAfterPacking, "utf8")).toBe(await readFile(path.join(repoRoot, "README.md"), "utf8"));
  expect(readme).not.toBe(await readFile(path.join(repoRoot, "README.md"), "utf8"));
});

test("bundling one operation's subpath keeps no other operation, the main entry no node:http, and what the README says a browser bundle may hold no node: module", async () => {
  const { build } = await import("esbuild");
  const bundle = async (code: string, platform: "node" | "browser" = "node") => {
    const result = await build({
      stdin: { contents: code, resolveDir: project, loader: "js" },
      bundle: true,
      write: false,
      format: "esm",
      platform,
      treeShaking: true,
      // For the browser, as the README tells: esbuild resolves each module before it drops those unused.
      ...(platform === "browser" ? { external: ["node:*"] } : {}),
    });
    return result.outputFiles[0]?.text ?? "";
  };
  const spec = JSON.parse(
    await readFile(path.join(project, "node_modules", "sips-json", "generated", "openapi.json"), "utf8"),
  ) as { paths: Record<string, unknown> };
  const others = Object.keys(spec.paths).filter((p) => !p.endsWith("/paymentTokenInitialize"));
  expect(others.length).toBeGreaterThan(0);
  const one = await bundle(
    'export { callPaymentTokenInitialize, validatePaymentTokenInitializeRequest } from "sips-json/paymentTokenInitialize";',
  );
  expect(one).toContain("/paymentTokenInitialize");
  for (const other of others) expect(one).not.toContain(other);
  const main = await bundle('export { createClient, operations } from "sips-json";');
  expect(main).not.toContain("node:http");
  const browser = await bundle(
    `export { validatePaymentWebInitRequest, isSdkOperationName, SDK_OPERATION_NAME_VALUES, formatIssue,
      paypageRedirectionForm, renderPaypageAutoPost } from "sips-json";
    export { validatePaypageResponse } from "sips-json/paypage";`,
    "browser",
  );
  expect(browser).toContain("/currencyCode");
  expect(browser).not.toMatch(/node:|\bBuffer\b|\bprocess\b/);
  // What the README says a browser has not: the seal's node:crypto.
  expect(await bundle('export { decodePaypageResponse } from "sips-json/paypage";', "browser")).toContain(
    "node:crypto",
  );
});

/** The URL the mock started by `child` announces on its standard output (after the pid `sh` prints first, if any). */
async function announced(child: ReturnType<typeof spawn>): Promise<{ url: string; out: string }> {
  let out = "";
  while (!/listening on (http\S+)/.test(out)) {
    const [chunk] = (await once(child.stdout as NodeJS.ReadableStream, "data")) as [Buffer];
    out += chunk.toString();
  }
  return { url: /listening on (http\S+)/.exec(out)?.[1] ?? "", out };
}

test.each(["SIGTERM", "SIGINT"] as const)(
  "the bin runs the mock server from the built package until it is stopped (%s)",
  async (signal) => {
    const bin = path.join(project, "node_modules", ".bin", "sips-json");
    const child = spawn(bin, ["mock", "--port", "0", "--key", "bin-key"], {
      cwd: project,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const { url } = await announced(child);
    const reply = await fetch(`${url}/nowhere`, { method: "POST", body: "{}" });
    expect(reply.status).toBe(404);
    child.kill(signal);
    const [code] = (await once(child, "exit")) as [number | null];
    expect(code).toBe(0);
  },
);

test("the bin's mock without its options is a usage error: exit 1", async () => {
  const bin = path.join(project, "node_modules", ".bin", "sips-json");
  const usage = await run(bin, ["mock"], { cwd: project }).catch((error: { code: number; stderr: string }) => error);
  expect(usage).toMatchObject({ code: 1 });
});

test("started by npm (npx), the bin stops when the shell npm ran it under goes, which a SIGTERM to npx ends", async () => {
  const bin = path.join(project, "node_modules", ".bin", "sips-json");
  // As npm exec runs it: under a shell, with npm_command set; the shell prints the bin's pid, then waits for it.
  const shell = spawn("sh", ["-c", '"$0" mock --port 0 --key bin-key & echo "$!"; wait', bin], {
    cwd: project,
    env: { ...process.env, npm_command: "exec" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const { out } = await announced(shell);
  const pid = Number(out.split("\n")[0]);
  // The bin's standard output is the shell's: it closes once the bin has ended too.
  const closed = once(shell.stdout, "close");
  // A bin that runs on fails the test by its timeout, and is ended then (only then: its pid may be another's once it ended).
  let ended = false;
  onTestFinished(() => {
    if (!ended) process.kill(pid, "SIGKILL");
  });
  shell.kill("SIGTERM");
  await once(shell, "exit");
  await closed;
  ended = true;
});
