import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Timing } from "./generation.js";
import { median } from "./stats.js";

/** Wall time of `npm run generate -- --help`: what every run pays before it reads the spec. */
export async function benchStartup(repeats: number): Promise<Timing> {
  const root = fileURLToPath(new URL("../", import.meta.url));
  const runs = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      spawn("npm", ["run", "-s", "generate", "--", "--help"], { cwd: root, stdio: "ignore" }).on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
    });
    runs.push({ ms: performance.now() - started, rssMiB: 0 });
  }
  const ms = runs.map((r) => r.ms);
  return { label: "start-up", runs, medianMs: median(ms), lowMs: Math.min(...ms), highMs: Math.max(...ms), rssMiB: 0 };
}
