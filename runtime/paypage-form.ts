// The form Paypage posts back to the shop, as a web framework hands it over:
// a raw application/x-www-form-urlencoded body (text or bytes, read by
// paypage-form-body.ts), parsed entries (URLSearchParams, FormData, a Map) or
// a record of fields. Only the form's own fields are read
// (paypage-form-fields.ts); `Data` stays text until its seal verifies.

import { readFormBody } from "./paypage-form-body.js";
import { describeKind } from "./issue-format.js";
import { kindOfThrown } from "./is-error.js";
import {
  FormFieldCollector,
  type FormReading,
  formFieldKey,
  MAX_FORM_FIELDS,
  PAYPAGE_POST_MAX_LENGTH,
  POST_TOO_LARGE_TEXT,
  TOO_MANY_FIELDS_TEXT,
} from "./paypage-form-fields.js";

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

/**
 * A body not read yet, which a post is always refused as (`unreadBody` below): a promise (an `await` forgotten) or
 * any thenable (a `then` method of whatever shape: a query builder's or a lazy promise's, which `await` calls too,
 * and the refusal reads as a promise, where `PromiseLike` holds only the standard shape), a Request, Response or
 * Blob (`arrayBuffer()`), a stream such as node's request (an async iterable).
 */
export type UnreadPaypageBody =
  PromiseLike<unknown> | { then(...args: never[]): unknown } | { arrayBuffer(): unknown } | AsyncIterable<unknown>;

/**
 * What a decoder's `post` parameter is for a body not read yet: a type no such argument has, whose one member the
 * compiler's error quotes, so that it says what to do (where `never` said only that nothing fits).
 */
export interface PaypageBodyNotReadYet {
  readonly "a body not read yet (a promise, a Request, a stream): read it first, and pass its text or bytes": never;
}

/**
 * The type a decoder's `post` parameter takes for an argument of type `P`: `P` itself, or
 * {@link PaypageBodyNotReadYet} where `P` is an {@link UnreadPaypageBody} by the members it declares, so that such
 * a post, which can only be refused, does not compile, and the error says why. Index signatures are left out of the test: through them a body parser's `Record<string, any>` would
 * seem to have a `then` (it passes, as `unknown` and `any` do: a body whose type the framework does not know),
 * and a promise with a string index as well (`Promise<string> & Record<string, unknown>`) is refused.
 */
export type PaypagePostArgument<P> = P extends unknown
  ? // P's members without its index signatures: those it names, as a promise names `then`.
    {
      [K in keyof P as string extends K ? never : number extends K ? never : symbol extends K ? never : K]: P[K];
    } extends UnreadPaypageBody
    ? PaypageBodyNotReadYet
    : P
  : never;

/**
 * Why a post whose reading threw was refused: what it was, and what threw (its class alone, never its message: it
 * may quote the post).
 */
function unreadable(post: object, thrown: unknown): FormReading {
  const message = `the post could not be read: reading ${describeKind(post)} (a property getter, proxy or iterator) threw ${kindOfThrown(thrown)}; pass the body's text or bytes, or its parsed fields`;
  return { ok: false, message };
}

/** The form's fields, from any of the forms a post may take. Never throws: a post that cannot be read says why. */
export function readPaypageForm(post: unknown): FormReading {
  try {
    if (typeof post === "string") return readFormBody(post);
    if (typeof post !== "object" || post === null)
      return {
        ok: false,
        message: `the post is neither a body nor a form: got ${describeKind(post)}; pass the body's text or bytes, or its parsed fields`,
      };
    if (post instanceof Uint8Array) return readBytes(post);
    // Bytes in their other forms, which would otherwise be read as a record with no field at all.
    if (post instanceof ArrayBuffer) return readBytes(new Uint8Array(post));
    if (ArrayBuffer.isView(post)) return readBytes(new Uint8Array(post.buffer, post.byteOffset, post.byteLength));
    const iterator = (post as { [Symbol.iterator]?: unknown })[Symbol.iterator];
    if (typeof iterator === "function") return readEntries(post as Iterable<unknown>);
    const unread = unreadBody(post);
    return unread === undefined ? readRecord(post) : { ok: false, message: unread };
  } catch (error) {
    // A getter, proxy or iterator that throws: `post` is an object, the others are read without a throw.
    return unreadable(post as object, error);
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

/**
 * Bytes as the WHATWG parser reads them, "UTF-8 decode without BOM": a leading byte order mark stays, part of the
 * first name, as in the same body given as text (a decoder that took it off read a Data that text had not).
 */
const bodyText = new TextDecoder("utf-8", { ignoreBOM: true });

function readBytes(bytes: Uint8Array): FormReading {
  if (bytes.byteLength > PAYPAGE_POST_MAX_LENGTH) return { ok: false, message: POST_TOO_LARGE_TEXT };
  return readFormBody(bodyText.decode(bytes));
}

function readEntries(entries: Iterable<unknown>): FormReading {
  const collector = new FormFieldCollector();
  let count = 0;
  for (const entry of entries) {
    if (++count > MAX_FORM_FIELDS) return { ok: false, message: TOO_MANY_FIELDS_TEXT };
    if (!Array.isArray(entry) || entry.length < 2)
      return {
        ok: false,
        message: `the form's entries are not [name, value] pairs: entry ${count} is ${describeKind(entry)}`,
      };
    collector.add(entry[0], entry[1]);
  }
  return collector.reading();
}

function readRecord(record: object): FormReading {
  const collector = new FormFieldCollector();
  const names = Object.keys(record);
  if (names.length > MAX_FORM_FIELDS) return { ok: false, message: TOO_MANY_FIELDS_TEXT };
  // A body parser gives a repeated field as an array: the collector refuses it as not text.
  for (const name of names)
    if (formFieldKey(name) !== undefined) collector.add(name, (record as Record<string, unknown>)[name]);
  return collector.reading();
}
