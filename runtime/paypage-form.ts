// The form Paypage posts back to the shop, as a web framework hands it over:
// a raw application/x-www-form-urlencoded body (text or bytes), parsed entries
// (URLSearchParams, FormData, a Map) or a record of fields. Only the form's
// own fields are read here; `Data` stays text until its seal verifies.

/** The fields of a Paypage POST form, as the POST interface names them. */
export const PAYPAGE_FORM_FIELDS = Object.freeze({
  data: "Data",
  seal: "Seal",
  interfaceVersion: "InterfaceVersion",
  encode: "Encode",
  sealAlgorithm: "SealAlgorithm",
} as const);

/**
 * The largest post read, in characters of the body (bytes when it is given as
 * bytes) or of the form's values together: a Paypage response is a few
 * kilobytes, base64 included; anything larger is refused unread.
 */
export const PAYPAGE_POST_MAX_LENGTH = 65_536;

/** At most this many entries are read from parsed entries or a record. */
const MAX_ENTRIES = 256;

/**
 * What a Paypage post may be given as: the raw body (a string, or bytes: a
 * Buffer, an ArrayBuffer as `Request.arrayBuffer()` gives it, any view of one),
 * parsed entries (URLSearchParams, FormData, any iterable of [name, value]) or
 * a record of the form's fields (a body parser's result).
 */
export type PaypagePost =
  | string
  | Uint8Array
  | ArrayBuffer
  | ArrayBufferView
  | Iterable<readonly [string, unknown]>
  | { readonly [field: string]: unknown };

/** The form's fields, each as posted, or undefined when absent. */
export interface PaypageFormValues {
  readonly data: string | undefined;
  readonly seal: string | undefined;
  readonly interfaceVersion: string | undefined;
  readonly encode: string | undefined;
  readonly sealAlgorithm: string | undefined;
}

export type FormReading =
  { readonly ok: true; readonly values: PaypageFormValues } | { readonly ok: false; readonly message: string };

type Key = keyof typeof PAYPAGE_FORM_FIELDS;

/** Which of the form's fields a name is (compared, not hashed: names read from a body are new strings). */
function keyOf(name: unknown): Key | undefined {
  switch (name) {
    case PAYPAGE_FORM_FIELDS.data:
      return "data";
    case PAYPAGE_FORM_FIELDS.seal:
      return "seal";
    case PAYPAGE_FORM_FIELDS.interfaceVersion:
      return "interfaceVersion";
    case PAYPAGE_FORM_FIELDS.encode:
      return "encode";
    case PAYPAGE_FORM_FIELDS.sealAlgorithm:
      return "sealAlgorithm";
    default:
      return undefined;
  }
}

/** Collects the form's fields from name/value pairs: a repeated field or a value that is not text makes the form unreadable. */
class Collector {
  readonly values: { -readonly [K in Key]: string | undefined } = {
    data: undefined,
    seal: undefined,
    interfaceVersion: undefined,
    encode: undefined,
    sealAlgorithm: undefined,
  };
  length = 0;
  problem: string | undefined = undefined;

  add(name: unknown, value: unknown): void {
    const key = keyOf(name);
    if (key === undefined || this.problem !== undefined) return;
    if (this.values[key] !== undefined) this.problem = `the form has ${PAYPAGE_FORM_FIELDS[key]} more than once`;
    else if (typeof value !== "string") this.problem = `the form's ${PAYPAGE_FORM_FIELDS[key]} is not text`;
    else if ((this.length += value.length) > PAYPAGE_POST_MAX_LENGTH) this.problem = tooLarge;
    else this.values[key] = value;
  }

  reading(): FormReading {
    return this.problem === undefined ? { ok: true, values: this.values } : { ok: false, message: this.problem };
  }
}

const tooLarge = `the post is larger than ${PAYPAGE_POST_MAX_LENGTH} characters`;
const unreadable: FormReading = { ok: false, message: "the post could not be read" };

/** The form's fields, from any of the forms a post may take. Never throws: a post that cannot be read says why. */
export function readPaypageForm(post: unknown): FormReading {
  try {
    if (typeof post === "string") return readBody(post);
    if (typeof post !== "object" || post === null)
      return { ok: false, message: "the post is neither a body nor a form" };
    if (post instanceof Uint8Array) return readBytes(post);
    // Bytes in their other forms, which would otherwise be read as a record with no field at all.
    if (post instanceof ArrayBuffer) return readBytes(new Uint8Array(post));
    if (ArrayBuffer.isView(post)) return readBytes(new Uint8Array(post.buffer, post.byteOffset, post.byteLength));
    const iterator = (post as { [Symbol.iterator]?: unknown })[Symbol.iterator];
    if (typeof iterator === "function") return readEntries(post as Iterable<unknown>);
    const unread = unreadBody(post);
    return unread === undefined ? readRecord(post) : { ok: false, message: unread };
  } catch {
    // A getter, proxy or iterator that throws.
    return unreadable;
  }
}

