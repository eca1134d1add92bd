// Replies for the client's tests of how far it reads a body: a loopback server
// that answers every request alike, and fetches of one's own whose body is a
// stream, given at once or pulled, endless or not.
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { type BaseUrl, type ClientConfig, createClient, type FetchLike } from "../../generated/index.js";

const servers: Server[] = [];

/** Closes the servers `serve` started, their connections first; for `afterEach`. */
export function closeServers(): void {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
}

/** A loopback server that answers every request with `answer`, each connection given to `onConnection`; its base URL. */
export async function serve(
  answer: (res: ServerResponse) => void,
  onConnection?: (socket: Socket) => void,
): Promise<BaseUrl> {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => answer(res));
  });
  if (onConnection !== undefined) server.on("connection", onConnection);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A client's configuration for `environment` (a base URL, or a name), with a bound, a fetch and a timeout when given. */
export const replyConfig = (
  environment: ClientConfig["environment"],
  maxReplyBytes?: number,
  fetch?: FetchLike,
  timeoutMs?: number,
): ClientConfig => ({
  environment,
  merchantId: "002001000000001",
  keyVersion: 1,
  secretKey: "reply-size-key",
  ...(maxReplyBytes === undefined ? {} : { maxReplyBytes }),
  ...(fetch === undefined ? {} : { fetch }),
  ...(timeoutMs === undefined ? {} : { timeoutMs }),
});

/** One call of the client so configured. */
export const callWith = (c: ClientConfig) => createClient(c).paymentWebInit({ amount: 1250, currencyCode: "978" });

/**
 * A fetch whose reply, HTTP 500, has a body that is a stream of `chunks`, then its end unless it is `endless`;
 * `state` says whether it was cancelled.
 */
export function streaming(chunks: readonly unknown[], endless = false) {
  const state = { cancelled: false };
  const fetch: FetchLike = async () => ({
    status: 500,
    text: async () => "read as a stream, never by text()",
    body: new ReadableStream({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        if (!endless) controller.close();
      },
      cancel() {
        state.cancelled = true;
      },
    }),
  });
  return { fetch, state };
}

/**
 * A fetch whose reply, HTTP `status`, has a body that never ends: the UTF-8 of `text` over and over, `size` bytes
 * of it each time the reader pulls; the bytes pulled counted in `state`, with whether the body was cancelled.
 */
export function pulled(text: string, size: number, status = 500) {
  const pattern = new TextEncoder().encode(text);
  const state = { bytes: 0, cancelled: false };
  const fetch: FetchLike = async () => ({
    status,
    text: async () => "read as a stream, never by text()",
    body: new ReadableStream({
      pull(controller) {
        const chunk = new Uint8Array(size);
        for (let i = 0; i < size; i++) chunk[i] = pattern[(state.bytes + i) % pattern.length] ?? 0;
        state.bytes += size;
        controller.enqueue(chunk);
      },
      cancel() {
        state.cancelled = true;
      },
    }),
  });
  return { fetch, state };
}
