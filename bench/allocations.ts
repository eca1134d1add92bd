// What one validation allocates: bytes of new space per call, over many calls
// made where no collection can happen (a semi-space larger than all they
// allocate; a batch during which a collection happened anyway is measured
// again). Run in a child process with the flags that makes possible:
//   node --min-semi-space-size=64 --max-semi-space-size=64 --expose-gc --import tsx bench/allocations.ts
import { execFileSync } from "node:child_process";
import { PerformanceObserver } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { getHeapSpaceStatistics } from "node:v8";
import { siteFree, validation } from "./package-code.js";
import { ajvTask, SCENARIOS } from "./validators.js";

export interface Allocation {
  readonly scenario: string;
  /** Bytes of new space per call, or null when every batch saw a collection. */
  readonly bytes: number | null;
  /** The same for ajv on the same message (its verdict, then its errors). */
  readonly ajv: number | null;
}

export type PieceId = "issue" | "issueWith" | "found" | "foundPushed" | "foundFive" | "ajvError";

/** One object an invalid message's validation makes, weighed alone: what its bytes per validation are made of. */
export interface Piece {
  readonly id: PieceId;
  readonly piece: string;
  readonly bytes: number | null;
}

export interface Allocations {
  /** A result object alone (`{ ok, value, warnings }`, fresh): what a valid message may allocate. */
  readonly resultAlone: number | null;
  readonly validators: readonly Allocation[];
  readonly pieces: readonly Piece[];
}

const FLAGS = ["--min-semi-space-size=64", "--max-semi-space-size=64", "--expose-gc", "--import", "tsx"];
const self = fileURLToPath(import.meta.url);

/** The allocations of the generated validators, measured in a child process started with the flags above. */
export function benchAllocations(): Allocations {
  const out = execFileSync(process.execPath, [...FLAGS, self], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(out) as Allocations;
}

const CALLS = 20_000;
const sink: { value: unknown } = { value: null };
let collections = 0;

const newSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === "new_space")?.space_used_size ?? 0;
const settle = () => new Promise((resolve) => setTimeout(resolve, 10)); // gc entries are delivered asynchronously

async function bytesPerCall(run: () => unknown): Promise<number | null> {
  for (let i = 0; i < 50_000; i++) sink.value = run(); // optimized before measuring
  for (let attempt = 0; attempt < 3; attempt++) {
    (globalThis as { gc?: () => void }).gc?.();
    await settle();
    const before = collections;
    const start = newSpace();
    for (let i = 0; i < CALLS; i++) sink.value = run();
    const bytes = (newSpace() - start) / CALLS;
    await settle();
    if (collections === before) return bytes;
  }
  return null;
}

async function main(): Promise<void> {
  if (typeof (globalThis as { gc?: unknown }).gc !== "function") throw new Error(`run with ${FLAGS.join(" ")}`);
  new PerformanceObserver((list) => {
    collections += list.getEntries().length;
  }).observe({ entryTypes: ["gc"] });
  const value = {};
  const none: readonly unknown[] = [];
  const resultAlone = await bytesPerCall(() => ({ ok: true, value, warnings: none }));
  const validators: Allocation[] = [];
  for (const scenario of SCENARIOS) {
    const message = JSON.parse(JSON.stringify(scenario.value)) as unknown;
    validators.push({
      scenario: scenario.name,
      bytes: await bytesPerCall(() => scenario.ours(message, scenario.options)),
      ajv: await bytesPerCall(ajvTask(scenario, message)),
    });
  }
  const pieces: Piece[] = [];
  for (const [id, piece, run] of piecesToWeigh()) pieces.push({ id, piece, bytes: await bytesPerCall(run) });
  process.stdout.write(JSON.stringify({ resultAlone, validators, pieces } satisfies Allocations));
}

/**
 * The objects of an invalid message, each made as the generated checks make it, and ajv's error as its compiled
 * source writes it (an object literal and its `params`, `instancePath + "/seal"` joining nothing to "").
 */
function piecesToWeigh(): [PieceId, string, () => unknown][] {
  const { Issue, IssueWith } = siteFree;
  const { newFound } = validation;
  const issue = new Issue("/seal", "required", "is required");
  const push = (pushes: number) => () => {
    const found = newFound();
    for (let i = 0; i < pushes; i++) found.errors.push(issue);
    return found;
  };
  const instancePath = "";
  return [
    [
      "issue",
      "an issue without its value (`new Issue`: a missing field, an unknown key)",
      () => new Issue("/seal", "required", "is required"),
    ],
    [
      "issueWith",
      "an issue with its value (`new IssueWith`: a wrong type, a value outside its list)",
      () => new IssueWith("/seal", "type", "must be a string", 1),
    ],
    ["found", "the failed result, its list empty (`newFound()`)", push(0)],
    ["foundPushed", "the failed result after its first push (the list grown to 17 places)", push(1)],
    ["foundFive", "the same after five pushes", push(5)],
    [
      "ajvError",
      "ajv: one error and its `params`",
      () => ({
        // biome-ignore lint/style/useTemplate: as ajv's compiled source joins them
        instancePath: instancePath + "/seal",
        schemaPath: "#/properties/seal/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
      }),
    ],
  ];
}

if (process.argv[1] === self) await main();