/**
 * Why a post is a body not read yet: a promise (an await forgotten), a Request, Response or Blob, or a
 * stream (node's request). Read as a record, each has no field, and its error would say the form has no
 * Data, as if Sips had posted a bad one; the decoder is synchronous and reads none of them.
 */
function unreadBody(post: object): string | undefined {
  const body = post as { then?: unknown; arrayBuffer?: unknown; [Symbol.asyncIterator]?: unknown };
  if (typeof body.then === "function") return "the post is a promise: await it, and decode the body or form it gives";
  if (typeof body.arrayBuffer === "function")
    return "the post is a request, response or blob whose body is not read: decode its text, bytes or formData()";
  if (typeof body[Symbol.asyncIterator] === "function")
    return "the post is a stream (a request whose body is not read): decode the body read from it";
  return undefined;
}

function readBytes(bytes: Uint8Array): FormReading {
  if (bytes.byteLength > PAYPAGE_POST_MAX_LENGTH) return { ok: false, message: tooLarge };
  return readBody(new TextDecoder().decode(bytes));
}

function readEntries(entries: Iterable<unknown>): FormReading {
  const collector = new Collector();
  let count = 0;
  for (const entry of entries) {
    if (++count > MAX_ENTRIES) return { ok: false, message: `the form has more than ${MAX_ENTRIES} fields` };
    if (!Array.isArray(entry) || entry.length < 2)
      return { ok: false, message: "the form's entries are not [name, value] pairs" };
    collector.add(entry[0], entry[1]);
  }
  return collector.reading();
}

function readRecord(record: object): FormReading {
  const collector = new Collector();
  const names = Object.keys(record);
  if (names.length > MAX_ENTRIES) return { ok: false, message: `the form has more than ${MAX_ENTRIES} fields` };
  // A body parser gives a repeated field as an array: the collector refuses it as not text.
  for (const name of names)
    if (keyOf(name) !== undefined) collector.add(name, (record as Record<string, unknown>)[name]);
  return collector.reading();
}

/**
 * Whether a string has no lone surrogate, which the WHATWG parser reads as
 * U+FFFD and decodeURIComponent keeps (String.prototype.isWellFormed, Node 20+:
 * immediate for the one-byte strings bodies are).
 */
const isWellFormed = (text: string): boolean => (text as unknown as { isWellFormed(): boolean }).isWellFormed();

/**
 * Reads an application/x-www-form-urlencoded body exactly as the WHATWG
 * parser (URLSearchParams, fetch's formData()) does. The fast path decodes
 * only what it keeps; a body it cannot decode the same way (a lone surrogate, a
 * malformed escape) goes to URLSearchParams.
 */
function readBody(body: string): FormReading {
  if (body.length > PAYPAGE_POST_MAX_LENGTH) return { ok: false, message: tooLarge };
  if (isWellFormed(body)) {
    const fast = readWellFormedBody(body);
    if (fast !== null) return fast;
  }
  const collector = new Collector();
  // The constructor drops a leading "?" (it takes query strings too); a body's "?" is part of its first name.
  for (const [name, value] of new URLSearchParams(`&${body}`)) collector.add(name, value);
  return collector.reading();
}

/**
 * The fast path: decodeURIComponent decodes what the WHATWG parser does, but
 * for lone surrogates (ruled out before) and malformed escapes or UTF-8, which
 * it refuses: null then, for the WHATWG parser to decide.
 */
function readWellFormedBody(body: string): FormReading | null {
  const collector = new Collector();
  let start = 0;
  // The next "=" at or after `start`, kept across pairs: a body of pairs without one costs no second scan.
  let equals = -1;
  while (start <= body.length) {
    let end = body.indexOf("&", start);
    if (end < 0) end = body.length;
    if (end > start) {
      if (equals < start && equals !== -2) {
        equals = body.indexOf("=", start);
        if (equals < 0) equals = -2;
      }
      const split = equals >= 0 && equals < end ? equals : end;
      const name = decodeComponent(body.slice(start, split));
      if (name === null) return null;
      if (keyOf(name) !== undefined) {
        const value = decodeComponent(split < end ? body.slice(split + 1, end) : "");
        if (value === null) return null;
        collector.add(name, value);
      }
    }
    start = end + 1;
  }
  return collector.reading();
}

/** One name or value of a body: "+" is a space, then percent-decoding as UTF-8; null when an escape is malformed. */
function decodeComponent(text: string): string | null {
  const plus = text.includes("+");
  if (!plus && !text.includes("%")) return text;
  try {
    return decodeURIComponent(plus ? text.replaceAll("+", " ") : text);
  } catch {
    return null;
  }
}
