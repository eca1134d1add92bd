// Which failures of the platform's fetch prove that nothing of the request
// left the client (`sent: "no"`), each played against a real socket: a closed
// port, a host under `.invalid` (RFC 6761: it never resolves), TLS servers
// whose certificate fails verification (untrusted, expired, not yet valid, or
// for another host), which see a handshake and never a byte of the request, and one that
// never finishes its handshake (undici's connect timeout). Each case first reads
// the cause's code Node's fetch gives there, the code the client relies on. A
// connection closed once the request came, one closed at once, and any failure
// of a fetch of one's own stay "maybe". The certificates in test/fixtures/tls
// are made for these tests alone (openssl, P-256, valid for a century but the
// expired one, valid for a day of 2001, and the one not yet valid, for a day of
// 2125, whose CA is in no file, nor is the root of intermediate.cert.pem; no CA's key was kept): a
// certificate for another host is refused only once its chain is trusted, which
// Node's fetch reads at start (NODE_EXTRA_CA_CERTS), so that call is made by a
// child process.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { createServer as createNetServer, type AddressInfo, type Server as NetServer } from "node:net";
import path from "node:path";
import { createServer as createTlsServer, type Server as TlsServer } from "node:tls";
import { afterAll, expect, test } from "vitest";
import { type ClientError, createClient, type FetchLike } from "../../generated/index.js";
import { failedBeforeSending } from "../../generated/runtime/client-fetch-failure.js";
import { bundleForNode } from "../support/node-bundle.js";
import { repoRoot } from "../support/paths.js";
import { refusedPort } from "../support/refused-port.js";

const tlsFixture = (name: string): string => readFileSync(path.join(repoRoot, "test", "fixtures", "tls", name), "utf8");

const servers: (NetServer | TlsServer)[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

async function listening<S extends NetServer | TlsServer>(server: S): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

/** The code of the cause Node's fetch rejects with, posting to `url`. */
async function causeCode(url: string): Promise<unknown> {
  const error = await fetch(url, { method: "POST", body: "{}" }).then(
    () => null,
    (e: unknown) => e,
  );
  return (error as { cause?: { code?: unknown } } | null)?.cause?.code;
}

/** The error of a paymentWebInit call to `base`, with the platform's fetch unless `fetch` is given. */
async function failure(base: string, fetch?: FetchLike): Promise<ClientError> {
  const client = createClient({
    environment: base as `https://${string}`,
    merchantId: "002001000000001",
    keyVersion: 1,
    secretKey: "unsent-failures-key",
    timeoutMs: 20_000,
    ...(fetch === undefined ? {} : { fetch }),
  });
  const result = await client.paymentWebInit({ amount: 1250, currencyCode: "978" });
  if (result.ok) throw new Error("the call succeeded");
  return result.error;
}

/** A TLS server with `cert` (and its chain), counting the bytes of application data it receives. */
async function tlsServer(key: string, cert: string): Promise<{ base: string; received: () => number }> {
  let received = 0;
  const server = createTlsServer({ key, cert }, (socket) =>
    socket.on("data", (chunk: Buffer) => (received += chunk.length)),
  );
  // The client refusing the certificate resets the connection: the server's error to take, not the test's.
  server.on("tlsClientError", () => {});
  const port = await listening(server);
  return { base: `https://127.0.0.1:${port}`, received: () => received };
}

test("a refused connection (ECONNREFUSED): not sent", async () => {
  const base = `http://127.0.0.1:${await refusedPort()}`;
  expect(await causeCode(`${base}/x`)).toBe("ECONNREFUSED");
  const error = await failure(base);
  expect(error).toMatchObject({ kind: "network", sent: "no" });
  expect(error.message).toMatch(/^the request was not sent: fetch failed: connect ECONNREFUSED 127\.0\.0\.1:\d+$/);
});

test("a host that does not resolve (ENOTFOUND, or EAI_AGAIN where no resolver answers): not sent", async () => {
  const base = "https://sips-json-test.invalid";
  expect(["ENOTFOUND", "EAI_AGAIN"]).toContain(await causeCode(`${base}/x`));
  expect(await failure(base)).toMatchObject({ kind: "network", sent: "no" });
});

test.each([
  ["a self-signed certificate", "DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed.key.pem", ["self-signed.cert.pem"]],
  [
    "a chain up to a root it does not trust",
    "SELF_SIGNED_CERT_IN_CHAIN",
    "leaf.key.pem",
    ["leaf.cert.pem", "ca.cert.pem"],
  ],
  ["a certificate whose issuer it does not know", "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "leaf.key.pem", ["leaf.cert.pem"]],
  [
    "an intermediate whose root it does not know",
    "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
    "other-leaf.key.pem",
    ["intermediate-leaf.cert.pem", "intermediate.cert.pem"],
  ],
  ["an expired certificate", "CERT_HAS_EXPIRED", "other-leaf.key.pem", ["expired.cert.pem"]],
  ["a certificate not yet valid", "CERT_NOT_YET_VALID", "other-leaf.key.pem", ["not-yet-valid.cert.pem"]],
])("a server with %s (%s): not sent, and the server got no byte of it", async (_, code, key, chain) => {
  const server = await tlsServer(tlsFixture(key), chain.map(tlsFixture).join(""));
  expect(await causeCode(`${server.base}/x`)).toBe(code);
  expect(await failure(server.base)).toMatchObject({ kind: "network", sent: "no" });
  expect(server.received()).toBe(0);
});

// The next two share nothing, and run side by side: the first's call is made in a child process (its bundle made
// first), and the second swaps the worker's global dispatcher, which nothing of the first uses. The second waits
// with no work for undici's connect timeout, whose timer rounds the fifth of a second asked up to its tick (about
// a second in all); the first's bundle and child take that time, where the file waited for each in turn.
test.concurrent(
  "a server whose certificate, of a trusted chain, names another host (ERR_TLS_CERT_ALTNAME_INVALID): not sent",
  async ({ expect }) => {
    const server = await tlsServer(tlsFixture("other-leaf.key.pem"), tlsFixture("other-host.cert.pem"));
    // The call made where its chain is trusted: the cause's code and the client's error, as JSON.
    const script = `
    import { createClient } from ${JSON.stringify(path.join(repoRoot, "generated", "index.ts"))};
    const error = await fetch(${JSON.stringify(`${server.base}/x`)}, { method: "POST", body: "{}" }).then(() => null, (e) => e);
    const client = createClient({ environment: ${JSON.stringify(server.base)}, merchantId: "002001000000001", keyVersion: 1, secretKey: "unsent-failures-key" });
    const result = await client.paymentWebInit({ amount: 1250, currencyCode: "978" });
    console.log(JSON.stringify({ code: error?.cause?.code, error: result.ok ? null : result.error }));`;
    const env = {
      ...process.env,
      NODE_EXTRA_CA_CERTS: path.join(repoRoot, "test", "fixtures", "tls", "other-ca.cert.pem"),
    };
    // Bundled, started as plain node (test/support/node-bundle.ts): through tsx, the child compiled the package's
    // modules one by one, in a cache of its own that each run's temporary folder starts empty.
    const bundle = await bundleForNode({ code: script, resolveDir: repoRoot });
    const out = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, [bundle], { env }, (error, stdout) => (error ? reject(error) : resolve(stdout))),
    ).finally(() => rm(path.dirname(bundle), { recursive: true, force: true }));
    const { code, error } = JSON.parse(out.trim().split("\n").at(-1) ?? "null") as {
      code: unknown;
      error: ClientError;
    };
    expect(code).toBe("ERR_TLS_CERT_ALTNAME_INVALID");
    expect(error).toMatchObject({ kind: "network", sent: "no" });
    expect(server.received()).toBe(0);
  },
);

