// The bench's sections on the two ways of running the package's code: through
// tsx's transform of generated/ (what the bench timed before) and the compiled
// dist/ (what a consumer runs, and what the bench times now; package-code.ts).
// One process per section and way, the two alternating (every other pair in
// the other order), each section as the bench runs it; prints, per section,
// each pair's numbers and the median of the pairs' ratios (dist over tsx),
// with the load of the moment.
//   node --import tsx bench/code-side-by-side.ts [validators] [seal] [paypage] [client] [--pairs 3]
import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { PackageCode } from "./package-code.js";
import { median, ratioOf, type Measured } from "./stats.js";

const SECTIONS = ["validators", "seal", "paypage", "client"] as const;
type Section = (typeof SECTIONS)[number];
/** A section's numbers, by name: times in nanoseconds, ratios as they are. */
type Numbers = Record<string, number>;

const byName = (results: readonly Measured[], name: string): Measured => {
  const found = results.find((m) => m.name === name);
  if (!found) throw new Error(`no result named ${name}`);
  return found;
};

/** Runs one section as npm run bench does (bench/run.ts) and keeps the numbers its targets and tables use. */
async function measureSection(section: Section): Promise<Numbers> {
  const out: Numbers = {};
  if (section === "validators") {
    const { benchValidators } = await import("./validators.js");
    for (const { scenario, results, cycles } of await benchValidators(7, 40)) {
      const ours = byName(results, "generated");
      out[`${scenario}: generated, fastest batch (ns)`] = cycles.fastest.generated ?? Number.NaN;
      out[`${scenario}: x ajv, first clock`] = ratioOf(ours, byName(results, "ajv"));
      out[`${scenario}: x ajv, second clock`] = cycles.firstOver.ajv ?? Number.NaN;
    }
  } else if (section === "seal") {
    const { benchSeal } = await import("./seal.js");
    for (const { scenario, results, cycles } of await benchSeal(7, 40)) {
      out[`${scenario}: seal(), fastest batch (ns)`] = cycles.fastest["generated seal()"] ?? Number.NaN;
      out[`${scenario}: seal() x bare HMAC, first clock`] = ratioOf(
        byName(results, "generated seal()"),
        byName(results, "bare HMAC"),
      );
      out[`${scenario}: seal() x bare HMAC, second clock`] = 1 / (cycles.firstOver["generated seal()"] ?? Number.NaN);
    }
  } else if (section === "paypage") {
    const { benchPaypage } = await import("./paypage.js");
    const [decode, bare] = benchPaypage(41, 2000);
    if (!decode || !bare) throw new Error("the Paypage section measured nothing");
    out["decodePaypageResponse (ns, CPU)"] = decode.median;
    out["decodePaypageResponse x bare check"] = ratioOf(decode, bare);
  } else {
    const { benchClient, clientMeasure } = await import("./client.js");
    const results = await benchClient(61, 40);
    const [call, bare, alone] = ["client call", "bare fetch", "client work alone"].map((n) =>
      clientMeasure(results, n),
    );
    if (!call || !bare || !alone) throw new Error("the client section measured nothing");
    out["client work alone (ns)"] = alone.median;
    out["bare fetch (ns)"] = bare.median;
    out["client call x bare fetch"] = ratioOf(call, bare);
  }
  return out;
}

const self = fileURLToPath(import.meta.url);

/** One section in a fresh process, on one way of running the package: its numbers and the load as it started. */
function child(section: Section, code: PackageCode): { numbers: Numbers; load: number } {
  const load = loadavg()[0] ?? Number.NaN;
  const text = execFileSync(process.execPath, ["--import", "tsx", self, "--child", section], {
    encoding: "utf8",
    env: { ...process.env, SIPS_BENCH_CODE: code },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return { numbers: JSON.parse(text.trim().split("\n").at(-1) ?? "{}") as Numbers, load };
}

const fixed = (n: number): string => (n >= 100 ? n.toFixed(0) : n < 10 ? n.toFixed(2) : n.toFixed(1));

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { child: { type: "string" }, pairs: { type: "string", default: "3" } },
  });
  if (values.child !== undefined) {
    const numbers = await measureSection(values.child as Section);
    process.stdout.write(`\n${JSON.stringify(numbers)}\n`);
    return;
  }
  // Built once here: the children, both ways, time the same output (package-code.ts builds in its first importer).
  await import("./package-code.js");
  const sections = SECTIONS.filter((s) => positionals.length === 0 || positionals.includes(s));
  const pairs = Number(values.pairs);
  for (const section of sections) {
    const runs: Record<PackageCode, Numbers[]> = { tsx: [], dist: [] };
    const loads: number[] = [];
    for (let pair = 0; pair < pairs; pair++) {
      for (const code of pair % 2 === 0 ? (["tsx", "dist"] as const) : (["dist", "tsx"] as const)) {
        const { numbers, load } = child(section, code);
        runs[code].push(numbers);
        loads.push(load);
      }
    }
    console.log(
      `\n${section}: ${pairs} interleaved pairs of processes, load ${fixed(Math.min(...loads))}–${fixed(Math.max(...loads))}`,
    );
    console.log("| measure | tsx (each pair) | dist (each pair) | dist / tsx, median of the pairs |");
    console.log("| --- | --- | --- | --- |");
    for (const name of Object.keys(runs.tsx[0] ?? {})) {
      const tsx = runs.tsx.map((n) => n[name] ?? Number.NaN);
      const dist = runs.dist.map((n) => n[name] ?? Number.NaN);
      const ratio = median(dist.map((d, i) => d / (tsx[i] ?? Number.NaN)));
      console.log(`| ${name} | ${tsx.map(fixed).join(", ")} | ${dist.map(fixed).join(", ")} | ${ratio.toFixed(2)}x |`);
    }
  }
}

await main();
