// The checks `npm test` runs beside vitest, each an npm script of package.json
// (a name and its arguments, as `npm run <name> -- <args>` takes them). They
// are independent and most use one core: run side by side, one per core, they
// take the time of the longest rather than of all. Each step's output is kept
// and printed whole when it ends, under its name; any failure fails the run.
//
//   node scripts/run-steps.mjs check "sync --check" typecheck
//
// A command after `--` (npm test's vitest) starts at once, with the terminal,
// and the steps run beside it: its start-up and the cores its last files leave
// idle are spent on them rather than waited for. The steps' output is held
// until it ends, so as not to break its display; a step that fails stops it
// and fails the run, as it failed the run before the command started.
//
//   node scripts/run-steps.mjs lint:biome typecheck -- vitest run
//
// prepack runs `build` through it, so that packing builds with build's own
// script, without the start-up of a second npm (about 0.3 s of CPU a pack).

import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const scripts = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts;
const bin = path.join(root, "node_modules", ".bin");

/** The shell command of a step: its script with the step's arguments, as npm runs it (without npm's start-up). */
function commandOf(step) {
  const [name, ...args] = step.split(" ");
  const script = scripts[name];
  if (script === undefined) throw new Error(`no script "${name}" in package.json`);
  return [script, ...args].join(" ");
}

const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` };

/** The command after `--`, while it runs: the steps' reports wait for it to end. */
let foreground = null;
const held = [];
const report = (text) => (foreground ? held.push(text) : process.stdout.write(text));

/** Runs one step with its output kept; resolves to its exit code (1 when it could not start or was killed). */
function run(step) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(commandOf(step), {
      cwd: root,
      shell: true,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const output = [];
    child.stdout.on("data", (chunk) => output.push(chunk));
    child.stderr.on("data", (chunk) => output.push(chunk));
    let ended = false;
    const done = (code, why = "") => {
      if (ended) return;
      ended = true;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const text = Buffer.concat(output).toString("utf8");
      report(`\n> ${step}: ${code === 0 ? "ok" : `failed${why}`} (${seconds} s)\n${text}`);
      resolve(code);
    };
    child.on("error", (error) => done(1, ` to start: ${error.message}`));
    child.on("close", (code, signal) => done(code ?? 1, signal ? ` (killed by ${signal})` : ""));
  });
}

/** Starts the command after `--` (no shell between, so that stopping it stops it); resolves to its exit code. */
function start(command) {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { cwd: root, env, stdio: "inherit" });
    foreground = child;
    const end = (code) => {
      foreground = null;
      for (const text of held.splice(0)) process.stdout.write(text);
      resolve(code);
    };
    child.on("error", (error) => {
      process.stderr.write(`${command.join(" ")} did not start: ${error.message}\n`);
      end(1);
    });
    child.on("close", (code) => end(code ?? 1));
  });
}

const args = process.argv.slice(2);
const dash = args.indexOf("--");
const steps = dash < 0 ? args : args.slice(0, dash);
const command = dash < 0 ? [] : args.slice(dash + 1);
const queue = [...steps];
let failed = 0;
const commandEnded = command.length > 0 ? start(command) : Promise.resolve(0);
await Promise.all(
  Array.from({ length: Math.min(availableParallelism(), steps.length) }, async () => {
    for (let step = queue.shift(); step !== undefined; step = queue.shift()) {
      if ((await run(step)) === 0) continue;
      failed++;
      // A failed check fails the run: the command beside it need not finish.
      foreground?.kill("SIGTERM");
    }
  }),
);
const commandCode = await commandEnded;
if (failed > 0) {
  process.stdout.write(`\n${failed} of ${steps.length} steps failed.\n`);
  process.exit(1);
}
if (commandCode !== 0) process.exit(commandCode);
