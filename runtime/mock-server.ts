// A local Sips server for tests: every operation at its endpoint's path, on
// 127.0.0.1. It checks requests as Sips does (format, then seal) and answers
// with the operation's documented codes, or with the example response or a
// handler's, sealed with the test key. An operation with a callback and a POST
// form address is a local Paypage too (mock-paypage.ts).

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { primaryEndpoint, primaryPostAddress, type OperationDescriptor } from "./descriptor.js";
import { isSealAlgorithmName, type SealAlgorithmName } from "./seal.js";
import { SEAL_ALGORITHM_FIELD, SEAL_FIELD } from "./platform.js";
import { formatIssue } from "./issues.js";
import { isPlainObject } from "./validation.js";
import { MockPaypage, type MockPaypageOperation, type MockPaypageOptions } from "./mock-paypage.js";

/** A JSON object as the mock reads and writes it. */
export type MockMessage = Record<string, unknown>;

/**
 * Answers a valid, correctly sealed request. Its result is sealed with the
 * server's key, unless it carries a seal of its own, which is sent as it is
 * (to test how a client takes a tampered reply).
 */
export type MockHandler = (request: MockMessage) => MockMessage | Promise<MockMessage>;

export interface MockServerOptions<N extends string = string> {
  /** The port to listen on; 0 or absent for any free port. */
  readonly port?: number;
  /** The key requests are verified and replies sealed with. */
  readonly secretKey: string;
  /** Replies per operation, instead of the example response. */
  readonly handlers?: { readonly [K in N]?: MockHandler };
  /** The local Paypage: the payment's outcome (accepted by default) and reports of automatic responses. */
  readonly paypage?: MockPaypageOptions;
}

