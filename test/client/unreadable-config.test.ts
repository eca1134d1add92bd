// A configuration whose getter or proxy trap throws: createClient throws its
// documented TypeError (what was thrown as the cause), and a call of an
// operation's own function resolves to invalid-request with nothing sent.
// Each member is read once, whoever reads it.
import { expect, test } from "vitest";
import {
  callGetWalletData,
  createClient,
  operations,
  type ClientConfig,
  type FetchLike,
} from "../../generated/index.js";
import { callOperation } from "../../generated/runtime/client.js";

const MEMBERS = [
  "environment",
  "merchantId",
  "keyVersion",
  "secretKey",
  "sealAlgorithm",
  "interfaceVersions",
  "fetch",
  "timeoutMs",
  "maxReplyBytes",
  "strict",
] as const;
const UNREADABLE = "the client configuration could not be read (a property getter or proxy threw)";
const fields = { merchantWalletId: "wallet-1" };

/** A fetch that counts its calls and answers a 500, which no config test needs more of. */
function countingFetch() {
  const sent = { count: 0 };
  const fetch: FetchLike = async () => {
    sent.count++;
    return new Response("down", { status: 500 }) as unknown as Awaited<ReturnType<FetchLike>>;
  };
  return { sent, fetch };
}

function base(fetch: FetchLike): Record<(typeof MEMBERS)[number], unknown> {
  return {
    environment: "http://127.0.0.1:9",
    merchantId: "002001000000001",
    keyVersion: 1,
    secretKey: "unreadable-config-key",
    sealAlgorithm: "HMAC-SHA-256",
    interfaceVersions: { getWalletData: "WR_WS_2.20" },
    fetch,
    timeoutMs: 5000,
    maxReplyBytes: 4096,
    strict: true,
  };
}

const thrown = new Error("read refused");
const fail = () => {
  throw thrown;
};

/** Each way a configuration can throw on reading `member`. */
function unreadable(member: (typeof MEMBERS)[number], fetch: FetchLike): [string, unknown][] {
  const values = base(fetch);
  const getter = Object.defineProperty({ ...values }, member, { get: fail, enumerable: true });
  const inherited = Object.create(Object.defineProperty({}, member, { get: fail }));
  Object.assign(inherited, Object.fromEntries(Object.entries(values).filter(([name]) => name !== member)));
  const getTrap = new Proxy(values, { get: (t, key, r) => (key === member ? fail() : Reflect.get(t, key, r)) });
  return [
    [`a getter of ${member}`, getter],
    [`an inherited getter of ${member}`, inherited],
    [`a proxy whose get trap throws for ${member}`, getTrap],
  ];
}

function everyUnreadable(fetch: FetchLike): [string, unknown][] {
  const values = base(fetch);
  const versions = (handler: ProxyHandler<object>) => ({
    ...values,
    interfaceVersions: new Proxy({ getWalletData: "WR_WS_2.20" }, handler),
  });
  return [
    ...MEMBERS.flatMap((member) => unreadable(member, fetch)),
    [
      "a revoked proxy",
      (() => {
        const { proxy, revoke } = Proxy.revocable(values, {});
        revoke();
        return proxy;
      })(),
    ],
    [
      "a proxy whose every trap throws",
      new Proxy(values, { get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail, getPrototypeOf: fail }),
    ],
    ["interfaceVersions whose ownKeys trap throws", versions({ ownKeys: fail })],
    ["interfaceVersions whose getOwnPropertyDescriptor trap throws", versions({ getOwnPropertyDescriptor: fail })],
    ["interfaceVersions whose get trap throws", versions({ get: fail })],
  ];
}

test("createClient throws the documented TypeError, with what was thrown as its cause, for each unreadable member", () => {
  const { sent, fetch } = countingFetch();
  const cases = everyUnreadable(fetch);
  expect(cases.length).toBe(MEMBERS.length * 3 + 5);
  for (const [name, config] of cases) {
    let caught: unknown;
    try {
      createClient(config as ClientConfig);
    } catch (error) {
      caught = error;
    }
    expect(caught, name).toBeInstanceOf(TypeError);
    expect((caught as TypeError).message, name).toBe(UNREADABLE);
    const { cause } = caught as TypeError;
    // A revoked proxy throws the engine's own TypeError; every other case the test's error.
    if (name === "a revoked proxy") expect(String(cause), name).toMatch(/revoked/);
    else expect(cause, name).toBe(thrown);
  }
  expect(sent.count).toBe(0);
});

