// The client's cost per call against a bare fetch of the same sealed body to
// the same mock server (in another process): what filling in, validating,
// sealing, verifying and validating the reply add to a round trip.
import { spawn } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { createInterface } from "node:readline";
import type { BaseUrl } from "../generated/index.js";
import { pkg } from "./package-code.js";
import { mark, ratioX } from "./report-cells.js";
import { duration, ratioOf, summarize, type Measured } from "./stats.js";

const { createClient, operations } = pkg;

const KEY = "002001000000001_KEY1";
const headers = { "content-type": "application/json" };
const fields = { sdkOperationName: "CARDORDER", sdkVersion: "2.0.4", customerIpAddress: "192.0.2.10" } as const;

/** The mock's CPU so far, in microseconds: it answers each line it reads with that (mock-process.ts). */
type MockCpu = () => Promise<number>;

/** A task's CPU per call, in nanoseconds: this process's (the client's side) and the mock's. */
export const CPU_OWN = " (CPU of this process)";
export const CPU_MOCK = " (CPU of the mock)";

/**
 * Runs each task `calls` times in a row, alternating the order each round; per call, in nanoseconds: the time,
 * then under the task's name with CPU_OWN and CPU_MOCK, the CPU each process used for it.
 */
async function measureCalls(
  tasks: readonly { name: string; run: () => Promise<unknown> }[],
  rounds: number,
  calls: number,
  mockCpu: MockCpu,
): Promise<Measured[]> {
  const perTask = new Map<string, number[]>();
  for (const t of tasks) for (const suffix of ["", CPU_OWN, CPU_MOCK]) perTask.set(t.name + suffix, []);
  for (const task of tasks) for (let i = 0; i < calls; i++) await task.run(); // warm-up: connections, JIT
  for (let round = 0; round < rounds; round++) {
    for (const task of round % 2 === 0 ? tasks : [...tasks].reverse()) {
      const mockBefore = await mockCpu();
      const cpuBefore = process.cpuUsage();
      const start = process.hrtime.bigint();
      for (let i = 0; i < calls; i++) await task.run();
      const wall = Number(process.hrtime.bigint() - start) / calls;
      const cpu = process.cpuUsage(cpuBefore);
      const mock = (await mockCpu()) - mockBefore;
      perTask.get(task.name)?.push(wall);
      perTask.get(task.name + CPU_OWN)?.push(((cpu.user + cpu.system) * 1000) / calls);
      perTask.get(task.name + CPU_MOCK)?.push((mock * 1000) / calls);
    }
  }
  return summarize(
    [...perTask.keys()].map((name) => ({ name })),
    perTask,
  );
}

export async function benchClient(rounds: number, calls: number): Promise<Measured[]> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", new URL("mock-process.ts", import.meta.url).pathname, KEY],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  try {
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    // The line the mock's command announces its origin on.
    const url = String((await lines.next()).value).trim() as BaseUrl;
    const mockCpu: MockCpu = async () => {
      child.stdin.write("cpu\n");
      return Number((await lines.next()).value);
    };
    const op = operations.paymentTokenInitialize;
    const client = createClient({ environment: url, merchantId: "002001000000001", keyVersion: 1, secretKey: KEY });
    // What the client sends: the same fields, the recommended interface version (typed as the spec's literal).
    const unsealed = {
      ...fields,
      interfaceVersion: op.interfaceVersion.recommended,
      merchantId: "002001000000001",
      keyVersion: 1,
    } as const;
    const body = JSON.stringify({ ...unsealed, seal: op.request.seal(unsealed, KEY) });
    const target = `${url}${new URL(op.endpoints.test).pathname}`;
    const check = await client.paymentTokenInitialize(fields);
    if (!check.ok) throw new Error(`the client's call failed: ${check.error.kind}`);
    // The client's own work, without the network: a fetch that answers at once with the reply the mock sent.
    const reply = await (
      await fetch(target, { method: "POST", headers: { "content-type": "application/json" }, body })
    ).text();
    // One answer for every call: a closure made per call would be the bench's own work, and tsx names each one.
    const answer = { status: 200, text: async () => reply };
    const offline = createClient({
      environment: url,
      merchantId: "002001000000001",
      keyVersion: 1,
      secretKey: KEY,
      fetch: async () => answer,
    });
    return await measureCalls(
      [
        { name: "client call", run: () => client.paymentTokenInitialize(fields) },
        {
          name: "bare fetch",
          run: async () =>
            (await fetch(target, { method: "POST", headers: { "content-type": "application/json" }, body })).text(),
        },
        { name: "client work alone", run: () => offline.paymentTokenInitialize(fields) },
        // What making a fetch cancellable costs: the client's signal and timer, nothing else.
        {
          name: "bare fetch with a timeout signal",
          run: async () => {
            const controller = new AbortController();
            const timer = setTimeout(() => controller.abort(), 30_000);
            try {
              return await (await fetch(target, { method: "POST", headers, body, signal: controller.signal })).text();
            } finally {
              clearTimeout(timer);
            }
          },
        },
        // The same work as a call, taken apart: the bare round trip, then the client's work alone. Close to the
        // client call, it leaves nothing else in the gap (no second read, no other request, no other work of the mock).
        {
          name: "bare fetch, then the client's work alone",
          run: async () => {
            const text = await (
              await fetch(target, { method: "POST", headers: { "content-type": "application/json" }, body })
            ).text();
            await offline.paymentTokenInitialize(fields);
            return text;
          },
        },
      ],
      rounds,
      calls,
      mockCpu,
    );
  } finally {
    child.kill("SIGTERM");
  }
}