export interface MockServer {
  /** The server's origin, e.g. "http://127.0.0.1:40123": a client's `environment`. */
  readonly url: string;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/** An operation as the mock serves it: its descriptor and the response it answers with by default. */
export interface MockOperation {
  readonly operation: OperationDescriptor<unknown, unknown>;
  readonly example: MockMessage;
  /** The example of what it posts back (its callback), for an operation the mock plays payments of. */
  readonly callbackExample?: MockMessage;
}

/** An operation for `serveOperations`; the mock checks and seals messages whatever their type. */
export function mockOperation<Request, Response, Environment extends string, Callback>(served: {
  readonly operation: OperationDescriptor<Request, Response, Environment, Callback>;
  readonly example: MockMessage;
  readonly callbackExample?: MockMessage;
}): MockOperation {
  const operation = served.operation as unknown as OperationDescriptor<unknown, unknown>;
  return served.callbackExample === undefined
    ? { operation, example: served.example }
    : { operation, example: served.example, callbackExample: served.callbackExample };
}

/** The POST form path of an operation the mock plays payments of (a callback, a `post` address), with what it needs. */
function paypageOf(served: MockOperation): { path: string; paypage: MockPaypageOperation } | null {
  const { operation, callbackExample } = served;
  const post = primaryPostAddress(operation.addresses);
  if (!operation.callback || callbackExample === undefined || post === undefined) return null;
  return {
    path: new URL(post).pathname,
    paypage: { operation, callback: operation.callback, example: callbackExample },
  };
}

/** Larger request bodies are refused: no Sips request comes near it. */
const MAX_BODY_BYTES = 1 << 20;

/**
 * How much of a refused body is read and dropped before answering 413: the
 * client is still sending it, and closing a socket with unread data resets the
 * connection, so the client would see ECONNRESET instead of the 413. Past this,
 * the connection is cut.
 */
const MAX_DISCARDED_BYTES = 64 << 20;

/**
 * Starts a mock of the given operations.
 *
 * @throws TypeError when the key is not a non-empty string or the port is not an integer from 0 to 65535.
 */
export async function serveOperations(
  operations: readonly MockOperation[],
  options: MockServerOptions,
): Promise<MockServer> {
  const { port = 0, secretKey, handlers = {} } = options;
  if (typeof secretKey !== "string" || secretKey === "") throw new TypeError("secretKey must be a non-empty string");
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new TypeError("port must be an integer from 0 to 65535");
  const byPath = new Map(operations.map((o) => [new URL(primaryEndpoint(o.operation.endpoints)).pathname, o]));
  const paypage = new MockPaypage(secretKey, options.paypage);
  const played = new Map(
    operations.flatMap((o) => {
      const p = paypageOf(o);
      return p ? [[o, p] as const] : [];
    }),
  );
  const forms = new Map([...played.values()].map((p) => [p.path, p.paypage]));
  const site: Site = { byPath, forms, played, paypage, secretKey, handlers, origin: "" };
  const server = createServer((req, res) => {
    // A handler that throws or returns something other than an object: a 500, as a failing server would answer.
    void answer(req, res, site).catch(() => {
      if (!res.headersSent) send(res, 500, { error: "the mock failed to answer" });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const actual = typeof address === "object" && address !== null ? address.port : port;
  site.origin = `http://127.0.0.1:${actual}`;
  return {
    url: site.origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** What one mock server serves. */
interface Site {
  readonly byPath: ReadonlyMap<string, MockOperation>;
  /** The local Paypage's operations, by the path of their POST form address. */
  readonly forms: ReadonlyMap<string, MockPaypageOperation>;
  /** The same, by operation served: where its JSON reply points the buyer. */
  readonly played: ReadonlyMap<MockOperation, { path: string; paypage: MockPaypageOperation }>;
  readonly paypage: MockPaypage;
  readonly secretKey: string;
  readonly handlers: { readonly [name: string]: MockHandler | undefined };
  /** The server's own origin, once it listens: where its redirectionUrl points. */
  origin: string;
}

async function answer(req: IncomingMessage, res: ServerResponse, site: Site): Promise<void> {
  const { byPath, secretKey, handlers } = site;
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  const form = site.forms.get(path);
  if (form) return answerForm(req, res, site, form);
  const served = byPath.get(path);
  if (!served) return send(res, 404, { error: "no operation at this path" });
  if (req.method !== "POST") return send(res, 405, { error: "Sips operations take POST" }, { allow: "POST" });
  const text = await readBody(req);
  if (text === "cut") return void res.destroy();
  if (text === null) {
    // The body was read to its end: the client reads the 413, then the connection closes.
    return send(res, 413, { error: `the body is larger than ${MAX_BODY_BYTES} bytes` }, { connection: "close" });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return send(res, 400, { error: "the body is not JSON" });
  }
  const { operation, example } = served;
  const named = isPlainObject(body) ? body[SEAL_ALGORITHM_FIELD] : undefined;
  const algorithm: SealAlgorithmName | undefined = isSealAlgorithmName(named) ? named : undefined;
  const checked = operation.request.validate(body);
  if (!checked.ok || !isPlainObject(body)) {
    return refuse(res, operation, "formatError", secretKey, algorithm, {
      error: "the request is invalid",
      // For people: each message with its value described, the values themselves not echoed.
      issues: checked.ok ? [] : checked.errors.map((i) => ({ path: i.path, code: i.code, message: formatIssue(i) })),
    });
  }
  if (!operation.request.verify(body as never, secretKey)) {
    return refuse(res, operation, "signatureError", secretKey, algorithm, {
      error: "the request's seal does not verify",
    });
  }
  const handler = Object.hasOwn(handlers, operation.name) ? handlers[operation.name] : undefined;
  const status = operation.status;
  const accepted = status?.accepted ? { ...example, [status.field]: status.accepted } : { ...example };
  const played = site.played.get(served);
  const reply = handler
    ? await handler(body)
    : played
      ? { ...accepted, ...site.paypage.startFromJson(played.paypage, body, algorithm, `${site.origin}${played.path}`) }
      : accepted;
  if (typeof reply[SEAL_FIELD] === "string") return send(res, 200, reply);
  const unsealed = { ...reply };
  delete unsealed[SEAL_FIELD];
  return send(res, 200, {
    ...unsealed,
    [SEAL_FIELD]: operation.response.seal(unsealed as never, secretKey, algorithm),
  });
}

/** A form a browser posts to the local Paypage: the redirection of a JSON initialization, or the POST interface's form. */
async function answerForm(
  req: IncomingMessage,
  res: ServerResponse,
  site: Site,
  served: MockPaypageOperation,
): Promise<void> {
  if (req.method !== "POST") return send(res, 405, { error: "Paypage takes a form POST" }, { allow: "POST" });
  const text = await readBody(req);
  if (text === "cut") return void res.destroy();
  if (text === null)
    return send(res, 413, { error: `the body is larger than ${MAX_BODY_BYTES} bytes` }, { connection: "close" });
  const page = await site.paypage.answerForm(served, text);
  res.writeHead(page.status, {
    "content-type": "text/html; charset=utf-8",
    "content-length": Buffer.byteLength(page.html),
  });
  res.end(page.html);
}

/**
 * A refused request: the operation's documented code with its meaning, sealed;
 * HTTP 400 with the reason when no public source gives the code.
 */
function refuse(
  res: ServerResponse,
  operation: OperationDescriptor<unknown, unknown>,
  which: "formatError" | "signatureError",
  secretKey: string,
  algorithm: SealAlgorithmName | undefined,
  undocumented: MockMessage,
): void {
  const status = operation.status;
  const code = status?.[which];
  if (!status || !code) {
    send(res, 400, undocumented);
    return;
  }
  const meaning = operation.response.fields
    .find((f) => f.name === status.field)
    ?.valueList?.values.find((v) => v.value === code)?.meanings[0];
  const reply: MockMessage = { [status.field]: code };
  if (status.messageField !== null && meaning !== undefined) reply[status.messageField] = meaning;
  reply[SEAL_FIELD] = operation.response.seal(reply as never, secretKey, algorithm);
  send(res, 200, reply);
}

/**
 * The body as text; null when it is larger than the mock reads, once the rest
 * of it has been read and dropped; "cut" when it goes on past
 * MAX_DISCARDED_BYTES, for the connection to be cut.
 */
async function readBody(req: IncomingMessage): Promise<string | null | "cut"> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_DISCARDED_BYTES) return "cut";
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    else chunks.length = 0;
  }
  return size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}