test("an operation's own function, and callOperation, resolve to invalid-request with nothing sent for each unreadable member", async () => {
  const { sent, fetch } = countingFetch();
  for (const [name, config] of everyUnreadable(fetch)) {
    const calls = [
      callGetWalletData(config as ClientConfig, fields),
      callOperation(operations.getWalletData, config as ClientConfig, fields),
    ];
    for (const result of await Promise.all(calls))
      expect(result, name).toEqual({
        ok: false,
        error: { kind: "invalid-request", message: UNREADABLE, sent: "no", issues: [], warnings: [] },
      });
  }
  expect(sent.count).toBe(0);
});

/** A configuration that counts each read of each member, and throws on a member's second read. */
function readOnce(fetch: FetchLike) {
  const reads = new Map<PropertyKey, number>();
  const config = new Proxy(base(fetch), {
    get(target, key, receiver) {
      const count = (reads.get(key) ?? 0) + 1;
      reads.set(key, count);
      if (count > 1) throw new Error(`${String(key)} read twice`);
      return Reflect.get(target, key, receiver);
    },
  });
  return { reads, config: config as unknown as ClientConfig };
}

test("each member is read once: by createClient for all its calls, and once per object by an operation's function", async () => {
  for (const call of [
    (config: ClientConfig) => {
      const client = createClient(config);
      return [client.getWalletData(fields), client.getWalletData(fields)];
    },
    (config: ClientConfig) => [callGetWalletData(config, fields), callGetWalletData(config, fields)],
  ]) {
    const { sent, fetch } = countingFetch();
    const { reads, config } = readOnce(fetch);
    const results = await Promise.all(call(config));
    for (const result of results) expect(result.ok ? null : result.error.kind).toBe("http");
    expect(sent.count).toBe(2);
    expect(Object.fromEntries(reads)).toEqual(Object.fromEntries(MEMBERS.map((member) => [member, 1])));
  }
});

test("interfaceVersions is listed and read once by createClient, its names checked on what was read", async () => {
  const { sent, fetch } = countingFetch();
  const traps: string[] = [];
  const versions = new Proxy(
    { getWalletData: "WR_WS_2.20" },
    {
      ownKeys(t) {
        traps.push("ownKeys");
        return Reflect.ownKeys(t);
      },
      get(t, key, r) {
        traps.push(`get ${String(key)}`);
        return Reflect.get(t, key, r);
      },
    },
  );
  const client = createClient({ ...base(fetch), interfaceVersions: versions } as unknown as ClientConfig);
  await client.getWalletData(fields);
  expect(sent.count).toBe(1);
  expect(traps).toEqual(["ownKeys", "get getWalletData"]);
});

test("a member a class's getter gives is read as an own one is, by createClient and an operation's function", async () => {
  const { sent, fetch } = countingFetch();
  class Config {
    get environment() {
      return "http://127.0.0.1:9";
    }
    get secretKey() {
      return "unreadable-config-key";
    }
    readonly merchantId = "002001000000001";
    readonly keyVersion = 1;
    readonly fetch = fetch;
  }
  const client = createClient(new Config() as ClientConfig);
  const results = await Promise.all([
    client.getWalletData(fields),
    callGetWalletData(new Config() as ClientConfig, fields),
  ]);
  for (const result of results) expect(result.ok ? null : result.error.kind).toBe("http");
  expect(sent.count).toBe(2);
});

test("a bad configuration still throws its own TypeError from createClient and rejects a call", async () => {
  const { fetch } = countingFetch();
  const bad = { ...base(fetch), merchantId: "" } as unknown as ClientConfig;
  expect(() => createClient(bad)).toThrow(new TypeError('merchantId must be a non-empty string, got ""'));
  await expect(callGetWalletData(bad, fields)).rejects.toThrow(
    new TypeError('merchantId must be a non-empty string, got ""'),
  );
});
