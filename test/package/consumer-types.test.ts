// The package as downstream projects get it (packed and installed:
// test/support/consumer-project.ts), type-checked by the repository's
// TypeScript under moduleResolution nodenext, node16 and bundler, as ESM and as
// CommonJS (one build of all four, kept while the package's declarations stay
// the same), then run (validate, seal, verify, the client against the mock:
// test/support/consumer-sources.ts); and under node10 by the oldest TypeScript
// the package supports.
import { execFile, execFileSync } from "node:child_process";
import { cpSync, existsSync, writeFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, expect, test } from "vitest";
import { consumerProject } from "../support/consumer-project.js";
import { commonJsConsumer, consumer } from "../support/consumer-sources.js";
import { keptFolder, ownText } from "../support/kept-output.js";
import { nativeTsc } from "../support/native-tsc.js";
import { npm, npmVersion } from "../support/packed-package.js";
import { repoRoot } from "../support/paths.js";
import { registryEnv } from "../support/registry-env.js";
import { treeHash } from "../support/tree-hash.js";

const run = promisify(execFile);
let project: string;
let oldestTypescript: string;
/** What the node10 check's answer depends on besides the compiler: the package's typed files, the config, the consumer, this file. */
let node10Inputs: string;
/** What the consumer's build depends on: the package's typed files, TypeScript's version, configs, sources, this file. */
let buildInputs: string;
/** The folders of the consumer's build, as the configs with an outDir name them. */
const OUTPUTS = ["out", "out-commonjs"];

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
  const made = await consumerProject();
  project = made.dir;
  const { installed } = made;
  const typescript = JSON.parse(
    await readFile(path.join(repoRoot, "node_modules", "typescript", "package.json"), "utf8"),
  ) as { version: string };
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
