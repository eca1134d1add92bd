// Whether a failed call may have reached Sips, as each client error says it in
// `sent`: the values each kind's type allows, read from the shipped runtime,
// are those the users' guide's table gives, and each kind played with the mock
// server (or, for a body cut or stalled after its status, a raw HTTP server)
// gives the value it should, and says it in its message where the request may
// have gone.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { ts as Ts } from "ts-morph";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type ClientConfig, type ClientError, createClient, operations } from "../../generated/index.js";
import { MockHttpError, startMockServer, type MockServer } from "../../generated/mock.js";
import { repoRoot } from "../support/paths.js";
import { ts } from "../support/ts-api.js";

/** The values of `sent` each kind's member of `ClientError` allows, read from its declaration. */
function sentByKindInCode(): Map<string, string[]> {
  const file = path.join(repoRoot, "generated", "runtime", "client-error.ts");
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  const alias = source.statements.find(
    (s): s is Ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === "ClientError",
  );
  if (alias === undefined || !ts.isUnionTypeNode(alias.type)) throw new Error("ClientError is no union");
  const byKind = new Map<string, string[]>();
  for (const member of alias.type.types) {
    const literals: Record<string, string[]> = {};
    const visit = (node: Ts.Node) => {
      if (ts.isPropertySignature(node) && node.type !== undefined) {
        const types = ts.isUnionTypeNode(node.type) ? node.type.types : [node.type];
        literals[node.name.getText(source)] = types.flatMap((t) =>
          ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? [t.literal.text] : [],
        );
      }
      // Only the member's own properties: not those of a type it names (ClaimedStatus, declared apart).
      if (!ts.isPropertySignature(node)) ts.forEachChild(node, visit);
    };
    visit(member);
    const [kind] = literals["kind"] ?? [];
    if (kind === undefined) throw new Error(`a member of ClientError without a kind: ${member.getText(source)}`);
    byKind.set(kind, [...(literals["sent"] ?? [])].sort());
  }
  return byKind;
}

/** The `sent` column of the users' guide's table of error kinds: the quoted values of each row, by kind. */
function sentByKindInGuide(): Map<string, string[]> {
  const guide = readFileSync(path.join(repoRoot, "docs", "package-readme.md"), "utf8");
  const header = "| kind | what | `sent` | also in `error` |";
  const start = guide.indexOf(header);
  expect(start, "the guide's table of error kinds with its sent column").toBeGreaterThan(0);
  const rows = guide.slice(start, guide.indexOf("\n\n", start)).split("\n").slice(2);
  const byKind = new Map<string, string[]>();
  for (const row of rows) {
    const cells = row.split(" | ");
    const kind = /^\| `([a-z-]+)`$/.exec(cells[0] ?? "")?.[1];
    if (kind === undefined) throw new Error(`a row of the table without a kind: ${row}`);
    byKind.set(kind, [...new Set([...(cells[2] ?? "").matchAll(/`"([a-z]+)"`/g)].map((m) => m[1] ?? ""))].sort());
  }
  return byKind;
}

const inCode = sentByKindInCode();

test("every kind's type gives sent its values, and the users' guide's table gives each kind the same", () => {
  expect(inCode.size).toBeGreaterThan(5);
  for (const [kind, values] of inCode) expect(values.length, kind).toBeGreaterThan(0);
  expect(Object.fromEntries(sentByKindInGuide())).toEqual(Object.fromEntries(inCode));
});

test("a switch over sent with a never check covers every value the kinds allow", () => {
  // What a retrying back office writes: it compiles only while sent takes these values alone (the type-check runs it).
  const mayHaveActed = ({ sent }: ClientError): boolean => {
    switch (sent) {
      case "no":
        return false;
      case "maybe":
      case "yes":
        return true;
      default: {
        const unknown: never = sent;
        return unknown;
      }
    }
  };
  const all = [...new Set([...inCode.values()].flat())].sort();
  expect(all).toEqual(["maybe", "no", "yes"]);
  for (const sent of all) expect(mayHaveActed({ sent } as ClientError)).toBe(sent !== "no");
});

const secretKey = "error-sent-key";
const op = operations.paymentTokenInitialize;
const { status } = op;
if (!status) throw new Error("the operation has no status block");
const valid = { sdkOperationName: "CARDORDER", sdkVersion: "2.0.4" } as never;

/** Answers released by the test once the call has given its result: a handler that answers late, with no clock. */
let release = () => {};
let entered = () => {};
let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({
    secretKey,
    handlers: {
      paymentTokenInitialize: async (request) => {
        const by = (request as { sdkVersion?: string }).sdkVersion;
        if (by === "5.0.1") throw new MockHttpError(503, "maintenance");
        if (by === "5.0.2") return { [status.field]: status.accepted, seal: null };
        if (by === "5.0.3") return { [status.field]: status.accepted, seal: "forged" };
        if (by === "5.0.4") return { [status.field]: 42 } as never;
        if (by === "5.0.5") return { [status.field]: status.accepted, extra: "x".repeat(4096) } as never;
        if (by === "5.0.6") {
          entered();
          await new Promise<void>((resolve) => (release = resolve));
        }
        return { [status.field]: status.accepted };
      },
    },
  });
});
afterAll(async () => {
  release();
  await mock.close();
});

