// npm run bench [-- --quick]: validators, seal, Paypage, client and generation, written to
// bench/RESULTS.md. --quick leaves out the 1000-operation spec and npm test.
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { benchClient } from "./client.js";
import { benchPaypage } from "./paypage.js";
import { benchSize, benchStartup, installOpenapiTypescript, type SizeResult } from "./generation.js";
import { benchIncremental, benchWatch } from "./one-edit.js";
import type { Timing } from "./timed-process.js";
import { renderResults } from "./report.js";
import { benchAllocations } from "./allocations.js";
import { benchSeal } from "./seal.js";
import { removeSetAside } from "./set-aside.js";
import { benchTestSuite, type TestSuiteRun } from "./test-suite.js";
import { benchValidators } from "./validators.js";

const quick = process.argv.includes("--quick");
const started = performance.now();
// The one-minute load average around the run, for the report's header: the numbers come from a shared machine.
const loadBefore = loadavg()[0] ?? 0;
const log = (text: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${text}`);

log("validators");
const validators = await benchValidators(7, 40);
log("allocations of the validators (a child process)");
const allocations = benchAllocations();
log("seal");
const seal = await benchSeal(7, 40);
log("Paypage response");
const paypage = benchPaypage(41, 2000);
log("client against the mock server");
const client = await benchClient(61, 40);
log("installing openapi-typescript (with the TypeScript 5 it needs) apart from the project");
const ott = await installOpenapiTypescript();
if (!ott) log("openapi-typescript could not be installed: its column stays empty");

const sizes: { name: string; result: SizeResult }[] = [];
for (const [name, operations, plan] of [
  // Twelve pairs of a first run and a first check, six in each order, judged on their CPU ratio: the "--check no
  // slower" rows allow 5%, a pair's wall ratio swings by far more (0.56–1.55x over 24 pairs of 10 operations at a
  // load of 14) and its CPU ratio by about that much (0.90–1.09x); drawn from those pairs, the median of six CPU
  // ratios is over 1.05x in 1.3% of the draws, of twelve in 0.2% (of twelve wall ratios, in 30%).
  ["real spec", "real", { firstRepeats: 12, checkFirst: true, repeats: 3, ottRepeats: 3 }],
  ["synthetic", 10, { firstRepeats: 12, checkFirst: true, repeats: 3, ottRepeats: 3 }],
  ["synthetic", 100, { firstRepeats: 12, checkFirst: true, repeats: 3, ottRepeats: 2 }],
  // Five pairs: with two, a median was the mean of two runs, one of them the first after a first run (which does
  // work once that the others do not) or one slowed by the machine's load. The first runs and openapi-typescript
  // alternate, two of each (ours, theirs, theirs, ours): its target sits within the noise of one run of each.
  ...(quick
    ? []
    : [
        [
          "synthetic",
          1000,
          { firstRepeats: 2, checkFirst: false, repeats: 5, ottRepeats: 2, ottBeside: true },
        ] as const,
      ]),
] as const) {
  log(`generation: ${name} ${operations}`);
  sizes.push({
    name: `${name}${operations === "real" ? "" : ` ${operations}`}`,
    result: await benchSize(operations, plan, ott),
  });
}
let incremental: { generate: Timing; check: Timing } | null = null;
let watch: Timing | null = null;
if (!quick) {
  log("generation: one operation changed among 1000");
  incremental = await benchIncremental(1000, 3);
  log("generation: --watch, one operation changed among 1000");
  watch = await benchWatch(1000, 5);
}
const startup = await benchStartup(3);
let testSuite: TestSuiteRun | null = null;
if (!quick) {
  log("npm test");
  testSuite = benchTestSuite();
}

const text = renderResults({
  date: new Date().toISOString().slice(0, 10),
  options: quick ? " -- --quick" : "",
  validators,
  seal,
  allocations,
  paypage,
  client,
  sizes,
  incremental,
  watch,
  startup,
  testSuite,
  minutes: (performance.now() - started) / 60000,
  load: [loadBefore, loadavg()[0] ?? 0],
});
writeFileSync(fileURLToPath(new URL("RESULTS.md", import.meta.url)), text);
console.log(text);
removeSetAside();