test.concurrent(
  "a TLS server that never answers the handshake (undici's connect timeout, UND_ERR_CONNECT_TIMEOUT): not sent",
  async ({ expect }) => {
    // Its ClientHello comes, and nothing else can: the request is written only on a finished handshake.
    const sockets: import("node:net").Socket[] = [];
    const port = await listening(createNetServer((socket) => sockets.push(socket.on("error", () => {}))));
    const base = `https://127.0.0.1:${port}`;
    // undici gives up connecting after 10 s by default: through an Agent of its own class (the one Node's fetch
    // made on its first call, which the client trusts to try once) whose connect timeout is a fifth of a second.
    const key = Symbol.for("undici.globalDispatcher.1");
    const global = globalThis as Record<symbol, unknown>;
    await causeCode(`http://127.0.0.1:${await refusedPort()}/x`);
    const own = global[key] as { constructor: new (options: object) => { close(): Promise<void> } };
    expect(own.constructor.name).toBe("Agent");
    const quick = new own.constructor({ connect: { timeout: 200 } });
    global[key] = quick;
    try {
      const [code, error] = await Promise.all([causeCode(`${base}/x`), failure(base)]);
      expect(code).toBe("UND_ERR_CONNECT_TIMEOUT");
      expect(error).toMatchObject({ kind: "network", sent: "no" });
    } finally {
      global[key] = own;
      for (const socket of sockets) socket.destroy();
      await quick.close();
    }
  },
);

test.each([
  ["once the request came", (socket: import("node:net").Socket) => socket.once("data", () => socket.destroy())],
  ["as soon as it is open", (socket: import("node:net").Socket) => socket.destroy()],
])("a connection closed %s: maybe sent (closed before or after the request look alike)", async (_, close) => {
  const port = await listening(createNetServer(close));
  const error = await failure(`http://127.0.0.1:${port}`);
  expect(error).toMatchObject({ kind: "network", sent: "maybe" });
  expect(error.message).toMatch(/^the request may have been sent, and no reply came: /);
});

