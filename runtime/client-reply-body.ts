// A reply's text, read up to a bound: a server or proxy that sends a huge or
// endless body would otherwise hold the call until its timeout, its memory
// growing all the while. Sips's replies are a few kilobytes.

/** The longest reply read by default, in bytes (1 MiB): hundreds of times the size of any Sips reply. */
export const DEFAULT_MAX_REPLY_BYTES = 1_048_576;

/** What a reply offers to be read by: its text, and its body as a stream where the fetch gives one. */
export interface ReplyText {
  text(): Promise<string>;
  readonly body?: unknown;
  readonly headers?: unknown;
}

/** A stream's reader, as far as the client reads it (the platform's ReadableStream gives one). */
interface ChunkReader {
  read(): Promise<{ readonly done: boolean; readonly value?: unknown }>;
  cancel(reason?: unknown): Promise<void>;
}

/**
 * What was read of a reply: its whole text; or its start, as far as an excerpt of it needs; or, when it is longer
 * than the bound, its start or nothing.
 */
export interface BoundedText {
  /** The text read: the whole reply, or what came of it up to the excerpt or the bound (empty when none was kept). */
  readonly text: string;
  /** How far the reply was read: to its end (`text` is the whole reply), to the excerpt, or to the bound it passes. */
  readonly end: "whole" | "excerpt" | "bound";
}

/**
 * The reply's text, read as a stream, cancelled once past `maxBytes` bytes, so that no more of it is received,
 * and nothing of it kept. An error's body, of which only an excerpt is shown, is read only to `excerptBytes`
 * (when given), then cancelled, its start up to there kept (or up to the bound, when that comes first). A
 * Content-Length past the bound is refused before anything is read. A reply without a stream (a fetch of one's
 * own that gives only `text()`) is read whole and then measured, an error's kept whole (it is in memory already).
 */
export async function boundedText(reply: ReplyText, maxBytes: number, excerptBytes?: number): Promise<BoundedText> {
  const reader = readerOf(reply.body);
  // Not read at all, whatever the status: the declared body may never come, and the call would wait for it.
  if (declaredLength(reply.headers) > maxBytes) {
    reader?.cancel().catch(() => {});
    return NOTHING_KEPT;
  }
  const keepStart = excerptBytes !== undefined;
  if (reader === undefined) {
    const text = await reply.text();
    if (utf8Length(text, maxBytes) <= maxBytes) return { text, end: "whole" };
    return keepStart ? { text, end: "bound" } : NOTHING_KEPT;
  }
  const limit = keepStart ? Math.min(maxBytes, excerptBytes) : maxBytes;
  // The chunks as they came, decoded once at the end by the one decoder of the module: a decoder made for each
  // reply, fed chunk by chunk, cost about twice as much for a Sips reply, which comes in one chunk.
  const chunks: Uint8Array[] = [];
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: decoded(chunks, read), end: "whole" };
    // Told by its brand, not instanceof: a fetch of another realm (a vm context) gives that realm's Uint8Array.
    if (!ArrayBuffer.isView(value)) {
      reader.cancel().catch(() => {});
      throw new TypeError("the reply's body gave a chunk that is not bytes");
    }
    // Its bytes as this realm's Uint8Array (a view, no copy), whatever view it came as: they are joined below.
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    read += bytes.byteLength;
    if (read > limit) {
      // Not awaited: a stream may settle its cancel only once its source does, which an endless one never does.
      // Node's fetch closes the connection of a body cancelled before its end, never leaving it half-read.
      reader.cancel().catch(() => {});
      if (!keepStart) return NOTHING_KEPT;
      // The bytes up to the limit; a character they end inside is left out (a streaming decode keeps it back).
      chunks.push(bytes.subarray(0, bytes.byteLength - (read - limit)));
      return {
        text: new TextDecoder().decode(joined(chunks, limit), { stream: true }),
        end: read > maxBytes ? "bound" : "excerpt",
      };
    }
    chunks.push(bytes);
  }
}

/** The module's one decoder: never streaming, so it keeps no state between replies. */
const WHOLE = new TextDecoder();

/**
 * Decodes a whole reply, a sequence cut at its end replaced as a flushed streaming decode replaces it: decoding
 * once what came in chunks gives what decoding chunk by chunk gives.
 */
const decoded = (chunks: readonly Uint8Array[], length: number): string => WHOLE.decode(joined(chunks, length));

/** The chunks one after the other, `length` bytes in all. */
function joined(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const all = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return all;
}

const NOTHING_KEPT: BoundedText = { text: "", end: "bound" };

/**
 * Cancels a reply's body that will not be read, when it is a stream (Node's fetch then closes its connection);
 * a body that cannot give a reader (one locked already) is left as it is.
 */
export function discardBody(body: unknown): void {
  try {
    readerOf(body)
      ?.cancel()
      .catch(() => {});
  } catch {
    // Nothing to cancel: the reply is refused all the same.
  }
}

/** The body's reader, when it is a stream that gives one. */
function readerOf(body: unknown): ChunkReader | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const getReader = (body as { getReader?: unknown }).getReader;
  return typeof getReader === "function" ? (getReader.call(body) as ChunkReader) : undefined;
}

/**
 * A header of the reply, read as `Headers` gives it; undefined from headers in another form (a fetch of one's
 * own may give them so, or none), or without it.
 */
export function headerOf(headers: unknown, name: string): string | undefined {
  try {
    const get = (headers as { get?: unknown } | null | undefined)?.get;
    const value: unknown = typeof get === "function" ? get.call(headers, name) : undefined;
    return typeof value === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The Content-Length the reply declares; 0 when none or unreadable. */
function declaredLength(headers: unknown): number {
  const value = headerOf(headers, "content-length")?.trim();
  const length = value !== undefined && /^\d+$/.test(value) ? Number(value) : 0;
  return Number.isFinite(length) ? length : 0;
}

/** The UTF-8 length of `text`, counted only until it passes `limit`. */
function utf8Length(text: string, limit: number): number {
  if (text.length > limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const unit = text.charCodeAt(i);
    bytes +=
      unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit < 0xdc00 ? 4 : unit < 0xdc00 || unit > 0xdfff ? 3 : 0;
  }
  return bytes;
}