const span = (m: Measured): string => `${duration(m.median)} (${duration(m.low)}–${duration(m.high)})`;

/** A task's time per call (its name), or the CPU per call of this process or of the mock (CPU_OWN, CPU_MOCK). */
export const clientMeasure = (results: readonly Measured[], name: string, cpu = ""): Measured | undefined =>
  results.find((m) => m.name === name + cpu);

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
    ...cpuParagraph(results),
    "",
    "What a call does besides the bare fetch, and what was done about it. Filling in a request copied the caller's fields with a bare spread, so that every message had a hidden class of its own and each later read of it (the validator, the sealing string, `JSON.stringify`) missed V8's caches: 5–8 µs for the copy, and the request's validation about 7 µs where it takes 0.3 µs on an ordinary object. The copy is now a literal that names its prototype (a field named `__proto__` is still refused as unknown, tested), what a call fills in (version field, credentials, algorithm) and the address's path are worked out once per operation, and a listener is put on the caller's signal only when there is one: the client's work alone fell to 0.58x (48 → 31 µs, 20 interleaved rounds in one process at a load of 16). What is left is mostly the two HMACs (seal and verify, about 5.5 µs each) and Node's own cost for a cancellable request, `new AbortController()`, 6–11 µs on Node 20 where a plain `EventTarget` costs 0.35 µs (a timer and its clearing 0.2–0.45 µs). Tried and not kept: one timer per timeout length for every call in flight (a deadline queue: 240–500 ns a call against 290–470 ns for `setTimeout` and `clearTimeout`, 110 more lines); one signal reused by calls made one after another (Node's fetch leaves a listener on it until its request is collected: 734 after 12,000 calls, and no faster); `AbortSignal.timeout` (12–19 µs a call).",
    "",
    "Where the rest of the gap is. The two sides do the same exchange: the client's body is the bare body byte for byte (the same fields in the same order, the recommended version, the same seal), sent with the same header to the same path over the same pool of connections; the mock does the same work for both (the same operation, validation and seal check, the same sealed reply, no Paypage session), and each side reads the reply once, as text, which the client then parses once. What the client adds is its own work, and the last column shows that it accounts for the gap: the bare fetch followed by that work, in the same loop, takes about what the call takes (six processes at a load of 14–21: the call 1.08–1.30x the bare fetch, median 1.17x; the fetch then the work 1.03–1.32x, median 1.09x; the call 0.86–1.19x of the fetch then the work, median 1.04x, within the noise of such runs and of the size of Node's fetch following the call's signal, which the work alone never hands to a real fetch). That work costs more between two round trips than in a loop of its own (there 14–20 µs, 0.9–1.7% of the round trip, in the same processes): after the wait for the reply its code and data are no longer in the core's caches, and on a loaded machine other processes have run on that core. Of the work alone, from a CPU profile of the call with a fetch that answers at once (100,000 calls, share of the samples): the HMACs of seal and verify about 20% (`createHmac` itself 12%), the garbage collector 13%, creating the `AbortSignal` 11% (on Node 20 no two signals share a hidden class: `new AbortController().signal` takes 6–18 µs at these loads where `new AbortController()` takes 25–40 ns), the timer's list made and dropped with each call 4% (Node drops a list once its last timer is cleared), the client's own functions about 15% (the seal's comparison in constant time among them). None of it is the client's to remove without a weaker call: the signal and the timer make the call cancellable and bounded in time, the HMACs are the seal and its check.",
    "",
    "Since then: the HMACs of seal and verify are the seal's two-digest HMAC (see Seal), and a seal chooses its algorithm with no object made. The client's work alone (a fetch that answers at once; CPU a call, the median of seven rounds of 10,000 calls, through tsx as the bench then ran) 25.1–33.6 → 20.2–29.4 µs, less in each of four interleaved pairs of processes at a load of 12–15. The row itself could not tell at that load: three interleaved pairs of processes of this section, 1.07–1.19x before and 1.20–1.22x after, the bare fetch taking 518 µs to 2.07 ms from one process to the next (the work alone 23.8–25.2 → 19.8–23.2 µs in the same processes). What is left of the client's own, from a CPU profile of the work alone (30,000 calls sampled every 50 µs): the signal made and listened to 12% (its creation alone 6.8%), the HMACs' digests 8%, garbage collection 8%, and tsx's `__name` about 9%: this bench then imported generated/ through tsx, whose esbuild transform keeps function names by a `defineProperty` for each closure a call makes, where a user runs the compiled package (it now times the compiled package: see The code timed); the work alone from dist/ (`npm run build`) took 18.7–21.7 µs against 20.4–24.9 µs through tsx (three interleaved pairs at a load of 10). The signal: Node 20.20's fetch (its bundled undici) takes as a signal any object whose `aborted` is a boolean and whose `addEventListener` is a function (RequestInit's signal is converted with `strict: false`); it asks events' `getMaxListeners` of it inside a `try` (which throws for an object that is neither an EventEmitter nor an EventTarget), adds one listener that it calls with the signal as `this` and reads its `reason`, keeps it in a FinalizationRegistry until its own controller is collected, and makes an AbortController of its own for every request, with a signal or without. Constructing the Request alone (interleaved batches, a load of 11): 8.7–8.9 µs without a signal, 15.0–16.4 µs with an AbortController's signal and a timer, 10.5–11.2 µs with a signal object of the client's own that gives `getMaxListeners` and `setMaxListeners` (an abort through it ends the fetch with its AbortError), 17.4–18.8 µs with one that gives neither (the throw inside). A signal of the client's own would save about 5 µs of CPU a call, under 1% of a round trip, which no run at this load could show; it would rest on undici's duck typing and on events' test for an EventEmitter, checked here for Node 20.20's undici only, and a fetch of the caller's own may need a real AbortSignal (`AbortSignal.any`, `throwIfAborted`): not built. Without any signal the call could be neither aborted nor bounded in time.",
    "",
    "Since then (this section, measured alone by `bench/client-section.ts`), the CPU each task costs is counted in both processes, batch by batch (`process.cpuUsage()`; the mock tells its own over a pipe between batches, which costs it 1–3 µs a call, as the work alone, which sends nothing, shows). What it showed, at a load of 15–23 on 2 cores (interleaved batches in one process, and interleaved pairs of processes): the client's process spends 110–290 µs more CPU on a call than on a bare fetch, whose own CPU is 390–1,000 µs at these loads, while the client's work alone costs 17–27 µs in a loop of its own. Between two round trips on a crowded machine that work costs several times what it costs in a loop, as every other microsecond there does, the fetch's own too: CPU for CPU, both processes counted, the call is 0.98–1.35x the bare fetch from one process to the next (median 1.19 over 16 processes), where the clock gave 1.06–1.33x (median 1.15 over 14 of them). The clock's ratio at these loads is then the code's own, the same work weighed, not a bias of the method: the two sides run alternately, in the same process, over the same connections, against the same mock. Of what the call hands Node's fetch: its signal added 9–26 µs of CPU to a bare fetch; `redirect: \"manual\"` and reading the body by its stream, nothing beyond the noise (−19 to +41 µs). Built: a reply's chunks decoded once by one decoder of the module (a streaming decoder made and fed for each reply cost 1.6 µs, decoding a Sips reply's one chunk 0.7 µs), and the host of a base URL, which a call with the public test key checks against production's, parsed once per base rather than per call (0.5 µs). Three interleaved pairs of processes of this section at a load of 17.5–22.9: the row 1.10–1.11x before, 1.06–1.16x after, the work alone 24.5–27.3 → 19.7–27.0 µs: no run at these loads tells a microsecond apart. Tried and not kept: the next call's controller made, with its signal, while a call waits for its reply (a `setImmediate` once the request is written, each spare handed to one call only): the calls of the code with it against those of the code without, 150 interleaved rounds of 20 calls in one process, three processes at a load of 17: 0.98–1.01x, and 5 µs more CPU a call. Left as they are: the two HMACs, the signal and the timer, which are the seal, its check, and a call that can be aborted and ends at its timeout.",
    "",
    "Since then, tried and not kept: a signal of the client's own built after all (an object giving `aborted`, `reason`, the abort listeners and `getMaxListeners`/`setMaxListeners`, handed to Node's own fetch once a probe had seen its Request follow it, an AbortController otherwise). Where the CPU goes, from profiles of 8,000 calls each side at a load of 18: `createAbortSignal` took 28.7 µs a call in the call's process against 14.0 µs in the bare fetch's, since Node 20's fetch makes an AbortController of its own for every Request and the call made a second one. The call before and after, side by side with the bare fetch in one process (six processes at a load of 11–23): 0.95–1.03x the time and 0.98–1.02x the CPU, medians 0.99; this section alone, three interleaved pairs of processes at a load of 13–19: 1.12, 1.11, 1.16x before, 1.16, 1.07, 1.14x after. So about 1% of a call, within the noise. And on Node 24 the probe finds that the Request does not follow such an object, so the saving would be Node 20's only, on a version past its end of life, resting on undici's duck typing.",
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
    `CPU a call (the median of the rounds), this process and the mock's: the client call ${duration(ownCall.median)} + ${duration(mockCall.median)}, the bare fetch ${duration(ownBare.median)} + ${duration(mockBare.median)}; ${(call / bare).toFixed(2)}x, CPU for CPU.`,
  ];
}
