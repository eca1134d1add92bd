// Started by test/generated/kept-results.test.ts with --expose-gc and a new
// space at its full size (the engine tenures an allocation site only then):
// validates each message named in its arguments a thousand times while
// keeping every result, collects (a scavenge, then a full collection), three times over, as a program that holds its first results
// would; then counts the bytes that further validations add to each space,
// over calls during which no collection happens. Prints them as JSON.
import { PerformanceObserver } from "node:perf_hooks";
import { getHeapSpaceStatistics } from "node:v8";
import { operations } from "../../generated/index.js";
import { validRequest, validResponse } from "../generated/samples.js";

export interface SpaceBytes {
  readonly message: string;
  /** Bytes per validation added to the old generation, or null when every attempt saw a collection. */
  readonly old: number | null;
  /** The same for the new space. */
  readonly young: number | null;
}

const gc = (globalThis as { gc?: (options?: { type: "minor" | "major" }) => void }).gc;
// Few enough that the most an invalid message allocates (700 B) stays below the new space, 16 MiB.
const CALLS = 10_000;
const sink: { value: unknown } = { value: null };
let collections = 0;

const used = (name: string) => getHeapSpaceStatistics().find((s) => s.space_name === name)?.space_used_size ?? 0;
const settle = () => new Promise((resolve) => setTimeout(resolve, 10)); // gc entries are delivered asynchronously

async function spaceBytes(message: string, run: () => unknown): Promise<SpaceBytes> {
  const kept: unknown[] = [];
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < 1000; i++) kept.push(run());
    // A scavenge, which counts every site's survivors, then a full collection.
    gc?.({ type: "minor" });
    gc?.();
    kept.length = 0;
  }
  for (let i = 0; i < 50_000; i++) sink.value = run(); // optimized before counting
  for (let attempt = 0; attempt < 5; attempt++) {
    gc?.();
    await settle();
    const before = collections;
    const [old, young] = [used("old_space"), used("new_space")];
    for (let i = 0; i < CALLS; i++) sink.value = run();
    const bytes = { message, old: (used("old_space") - old) / CALLS, young: (used("new_space") - young) / CALLS };
    await settle();
    if (collections === before) return bytes;
  }
  return { message, old: null, young: null };
}

if (!gc) throw new Error("run with --expose-gc");
new PerformanceObserver((list) => {
  collections += list.getEntries().length;
}).observe({ entryTypes: ["gc"] });
const { request, response } = operations.paymentTokenInitialize;
const [aRequest, aResponse, strict] = [validRequest(), validResponse(), { strict: true }];
// Five errors: a wrong type, a format, a value outside its list, an unknown field, a missing field.
const { keyVersion: _k, sdkVersion: _s, ...kept } = aRequest;
const badRequest = {
  ...kept,
  keyVersion: "1",
  merchantId: "00200100000000X",
  sdkOperationName: "CARD_ORDER",
  amount: 1,
};
// Four errors when strict: wrong types, a code outside its list, an unknown field.
const badResponse = {
  redirectionStatusCode: "42",
  redirectionStatusMessage: 7,
  redirectionUrl: null,
  newField: "x",
  seal: 1,
};
const runs: Record<string, () => unknown> = {
  request: () => request.validate(aRequest),
  response: () => response.validate(aResponse, strict),
  "invalid request": () => request.validate(badRequest),
  "invalid response": () => response.validate(badResponse, strict),
  "lenient invalid response": () => response.validate(badResponse),
};
const out: SpaceBytes[] = [];
for (const name of process.argv.slice(2)) out.push(await spaceBytes(name, runs[name] ?? (() => null)));
process.stdout.write(JSON.stringify(out));
