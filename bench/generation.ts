// Generation as maintainers run it: `npm run generate` as a cold process, on
// the real spec and on synthetic specs of 10, 100 and 1000 operations, first
// with an empty memo and then with the memo of the previous run; `--check`
// likewise; and openapi-typescript on the OpenAPI document of the same
// operations, beside it. One operation changed among them: one-edit.ts.
import { existsSync, readdirSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { makeSyntheticSpec } from "./make-synthetic-spec.js";
import { setAside } from "./set-aside.js";
import { generate, once, root, summary, timing, work, type Run, type Timing } from "./timed-process.js";

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
