// Loaded through NODE_OPTIONS by the generation benchmark: each Node process
// (npm, tsx, the generator) appends its peak memory (resident set, KiB) to the
// file BENCH_RSS_FILE names when it exits; the benchmark keeps the largest.
import { appendFileSync } from "node:fs";

const file = process.env.BENCH_RSS_FILE;
if (file) process.on("exit", () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
