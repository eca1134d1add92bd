// A run killed with SIGKILL at random points, and two processes writing at
// once: after the next run's recovery the output folder is always one whole
// tree, never a mix, and nothing is left beside it.
import { spawn } from "node:child_process";
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test } from "vitest";
import { readOutputDir } from "../../generator/write/output-dir.js";
import { recoverOutput, writeOutput } from "../../generator/write/write-output.js";
import { repoRoot } from "../support/paths.js";
import { testTree } from "../support/test-trees.js";

const child = path.join(repoRoot, "test", "support", "write-child.ts");
const tsx = pathToFileURL(path.join(repoRoot, "node_modules", "tsx", "dist", "loader.mjs")).href;

function startWriter(out: string, rounds: number, trees: readonly string[]) {
  const proc = spawn(process.execPath, ["--import", tsx, child, out, String(rounds), ...trees], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  proc.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  return { proc, exited, stderr: () => stderr };
}

/** Which of the named trees `out` holds, or "mixed". */
async function whichTree(out: string, names: readonly string[]): Promise<string> {
  const now = await readOutputDir(out);
  for (const name of names) {
    const want = testTree(name);
    if (now.size === want.length && want.every((f) => now.get(f.path) === f.content)) return name;
  }
  return "mixed";
}

async function freshOut(tree: string): Promise<string> {
  const out = path.join(await mkdtemp(path.join(tmpdir(), "sips-kill-")), "generated");
  await writeOutput(out, testTree(tree));
  return out;
}

test("killed with SIGKILL at random points: the next run finds one whole tree", async () => {
  const outcomes: string[] = [];
  for (let trial = 0; trial < 6; trial++) {
    const out = await freshOut("a");
    const writer = startWriter(out, 50, ["b", "a"]);
    // Past the start-up of the process (half a second or more), into its writes.
    const delay = 400 + Math.floor(Math.random() * 1600);
    await new Promise((resolve) => setTimeout(resolve, delay));
    writer.proc.kill("SIGKILL");
    await writer.exited;
    const beside = (await readdir(path.dirname(out))).filter((name) => name !== "generated");
    await recoverOutput(out);
    const state = await whichTree(out, ["a", "b"]);
    outcomes.push(`${delay} ms: ${state}${beside.length > 0 ? ` after recovering ${beside.join(" ")}` : ""}`);
    expect(state, outcomes.join(", ")).not.toBe("mixed");
    // The lock of the killed process is stale, and nothing is left beside the output.
    expect(await readdir(path.dirname(out))).toEqual(["generated"]);
    await writeOutput(out, testTree("b"));
    expect(await whichTree(out, ["b"])).toBe("b");
  }
  if (process.env["SHOW_KILLS"]) console.log(outcomes.join("\n"));
});

test("two processes writing at once take turns: one whole tree at the end, nothing left beside it", async () => {
  const out = await freshOut("a");
  const writers = [startWriter(out, 3, ["b", "c"]), startWriter(out, 3, ["c", "b"])];
  const codes = await Promise.all(writers.map((w) => w.exited));
  expect(codes, writers.map((w) => w.stderr()).join("\n")).toEqual([0, 0]);
  expect(["b", "c"]).toContain(await whichTree(out, ["b", "c"]));
  expect(await readdir(path.dirname(out))).toEqual(["generated"]);
});
