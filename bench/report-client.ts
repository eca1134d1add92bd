// The Client section of bench/RESULTS.md and its target row, from what
// client.ts measured: the client call beside the bare fetch of the same sealed
// body, on the clock and in both processes' CPU, and the bare fetch beside
// itself, which shows the method's own noise.
import { cpus, loadavg } from "node:os";
import { AGAIN, CPU_MOCK, CPU_OWN, clientMeasure } from "./client.js";
import { mark, ratioX } from "./report-cells.js";
import { recordLine } from "./report-notes.js";
import { duration, median, ratioOf, type Measured } from "./stats.js";

const span = (m: Measured): string => `${duration(m.median)} (${duration(m.low)}–${duration(m.high)})`;

const TASKS = [
  "client call",
  "bare fetch",
  "client work alone",
  "bare fetch with a timeout signal",
  "bare fetch, then the client's work alone",
] as const;

/** The target row of bench/RESULTS.md. */
export function clientTargetRow(results: readonly Measured[]): string {
  const [client, bare] = TASKS.map((name) => clientMeasure(results, name));
  if (!client || !bare) return "";
  const r = ratioOf(client, bare);
  return `| client call ≤ 1.1x bare fetch of the same sealed body (mock server) | ${ratioX(r)} | ${mark(r <= 1.1)} |`;
}

/** The section of bench/RESULTS.md. */
export function clientSection(results: readonly Measured[]): string[] {
  const [client, bare, alone, signalled, apart] = TASKS.map((name) => clientMeasure(results, name));
  if (!client || !bare || !alone || !signalled || !apart) return [];
  return [
    "",
    "## Client",
    "",
    "Time per paymentTokenInitialize call to the mock server, running in another process on 127.0.0.1 (keep-alive connections of the global fetch), in short alternating runs; the ratio is the median of the runs' ratios. The bare fetch POSTs a body sealed beforehand and reads the reply's text; the client fills in, validates, seals, posts, verifies and validates the reply. Its work alone is the same call with a fetch that answers at once; the bare fetch with a timeout signal is the bare fetch made cancellable as the client makes it (an AbortController and a timer); the last column is the call taken apart, in the same loop: the bare fetch, then the client's work alone.",
    "",
    "| client call | bare fetch | ratio | client work alone | bare fetch with a timeout signal | bare fetch, then the client's work alone |",
    "| --- | --- | --- | --- | --- | --- |",
    `| ${span(client)} | ${span(bare)} | ${ratioX(ratioOf(client, bare))} | ${span(alone)} | ${span(signalled)} (${ratioX(ratioOf(signalled, bare))}) | ${span(apart)} (${ratioX(ratioOf(apart, bare))}; the call ${ratioX(ratioOf(client, apart))} of it) |`,
    "",
    `The client's own work is ${((alone.median / bare.median) * 100).toFixed(1)}% of a bare round trip when it runs in a loop of its own; on a loaded machine (load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores at the end of this run) the processes wait for the CPU and the measured ratio carries more than that work.`,
    "",
    ...cpuParagraph(results).flatMap((line) => [line, ""]),
    recordLine("client"),
  ];
}

/** The CPU a call costs each process, the client's and the mock's: what the clock's ratio is made of, without the waits. */
function cpuParagraph(results: readonly Measured[]): string[] {
  const [ownCall, mockCall, ownBare, mockBare] = [
    clientMeasure(results, "client call", CPU_OWN),
    clientMeasure(results, "client call", CPU_MOCK),
    clientMeasure(results, "bare fetch", CPU_OWN),
    clientMeasure(results, "bare fetch", CPU_MOCK),
  ];
  if (!ownCall || !mockCall || !ownBare || !mockBare) return [];
  const call = ownCall.median + mockCall.median;
  const bare = ownBare.median + mockBare.median;
  return [
    `CPU a call (the median of the rounds), this process and the mock's: the client call ${duration(ownCall.median)} + ${duration(mockCall.median)}, the bare fetch ${duration(ownBare.median)} + ${duration(mockBare.median)}; ${(call / bare).toFixed(2)}x, CPU for CPU.${noiseSentence(results)}`,
  ];
}

/** Both processes' CPU per call, round by round, of a task. */
const cpuRounds = (results: readonly Measured[], name: string): number[] | undefined => {
  const [own, mock] = [clientMeasure(results, name, CPU_OWN), clientMeasure(results, name, CPU_MOCK)];
  return own && mock ? own.rounds.map((v, i) => v + (mock.rounds[i] ?? 0)) : undefined;
};

/** The bare fetch against itself, on both clocks: what the method alone makes of two tasks that do the same. */
function noiseSentence(results: readonly Measured[]): string {
  const [bare, again] = [clientMeasure(results, "bare fetch"), clientMeasure(results, AGAIN)];
  const [bareCpu, againCpu] = [cpuRounds(results, "bare fetch"), cpuRounds(results, AGAIN)];
  if (!bare || !again || !bareCpu || !againCpu) return "";
  const cpu = median(againCpu.map((v, i) => v / (bareCpu[i] ?? v)));
  return ` The same bare fetch timed again as a task of its own, the method's noise: ${ratioX(ratioOf(again, bare))} of the bare fetch, ${ratioX(cpu)} CPU for CPU.`;
}
