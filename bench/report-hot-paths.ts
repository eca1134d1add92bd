// The validators' and the seal's part of bench/RESULTS.md: their target rows,
// the validators' tables with both clocks, what one validation allocates and
// how that is measured. The seal's tables: report-seal.ts; why a missed target
// is missed: report-limits.ts; the record: bench/notes/validators.md.
import type { Allocations, PieceId } from "./allocations.js";
import { cyclesRatio, type Interleaved } from "./interleaved.js";
import { mark, ratioX } from "./report-cells.js";
import { recordLine } from "./report-notes.js";
import type { SealResult } from "./seal.js";
import { byName, duration, type Measured, ratioOf } from "./stats.js";
import type { ScenarioResult } from "./validators.js";

/** `ours` over `other` on both clocks; null when either was not measured. */
function ratios(
  results: readonly Measured[],
  cycles: Interleaved,
  ours: string,
  other: string,
): { median: number; cycles: number } | null {
  const [a, b] = [byName(results, ours), byName(results, other)];
  const interleaved = cyclesRatio(cycles, ours, other);
  return a && b && interleaved !== undefined ? { median: ratioOf(a, b), cycles: interleaved } : null;
}

/** A target row: met when both clocks say so. */
function row(target: string, r: { median: number; cycles: number } | null, limit: number): string[] {
  if (!r) return [];
  return [
    `| ${target} | ${ratioX(r.median)} (interleaved: ${ratioX(r.cycles)}) | ${mark(r.median <= limit && r.cycles <= limit)} |`,
  ];
}

export function hotPathTargets(validators: readonly ScenarioResult[], seal: readonly SealResult[]): string[] {
  const rows: string[] = [];
  for (const { scenario, results, cycles } of validators) {
    rows.push(...row(`validator ≤ 1.0x ajv: ${scenario}`, ratios(results, cycles, "generated", "ajv"), 1));
    if (byName(results, "boolean check") && scenario.startsWith("request"))
      rows.push(
        ...row(
          `validator ≤ 1.5x the boolean check: ${scenario}`,
          ratios(results, cycles, "generated", "boolean check"),
          1.5,
        ),
      );
    const [now, before] = [byName(results, "generated"), byName(results, "previous generator")];
    if (now && before) {
      const r = ratioOf(now, before);
      rows.push(
        `| validator no slower than the previous generator's (≤ 1.05x): ${scenario} | ${ratioX(r)} | ${mark(r <= 1.05)} |`,
      );
    }
  }
  for (const { scenario, results, cycles } of seal) {
    const limit = scenario.startsWith("wallet") ? 1.5 : 1.2;
    rows.push(
      ...row(
        `seal ≤ ${limit.toFixed(1)}x bare HMAC: ${scenario}`,
        ratios(results, cycles, "generated seal()", "bare HMAC"),
        limit,
      ),
    );
  }
  return rows;
}

export function validatorSection(validators: readonly ScenarioResult[], allocations: Allocations | null): string[] {
  const lines = [
    "## Validators",
    "",
    "Time per validation. Responses are validated with `strict: true` by the generated validators, which is what the JSON Schema says; every competitor reports every error on invalid input (ajv with `allErrors`, TypeBox's `Errors()`). zod's schemas are written by hand, TypeBox and ajv compile the emitted JSON Schema. The boolean check answers valid or not and nothing else (bench/competitors/boolean-checks.ts).",
    "",
    "First clock: median of the rounds' medians (mitata), the ratio to the generated validator the median of the rounds' ratios.",
    "",
  ];
  const competitors = validators[0]?.results.map((r) => r.name).filter((n) => n !== "boolean check") ?? [];
  const names = [...competitors, "boolean check"];
  lines.push(`| message | ${names.join(" | ")} |`, `| --- | ${names.map(() => "---").join(" | ")} |`);
  for (const { scenario, results } of validators) {
    const ours = byName(results, "generated");
    const cell = (name: string) => {
      const r = byName(results, name);
      return r && ours ? `${duration(r.median)} (${ratioX(ratioOf(r, ours))})` : "—";
    };
    lines.push(`| ${scenario} | ${names.map(cell).join(" | ")} |`);
  }
  lines.push(
    "",
    "Second clock (interleaved.ts): short batches of each competitor in turn, 400 cycles; the fastest batch per call, and the median over the cycles of the generated validator's time over the other's.",
    "",
    "| message | generated | ajv | hand-written | boolean check |",
    "| --- | --- | --- | --- | --- |",
  );
  for (const { scenario, cycles } of validators) {
    const cell = (name: string) => {
      const fastest = cycles.fastest[name];
      if (fastest === undefined) return "—";
      return name === "generated"
        ? duration(fastest)
        : `${duration(fastest)} (${ratioX(cyclesRatio(cycles, "generated", name) ?? Number.NaN)})`;
    };
    lines.push(`| ${scenario} | ${["generated", "ajv", "hand-written", "boolean check"].map(cell).join(" | ")} |`);
  }
  if (allocations) lines.push(...allocationSection(allocations));
  lines.push("", recordLine("validators"));
  return lines;
}

function allocationSection(a: Allocations): string[] {
  const bytes = (b: number | null) => (b === null ? "— (collected every time)" : `${b.toFixed(1)} B`);
  return [
    "",
    "### What one validation allocates",
    "",
    `Bytes of new space per call of the generated validator, over 20,000 calls of an optimized validator in a process whose semi-space (64 MiB) holds all they allocate: the new space's used size before and after (\`v8.getHeapSpaceStatistics()\`), divided by the calls; a batch during which a collection happened (a \`gc\` performance entry) is measured again (bench/allocations.ts, run by \`npm run bench\` in a child process with \`--min-semi-space-size=64 --max-semi-space-size=64 --expose-gc\`). A result object alone (\`{ ok, value, warnings }\`) takes ${bytes(a.resultAlone)}: a valid message allocates its result and nothing else. ajv is measured the same way on the same messages (its verdict, then its errors when it fails): one array of errors, and for each an object and its \`params\`.`,
    "",
    "| message | bytes per validation | ajv, the same way |",
    "| --- | --- | --- |",
    ...a.validators.map((v) => `| ${v.scenario} | ${bytes(v.bytes)} | ${bytes(v.ajv)} |`),
    "",
    `What those bytes are made of: each object that an invalid message's validation makes, weighed the same way, made as the generated checks make it (bench/allocations.ts), and ajv's error as its compiled source writes it. The four-error response makes the failed result with its list (one growth, to 17 places, at its first push), four issues with their value and one without (the unknown key's): ${fourErrors(a)}; ajv makes five errors, each with its \`params\`, and its list (\`[err]\`, grown at its second push). Neither builds a JSON Pointer here: ajv's \`instancePath + "/seal"\` joins "" to a constant, the generated checks write the constant, and an unknown key's pointer is kept once made (runtime topPointer).`,
    "",
    "| object | bytes |",
    "| --- | --- |",
    ...a.pieces.map((p) => `| ${p.piece} | ${bytes(p.bytes)} |`),
  ];
}

/** The four-error response's bytes as the sum of its objects, weighed one by one. */
export function fourErrors(a: Allocations): string {
  const of = (id: PieceId) => a.pieces.find((p) => p.id === id)?.bytes ?? null;
  const [found, withValue, without] = [of("foundPushed"), of("issueWith"), of("issue")];
  if (found === null || withValue === null || without === null) return "not weighed";
  const [f, w, o] = [found, withValue, without].map(Math.round) as [number, number, number];
  return `${f} + 4 × ${w} + ${o} = ${f + 4 * w + o} B`;
}
