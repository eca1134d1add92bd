// The client's cost per call against a bare fetch of the same sealed body to
// the same mock server (in another process): what filling in, validating,
// sealing, verifying and validating the reply add to a round trip.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import type { BaseUrl } from "../generated/index.js";
import { pkg } from "./package-code.js";
import { summarize, type Measured } from "./stats.js";

const { createClient, operations } = pkg;

const KEY = "002001000000001_KEY1";
const headers = { "content-type": "application/json" };
const fields = { sdkOperationName: "CARDORDER", sdkVersion: "2.0.4", customerIpAddress: "192.0.2.10" } as const;

/** The mock's CPU so far, in microseconds: it answers each line it reads with that (mock-process.ts). */
type MockCpu = () => Promise<number>;

/** The bare fetch timed a second time, beside the first: the method's noise. */
export const AGAIN = "bare fetch, again";

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
        // The same bare fetch again, as a task of its own: its ratio to the first is the method's own noise, against
        // which the client call's is read.
        {
          name: AGAIN,
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

/** A task's time per call (its name), or the CPU per call of this process or of the mock (CPU_OWN, CPU_MOCK). */
export const clientMeasure = (results: readonly Measured[], name: string, cpu = ""): Measured | undefined =>
  results.find((m) => m.name === name + cpu);
