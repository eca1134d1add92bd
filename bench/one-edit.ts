// One operation edited among many, as a maintainer edits the spec: a cold
// generate and --check with the memo of the run before, and the time from a
// save to the summary of `--watch`. They run on the synthetic spec that
// generation.ts's benchSize wrote under bench/.work. Alone, without the rest
// of `npm run bench` (the spec, its output and memo made first if missing):
//
//   node --import tsx bench/one-edit.ts [repeats]
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { makeSyntheticSpec } from "./make-synthetic-spec.js";
import { generate, root, summary, work, type Run, type Timing } from "./timed-process.js";

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

/** Each run of a timing: wall and CPU time, in the order they ran (the load of the moment shows in each). */
const runsOf = (t: Timing): string => t.runs.map((r) => `${r.ms.toFixed(0)} ms (CPU ${r.cpuMs.toFixed(0)})`).join(", ");

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const repeats = Number(process.argv[2] ?? 3);
  const base = path.join(work, "size-1000");
  const spec = path.join(base, "spec");
  if (!existsSync(spec)) await makeSyntheticSpec(1000, spec);
  // The memo of a run before: the first edit then finds every other operation remembered, as after benchSize.
  if (!existsSync(path.join(base, "generated")))
    await generate(spec, path.join(base, "generated"), path.join(base, "cache"));
  // One edit untimed: a generator changed since the last run builds its bundle and code cache in the first.
  await benchIncremental(1000, 1);
  const { generate: edited, check } = await benchIncremental(1000, repeats);
  for (const t of [edited, check]) console.log(`${t.label}: median ${t.medianMs.toFixed(0)} ms; ${runsOf(t)}`);
}
