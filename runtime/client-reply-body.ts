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
 * The reply's text, or null when it is longer than `maxBytes` bytes: read as a stream, cancelled once past
 * the bound, so that no more of it is received or kept. A Content-Length past the bound is refused before
 * anything is read. A reply without a stream (a fetch of one's own that gives only `text()`) is read whole
 * and then measured.
 */
export async function boundedText(reply: ReplyText, maxBytes: number): Promise<string | null> {
  const reader = readerOf(reply.body);
  if (declaredLength(reply.headers) > maxBytes) {
    reader?.cancel().catch(() => {});
    return null;
  }
  if (reader === undefined) {
    const text = await reply.text();
    return utf8Length(text, maxBytes) > maxBytes ? null : text;
  }
  const decoder = new TextDecoder();
  let read = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    // Told by its brand, not instanceof: a fetch of another realm (a vm context) gives that realm's Uint8Array.
    if (!ArrayBuffer.isView(value)) {
      reader.cancel().catch(() => {});
      throw new TypeError("the reply's body gave a chunk that is not bytes");
    }
    // Typed as the decoder's declarations name bytes, which take a view of any realm.
    const bytes = value as Uint8Array;
    read += bytes.byteLength;
    if (read > maxBytes) {
      // Not awaited: a stream may settle its cancel only once its source does, which an endless one never does.
      reader.cancel().catch(() => {});
      return null;
    }
    text += decoder.decode(bytes, { stream: true });
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