/**
 * A server that answers every request with a 200 status, its headers and the start of a body of 1000 declared
 * bytes, then, for sdkVersion 6.0.1, closes the connection there, and else never sends the rest: the reply's status
 * came, its body does not.
 */
let raw: Server;
let rawUrl = "";
beforeAll(async () => {
  raw = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      response.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
      const cut = (JSON.parse(body) as { sdkVersion?: string }).sdkVersion === "6.0.1";
      response.write(`{"${status.field}":"${status.accepted}"`, () => {
        if (cut) response.socket?.end();
      });
    });
  });
  await new Promise<void>((resolve) => raw.listen(0, "127.0.0.1", resolve));
  rawUrl = `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
});
afterAll(async () => {
  raw.closeAllConnections();
  await new Promise((resolve) => raw.close(resolve));
});

/** A call to the raw server; `more` may give a fetch of its own, which still calls the global one. */
const callRaw = (sdkVersion: string, more: Partial<ClientConfig> = {}, signal?: AbortSignal) =>
  createClient({
    environment: rawUrl as `http://${string}`,
    merchantId: "002001000000001",
    keyVersion: 1,
    secretKey,
    ...more,
  }).paymentTokenInitialize({ ...(valid as object), sdkVersion } as never, { signal });

const client = (more: Partial<ClientConfig> = {}) =>
  createClient({ environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey, ...more });
const call = (sdkVersion: string, more?: Partial<ClientConfig>, signal?: AbortSignal) =>
  client(more).paymentTokenInitialize({ ...(valid as object), sdkVersion } as never, { signal });

/** Each way a call fails, played with the mock: the kind it gives and what its sent says. */
const played: readonly [
  kind: ClientError["kind"],
  sent: ClientError["sent"],
  how: string,
  play: () => ReturnType<typeof call>,
][] = [
  ["invalid-request", "no", "a request that fails validation", () => client().paymentTokenInitialize({} as never)],
  ["aborted", "no", "a signal aborted before the call", () => call("2.0.4", {}, AbortSignal.abort())],
  [
    "aborted",
    "maybe",
    "a signal aborted once the mock holds the request",
    () => {
      const controller = new AbortController();
      entered = () => controller.abort();
      return call("5.0.6", {}, controller.signal).finally(() => release());
    },
  ],
  [
    "timeout",
    "maybe",
    "a handler that answers after timeoutMs",
    () => {
      entered = () => {};
      return call("5.0.6", { timeoutMs: 50 }).finally(() => release());
    },
  ],
  [
    "network",
    "no",
    "a refused request: a closed mock's url (test/client/unsent-failures.test.ts plays the other causes)",
    async () => {
      const closed = await startMockServer({ secretKey });
      await closed.close();
      return createClient({
        environment: closed.url,
        merchantId: "002001000000001",
        keyVersion: 1,
        secretKey,
      }).paymentTokenInitialize(valid);
    },
  ],
  [
    "network",
    "maybe",
    "a refused request through a fetch of one's own, which may have tried before",
    async () => {
      const closed = await startMockServer({ secretKey });
      await closed.close();
      return createClient({
        environment: closed.url,
        merchantId: "002001000000001",
        keyVersion: 1,
        secretKey,
        fetch: (url, init) => globalThis.fetch(url, init),
      }).paymentTokenInitialize(valid);
    },
  ],
  [
    "aborted",
    "yes",
    "a signal aborted once the reply's status came, its body not whole",
    () => {
      const controller = new AbortController();
      // The global fetch, and the abort once the client holds its reply (status and headers), reading its body.
      const fetch: NonNullable<ClientConfig["fetch"]> = async (url, init) => {
        const reply = await globalThis.fetch(url, init);
        setImmediate(() => controller.abort());
        return reply;
      };
      return callRaw("6.0.2", { fetch }, controller.signal);
    },
  ],
  [
    "timeout",
    "yes",
    "a reply whose status came, its body not whole within timeoutMs",
    () => callRaw("6.0.2", { timeoutMs: 500 }),
  ],
  ["network", "yes", "a reply whose connection is closed in its body", () => callRaw("6.0.1")],
  ["http", "yes", "a MockHttpError", () => call("5.0.1")],
  ["unsealed-response", "yes", "seal: null", () => call("5.0.2")],
  ["seal-mismatch", "yes", "a seal of the handler's own", () => call("5.0.3")],
  ["invalid-response", "yes", "a reply the types refuse", () => call("5.0.4")],
  ["reply-too-large", "yes", "a reply longer than maxReplyBytes", () => call("5.0.5", { maxReplyBytes: 1024 })],
];

test("the cases below play every kind, and each value its type allows", () => {
  const cases = new Map<string, string[]>();
  for (const [kind, sent] of played) cases.set(kind, [...(cases.get(kind) ?? []), sent].sort());
  expect(Object.fromEntries(cases)).toEqual(Object.fromEntries(inCode));
});

test.each(played)("%s, sent %s: %s", async (kind, sent, _how, play) => {
  const result = await play();
  expect(result.ok ? null : { kind: result.error.kind, sent: result.error.sent }).toEqual({ kind, sent });
  // A log holds the message alone: one whose request may have gone says so, whatever the kind, and no other does.
  const says = (result.ok ? "" : result.error.message).includes("the request may have been sent");
  expect(says, result.ok ? "ok" : result.error.message).toBe(sent === "maybe");
});
