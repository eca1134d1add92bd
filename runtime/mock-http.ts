// The HTTP of the mock server: request bodies read within a bound, JSON replies.

import type { IncomingMessage, ServerResponse } from "node:http";
import { MockFailure } from "./mock-failure.js";

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
 * The body of a request to `operation` as text; null once the request is answered instead: a
 * body larger than the mock reads is refused with a 413 when it has been read
 * to its end (the client reads the 413, then the connection closes), and its
 * connection is cut when it goes on past MAX_DISCARDED_BYTES.
 *
 * @throws MockFailure when the request ends before its body does (its client closed the connection): Node says
 * only "aborted", which told a test's onError neither which request nor why.
 */
export async function requestBody(
  req: IncomingMessage,
  res: ServerResponse,
  operation: string,
): Promise<string | null> {
  const text = await readBody(req, operation);
  if (text === "cut") res.destroy();
  else if (text === null)
    sendJson(res, 413, { error: `the body is larger than ${MAX_BODY_BYTES} bytes` }, { connection: "close" });
  else return text;
  return null;
}

/**
 * The body as text; null when it is larger than the mock reads, once the rest
 * of it has been read and dropped; "cut" when it goes on past
 * MAX_DISCARDED_BYTES, for the connection to be cut.
 */
async function readBody(req: IncomingMessage, operation: string): Promise<string | null | "cut"> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_DISCARDED_BYTES) return "cut";
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else chunks.length = 0;
    }
  } catch (error) {
    throw new MockFailure(operation, cutBodyText(operation, size, req.headers["content-length"]), error);
  }
  return size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString("utf8");
}

/** Up to this many characters of a Content-Length that is not a number are quoted. */
const SHOWN_LENGTH = 20;

/**
 * What a request cut short says: how much of its body came, of how much announced, and what cuts one (a client
 * that aborts, or times out, while it sends). Node's own error, its `cause`, says only "aborted".
 */
function cutBodyText(operation: string, received: number, announced: string | undefined): string {
  const of =
    announced === undefined
      ? " (no Content-Length announced)"
      : /^\d{1,15}$/.test(announced)
        ? ` of the ${announced} its Content-Length announced`
        : ` (its Content-Length is ${JSON.stringify(announced.slice(0, SHOWN_LENGTH))})`;
  return `the request to ${operation} ended before its body did: its client closed the connection after ${received} bytes${of}; check whether the client aborted or timed out while sending`;
}

/** Sends `body` as JSON; gives the text sent, for the record of calls (mock-calls.ts). */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): string {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
  return text;
}

/** A reply of plain text: what a handler's MockHttpError asks for. */
export function sendText(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "content-length": Buffer.byteLength(body) });
  res.end(body);
}
