// Generation as maintainers run it: `npm run generate` as a cold process, on
// the real spec and on synthetic specs of 10, 100 and 1000 operations, first
// with an empty memo and then with the memo of the previous run; `--check`
// likewise; one operation changed among 1000 (generate, then --check); the
// time from a save to the summary of `--watch`; and openapi-typescript on the
// OpenAPI document of the same operations, beside it.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { makeSyntheticSpec } from "./make-synthetic-spec.js";
import { setAside } from "./set-aside.js";
import { median } from "./stats.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const work = path.join(root, "bench", ".work");
const preload = path.join(root, "bench", "rss-preload.mjs");

/** Wall time, CPU time (user + system, all its processes) and peak memory of one cold process. */
export interface Run {
  readonly ms: number;
  readonly cpuMs: number;
  readonly rssMiB: number;
}

/** Several runs of one command: median and spread. */
export interface Timing {
  readonly label: string;
  readonly runs: readonly Run[];
  readonly medianMs: number;
  readonly lowMs: number;
  readonly highMs: number;
  /** Median CPU time: the work done, which the machine's load does not change as much as the wall time. */
  readonly cpuMs: number;
  readonly rssMiB: number;
}

function once(command: string, args: readonly string[], allowFailure = false): Promise<Run> {
  const rssFile = path.join(work, `rss-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, NODE_OPTIONS: `--import=${preload}`, BENCH_RSS_FILE: rssFile },
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code) => {
      const ms = performance.now() - started;
      const usage = existsSync(rssFile)
        ? readFileSync(rssFile, "utf8")
            .trim()
            .split("\n")
            .map((line) => line.split(" ").map(Number))
        : [];
      const rss = Math.max(0, ...usage.map(([kib = 0]) => kib));
      const cpuMs = usage.reduce((sum, [, us = 0]) => sum + us / 1000, 0);
      rmSync(rssFile, { force: true });
      if (code !== 0 && !allowFailure)
        reject(new Error(`${command} ${args.join(" ")} exited ${code}: ${stderr.slice(-500)}`));
      else resolve({ ms, cpuMs, rssMiB: rss / 1024 });
    });
  });
}

async function timing(label: string, repeats: number, run: () => Promise<Run>): Promise<Timing> {
  const runs: Run[] = [];
  for (let i = 0; i < repeats; i++) runs.push(await run());
  return summary(label, runs);
}

function summary(label: string, runs: readonly Run[]): Timing {
  const ms = runs.map((r) => r.ms);
  return {
    label,
    runs,
    medianMs: median(ms),
    lowMs: Math.min(...ms),
    highMs: Math.max(...ms),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    rssMiB: Math.max(...runs.map((r) => r.rssMiB)),
  };
}

const generate = (spec: string, out: string, cache: string, ...extra: string[]) =>
  once("npm", ["run", "-s", "generate", "--", "--quiet", "--spec", spec, "--out", out, "--cache-dir", cache, ...extra]);

export interface SizeResult {
  readonly operations: number;
  /** What a run writes: files, and the size of openapi.json (a shared file rebuilt on every run). */
  readonly outputFiles: number;
  readonly openapiMiB: number;
  readonly first: Timing;
  readonly firstCheck: Timing | null;
  readonly warm: Timing;
  readonly warmCheck: Timing;
  readonly openapiTypescript: Timing | null;
}

/** One spec size: its timings, each in fresh folders under bench/.work. */
export async function benchSize(
  operations: number | "real",
  plan: {
    firstRepeats: number;
    checkFirst: boolean;
    repeats: number;
    ottRepeats: number;
    /**
     * openapi-typescript timed beside the first runs, one of its runs per first run, in pairs of opposite order
     * (ours, theirs, theirs, ours): where one run of each is compared, the machine's drift between the two is the
     * measure. Else it runs `ottRepeats` times after every run of ours.
     */
    ottBeside?: boolean;
  },
  ott: string | null,
): Promise<SizeResult> {
  const name = operations === "real" ? "real" : String(operations);
  const base = path.join(work, `size-${name}`);
  setAside(base);
  await mkdir(base, { recursive: true });
  const spec = operations === "real" ? path.join(root, "spec") : path.join(base, "spec");
  if (operations !== "real") await makeSyntheticSpec(operations, spec);
  const out = path.join(base, "generated");
  const cache = path.join(base, "cache");
  // Set aside rather than removed: a first run right after some 18,500 files were removed paid for them
  // (set-aside.ts).
  const fresh = () => {
    setAside(out);
    setAside(cache);
  };
  // First runs and first checks alternate, the same number of each, so that the machine's drift weighs on both
  // alike: a generate into an empty output with an empty memo, then a check with its memo removed against the
  // output that generate wrote; every other pair the other way round (the check then compares the output the
  // pair before wrote), so that a steady drift favours neither.
  const firstRuns: Run[] = [];
  const firstCheckRuns: Run[] = [];
  const firstRun = async () => {
    fresh();
    firstRuns.push(await generate(spec, out, cache));
  };
  const firstCheckRun = async () => {
    setAside(cache);
    firstCheckRuns.push(await generate(spec, out, cache, "--check"));
  };
  const ottRuns: Run[] = [];
  // The openapi.json of the first run before: the same operations' document, whichever run wrote it.
  const ottRun = async (cli: string) => {
    ottRuns.push(
      await once(process.execPath, [cli, path.join(out, "openapi.json"), "-o", path.join(base, "openapi-types.ts")]),
    );
  };
  for (let i = 0; i < plan.firstRepeats; i++) {
    const ours = async () => {
      if (!plan.checkFirst) await firstRun();
      else if (i % 2 === 0) await firstRun().then(firstCheckRun);
      else await firstCheckRun().then(firstRun);
    };
    if (!(ott && plan.ottBeside)) await ours();
    else if (i % 2 === 0) await ours().then(() => ottRun(ott));
    else await ottRun(ott).then(ours);
  }
  const first = summary("first run (empty memo)", firstRuns);
  const firstCheck = plan.checkFirst ? summary("--check (empty memo)", firstCheckRuns) : null;
  // generate and --check in pairs, every other pair in the other order, so that the machine's drift weighs on both
  // alike; neither changes what the other finds (the memo remembers this spec and the output holds it).
  const warmRuns: Run[] = [];
  const checkRuns: Run[] = [];
  const warmRun = async () => void warmRuns.push(await generate(spec, out, cache));
  const checkRun = async () => void checkRuns.push(await generate(spec, out, cache, "--check"));
  for (let i = 0; i < plan.repeats; i++) {
    if (i % 2 === 0) await warmRun().then(checkRun);
    else await checkRun().then(warmRun);
  }
  const warm = summary("again (memo of the previous run)", warmRuns);
  const warmCheck = summary("--check (memo warm)", checkRuns);
  if (ott && !plan.ottBeside) for (let i = 0; i < plan.ottRepeats; i++) await ottRun(ott);
  const openapiTypescript = ott ? summary("openapi-typescript", ottRuns) : null;
  const count = operations === "real" ? readdirSync(path.join(out, "operations")).length : operations;
  const outputFiles = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  const openapiMiB = statSync(path.join(out, "openapi.json")).size / 2 ** 20;
  return { operations: count, outputFiles, openapiMiB, first, firstCheck, warm, warmCheck, openapiTypescript };
}

/**
 * Edits the summary of one operation of the synthetic spec, a new text each time, in this bench run and any
 * other: a text an earlier run wrote would be a state the memo of whole runs remembers (an edit undone), not an edit.
 */
function editOne(spec: string): () => void {
  // The first copy of getWalletData: which number it has follows from how many operations the real spec holds.
  const office = path.join(spec, "operations", "office");
  const copy = readdirSync(office)
    .filter((name) => /^getWalletData\d{4}\.yaml$/.test(name))
    .sort()[0];
  if (copy === undefined) throw new Error(`no copy of getWalletData in ${office}`);
  const file = path.join(office, copy);
  const run = Date.now().toString(36);
  let edit = 0;
  return () => {
    edit++;
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(/^summary: (.*?)( \(edit [^)]+\))?$/m, `summary: $1 (edit ${run}.${edit})`),
    );
  };
}

/** One operation changed among many (its summary edited), with the memo of the run before: generate, then --check. */
export async function benchIncremental(
  operations: number,
  repeats: number,
): Promise<{ generate: Timing; check: Timing }> {
  const base = path.join(work, `size-${operations}`);
  const [spec, out, cache] = [path.join(base, "spec"), path.join(base, "generated"), path.join(base, "cache")];
  const edit = editOne(spec);
  const generated: Run[] = [];
  const checked: Run[] = [];
  for (let i = 0; i < repeats; i++) {
    edit();
    generated.push(await generate(spec, out, cache));
    checked.push(await generate(spec, out, cache, "--check"));
  }
  return {
    generate: summary(`one operation changed among ${operations}`, generated),
    check: summary(`--check after it`, checked),
  };
}

/**
 * `npm run generate -- --watch` on the same spec: the time from the save of a
 * one-field edit to the summary line, in one watching process.
 */
export async function benchWatch(operations: number, repeats: number): Promise<Timing> {
  const base = path.join(work, `size-${operations}`);
  const spec = path.join(base, "spec");
  const edit = editOne(spec);
  const child = spawn(
    "npm",
    [
      "run",
      "-s",
      "generate",
      "--",
      "--watch",
      "--spec",
      spec,
      "--out",
      path.join(base, "generated"),
      "--cache-dir",
      path.join(base, "cache"),
    ],
    // A process group of its own, so that SIGINT reaches npm, its shell and the generator, as Ctrl-C does.
    { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, BENCH_RSS_FILE: "" }, detached: true },
  );
  let waiting: { pattern: RegExp; resolve: () => void } | undefined;
  let output = "";
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    if (waiting?.pattern.test(output)) {
      output = "";
      waiting.resolve();
    }
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const until = (pattern: RegExp) => new Promise<void>((resolve) => (waiting = { pattern, resolve }));
  await until(/Watching .* for changes/);
  const runs: Run[] = [];
  for (let i = 0; i < repeats; i++) {
    // Apart from the save before: a save during a run would make one more run.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const summaryLine = until(/generated\/: \d+ added, \d+ changed/);
    const started = performance.now();
    edit();
    await summaryLine;
    runs.push({ ms: performance.now() - started, cpuMs: 0, rssMiB: 0 });
  }
  const exited = new Promise((resolve) => child.on("exit", resolve));
  if (child.pid !== undefined) process.kill(-child.pid, "SIGINT");
  await exited;
  return summary(`--watch, save to summary`, runs);
}

/** openapi-typescript with the TypeScript 5 it needs, installed apart from the project (its peer range excludes TypeScript 7). */
export async function installOpenapiTypescript(): Promise<string | null> {
  const dir = path.join(work, "openapi-typescript");
  const cli = path.join(dir, "node_modules", "openapi-typescript", "bin", "cli.js");
  if (existsSync(cli)) return cli;
  await mkdir(dir, { recursive: true });
  const run = await once(
    "npm",
    [
      "install",
      "--prefix",
      dir,
      "--no-save",
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      "openapi-typescript@7",
      "typescript@5",
    ],
    true,
  );
  return run && existsSync(cli) ? cli : null;
}

/** Wall time of `npm run generate -- --help`: what every run pays before it reads the spec. */
export const benchStartup = (repeats: number): Promise<Timing> =>
  timing("start-up", repeats, () => once("npm", ["run", "-s", "generate", "--", "--help"]));
