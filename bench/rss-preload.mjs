// Loaded through NODE_OPTIONS by the generation benchmark: each Node process
// (npm, tsx, the generator) appends its peak memory (resident set, KiB) and the
// CPU time it used (user + system, µs) to the file BENCH_RSS_FILE names when it
// exits; the benchmark keeps the largest memory and the sum of the CPU times.
import { appendFileSync } from "node:fs";

const file = process.env.BENCH_RSS_FILE;
if (file)
  process.on("exit", () => {
    const usage = process.resourceUsage();
    appendFileSync(file, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}\n`);
  });
