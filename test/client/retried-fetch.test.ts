// A fetch that may try a request more than once fails with its last attempt's error alone: a refused connection
// on a retry says nothing of the first attempt, which may have reached Sips. Played as an application would set it
// up, against a local server that takes the first attempt's request and then stops listening, so that the retry is
// refused: a retrying wrapper put in the global fetch's place after the package loaded, and undici's Agent given a
// retry interceptor in its options (undici 6's `interceptors`) as the global dispatcher. Each says "maybe", and the
// platform's own fetch, called by a client made before the wrapper came or once it is gone, still says "no".
import { createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { afterEach, expect, test } from "vitest";
import { type ClientError, createClient } from "../../generated/index.js";

const GLOBAL_DISPATCHER = Symbol.for("undici.globalDispatcher.1");
const global = globalThis as typeof globalThis & Record<symbol, unknown>;
const platformFetch = globalThis.fetch;

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A server that reads the first request it gets, drops its connection and stops listening: a retry is refused. */
async function onceServer(): Promise<{ base: string; received: () => number }> {
  let received = 0;
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => {
    sockets.push(socket);
    socket.on("error", () => {});
    socket.once("data", (chunk: Buffer) => {
      received += chunk.length;
      server.close();
      socket.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => {
    for (const socket of sockets) socket.destroy();
    if (server.listening) server.close();
  });
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received: () => received };
}

const clientOf = (base: string) =>
  createClient({
    environment: base as `http://${string}`,
    merchantId: "002001000000001",
    keyVersion: 1,
    secretKey: "retried-fetch-key",
    timeoutMs: 20_000,
  });

async function failureOf(client: ReturnType<typeof clientOf>): Promise<ClientError> {
  const result = await client.paymentWebInit({ amount: 1250, currencyCode: "978" });
  if (result.ok) throw new Error("the call succeeded");
  return result.error;
}

/** A fetch that tries again once after a failure, as retry wrappers do: its rejection is its last attempt's. */
const retrying =
  (fetch: typeof globalThis.fetch, causes: unknown[]): typeof globalThis.fetch =>
  async (input, init) => {
    try {
      return await fetch(input, init);
    } catch (first) {
      causes.push((first as { cause?: { code?: unknown } }).cause?.code);
      return await fetch(input, init).catch((last: unknown) => {
        causes.push((last as { cause?: { code?: unknown } }).cause?.code);
        throw last;
      });
    }
  };

test("a retrying wrapper put in the global fetch's place: maybe sent, though its last attempt was refused", async () => {
  // On Node 24, undici may open a second connection before the first attempt fails; the kernel accepts it into the
  // listener's backlog and resets it when the server stops listening, so the retry fails with ECONNRESET, which any
  // client would call maybe. The scenario is played again, at most three times, until the retry is refused.
  for (let round = 1; ; round++) {
    const server = await onceServer();
    const before = clientOf(server.base); // made with the platform's fetch
    const causes: unknown[] = [];
    globalThis.fetch = retrying(platformFetch, causes);
    cleanups.push(() => (globalThis.fetch = platformFetch));
    const error = await failureOf(clientOf(server.base));
    globalThis.fetch = platformFetch;
    if (causes.at(-1) === "ECONNRESET" && round < 3) continue;
    // The first attempt reached the server; the wrapper's rejection is the retry's refused connection.
    expect(server.received()).toBeGreaterThan(0);
    expect(causes.at(-1)).toBe("ECONNREFUSED");
    expect(error).toMatchObject({ kind: "network", sent: "maybe" });
    // The client made before the wrapper came calls the platform's fetch, whose refusal proves nothing went.
    expect(await failureOf(before)).toMatchObject({ kind: "network", sent: "no" });
    return;
  }
});

test("a client made once the wrapper is gone again reads the platform's fetch: not sent", async () => {
  const { base } = await onceServer();
  globalThis.fetch = retrying(platformFetch, []);
  globalThis.fetch = platformFetch;
  await failureOf(clientOf(base)); // the first call takes the server's one request
  expect(await failureOf(clientOf(base))).toMatchObject({ kind: "network", sent: "no" });
});

interface DispatchHandler {
  onError(error: unknown): void;
}
type Dispatch = (options: unknown, handler: DispatchHandler) => boolean;
type AgentClass = new (options?: object) => Closable;
interface Closable {
  close(): Promise<void>;
  destroy(): Promise<void>;
}

/** undici's Agent class, as Node's fetch made it on a first call. */
async function agentClass(): Promise<AgentClass> {
  await platformFetch("http://127.0.0.1:9/").catch(() => {});
  const agent = global[GLOBAL_DISPATCHER] as { constructor: AgentClass };
  expect(agent.constructor.name).toBe("Agent");
  return agent.constructor;
}

/** An interceptor that dispatches each request again once after an error, as a retry interceptor does. */
const retryOnce =
  (tries: { count: number }) =>
  (dispatch: Dispatch): Dispatch =>
  (options, handler) => {
    let retried = false;
    const again: DispatchHandler = new Proxy(handler, {
      get(target, name) {
        if (name === "onError")
          return (error: unknown) => {
            if (retried) return target.onError(error);
            retried = true;
            tries.count += 1;
            dispatch(options, again);
          };
        const value: unknown = Reflect.get(target, name, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    tries.count += 1;
    return dispatch(options, again);
  };

/** Whether undici reads an Agent's `interceptors` option: undici 7 (Node 24) removed it, for Dispatcher.compose. */
const interceptorsHonoured = (): boolean => Number(process.versions.undici?.split(".")[0]) < 7;

/** Sets `dispatcher` as the global one for the test, and destroys it after (its connections may be in use). */
function globally(dispatcher: Closable): void {
  const own = global[GLOBAL_DISPATCHER];
  global[GLOBAL_DISPATCHER] = dispatcher;
  cleanups.push(async () => {
    global[GLOBAL_DISPATCHER] = own;
    await dispatcher.destroy();
  });
}

test("undici's Agent given a retry interceptor in its options, as the global dispatcher: maybe sent", async () => {
  const Agent = await agentClass();
  const server = await onceServer();
  const tries = { count: 0 };
  globally(new Agent({ interceptors: { Agent: [retryOnce(tries)] } }));
  const refused = await platformFetch(`${server.base}/x`, { method: "POST", body: "{}" }).then(
    () => null,
    (e: unknown) => (e as { cause?: { code?: unknown } }).cause?.code,
  );
  // The interceptor tried twice: the first reached the server, the second was refused, and fetch says only that.
  // undici 7 (Node 24) no longer reads the option: the Agent tries once, and the package, which cannot tell, says maybe.
  const honoured = interceptorsHonoured();
  expect(tries.count).toBe(honoured ? 2 : 0);
  expect(server.received()).toBeGreaterThan(0);
  expect(refused).toBe(honoured ? "ECONNREFUSED" : "UND_ERR_SOCKET");
  const again = await onceServer();
  expect(await failureOf(clientOf(again.base))).toMatchObject({ kind: "network", sent: "maybe" });
  expect(again.received()).toBeGreaterThan(0);
  expect(tries.count).toBe(honoured ? 4 : 0);
});

test("undici's Agent given a factory of its own (whose pools may retry), as the global dispatcher: maybe sent", async () => {
  const Agent = await agentClass();
  const made: Closable[] = [];
  // What the factory makes is the Agent's own business: here, a plain Agent per origin.
  const factory = () => {
    const agent = new Agent();
    made.push(agent);
    return agent;
  };
  globally(new Agent({ factory }));
  cleanups.push(() => Promise.all(made.map((agent) => agent.destroy())));
  const { base } = await onceServer();
  await failureOf(clientOf(base)); // the server's one request taken: the next is refused
  expect(await failureOf(clientOf(base))).toMatchObject({ kind: "network", sent: "maybe" });
  // The factory made the pools: undici 6 keeps one for the origin, undici 7 (Node 24) may make another once it closed.
  expect(made.length).toBeGreaterThan(0);
});

test("undici's Agent as Node's fetch makes it, set again by the application: not sent", async () => {
  const Agent = await agentClass();
  globally(new Agent({ connect: { timeout: 5_000 } }));
  const { base } = await onceServer();
  await failureOf(clientOf(base));
  expect(await failureOf(clientOf(base))).toMatchObject({ kind: "network", sent: "no" });
});