test("a fetch of one's own failing as Node's does on a refused connection: maybe sent (it may have tried before)", async () => {
  const base = `http://127.0.0.1:${await refusedPort()}`;
  const wrapped: FetchLike = (url, init) => globalThis.fetch(url, init);
  expect(await failure(base, wrapped)).toMatchObject({ kind: "network", sent: "maybe" });
});

test("through a global dispatcher other than undici's Agent (one that may retry a POST): a refused connection is maybe sent", async () => {
  const base = `http://127.0.0.1:${await refusedPort()}`;
  const key = Symbol.for("undici.globalDispatcher.1");
  const global = globalThis as Record<symbol, unknown>;
  await causeCode(`${base}/x`); // Node's fetch sets its own Agent on its first call.
  const agent = global[key] as { dispatch(...args: unknown[]): unknown };
  expect(agent.constructor.name).toBe("Agent");
  // What undici's setGlobalDispatcher does with a RetryAgent (this one passes each attempt on, once).
  class RetryAgent {
    dispatch(...args: unknown[]): unknown {
      return agent.dispatch(...args);
    }
  }
  global[key] = new RetryAgent();
  try {
    expect(await causeCode(`${base}/x`)).toBe("ECONNREFUSED");
    expect(await failure(base)).toMatchObject({ kind: "network", sent: "maybe" });
  } finally {
    global[key] = agent;
  }
  expect(await failure(base)).toMatchObject({ kind: "network", sent: "no" });
});

test("through a global dispatcher whose kind cannot be read (a proxy of one): a refused connection is maybe sent", async () => {
  const base = `http://127.0.0.1:${await refusedPort()}`;
  const key = Symbol.for("undici.globalDispatcher.1");
  const global = globalThis as Record<symbol, unknown>;
  await causeCode(`${base}/x`); // Node's fetch sets its own Agent on its first call.
  const agent = global[key] as object;
  // It dispatches as the Agent does, and throws when asked its class: what cannot be read may retry.
  global[key] = new Proxy(agent, {
    get(target, name) {
      if (name === "constructor") throw new Error("not readable");
      const value: unknown = Reflect.get(target, name, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  try {
    expect(await causeCode(`${base}/x`)).toBe("ECONNREFUSED");
    expect(await failure(base)).toMatchObject({ kind: "network", sent: "maybe" });
  } finally {
    global[key] = agent;
  }
});

test("through undici's Agent whose options cannot be found (a version that keeps them otherwise): maybe sent", async () => {
  const base = `http://127.0.0.1:${await refusedPort()}`;
  const key = Symbol.for("undici.globalDispatcher.1");
  const global = globalThis as Record<symbol, unknown>;
  await causeCode(`${base}/x`); // Node's fetch sets its own Agent on its first call.
  const agent = global[key] as object;
  // Of the Agent class, with undici's own factory, dispatching as the Agent does: only its options are not where
  // undici 6 and 7 keep them, so whether it was given interceptors cannot be told.
  global[key] = new Proxy(agent, {
    get(target, name) {
      const value: unknown = Reflect.get(target, name, target);
      return typeof value === "function" && typeof name === "string" && name !== "constructor"
        ? value.bind(target)
        : value;
    },
    ownKeys: (target) => Reflect.ownKeys(target).filter((k) => typeof k !== "symbol" || k.description !== "options"),
  });
  try {
    expect((global[key] as object).constructor.name).toBe("Agent");
    expect(await causeCode(`${base}/x`)).toBe("ECONNREFUSED");
    expect(await failure(base)).toMatchObject({ kind: "network", sent: "maybe" });
  } finally {
    global[key] = agent;
  }
  expect(await failure(base)).toMatchObject({ kind: "network", sent: "no" });
});

test("a host tried at several addresses is not sent only when every attempt failed before sending", () => {
  const attempt = (code: string) => Object.assign(new Error(`connect ${code}`), { code });
  const fetchFailed = (errors: ReturnType<typeof attempt>[]) =>
    new TypeError("fetch failed", { cause: Object.assign(new AggregateError(errors, ""), { code: errors[0]?.code }) });
  expect(failedBeforeSending(fetchFailed([attempt("ECONNREFUSED"), attempt("ECONNREFUSED")]))).toBe(true);
  expect(failedBeforeSending(fetchFailed([attempt("ECONNREFUSED"), attempt("ECONNRESET")]))).toBe(false);
  expect(failedBeforeSending(new TypeError("fetch failed", { cause: attempt("ECONNRESET") }))).toBe(false);
  expect(failedBeforeSending(new TypeError("fetch failed"))).toBe(false);
  expect(failedBeforeSending({ cause: attempt("ECONNREFUSED") })).toBe(false);
});
