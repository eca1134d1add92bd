// The JSON Pointers (RFC 6901) that locate an issue in a message: a key
// appended with "~" and "/" escaped, a hostile key cut short, and the pointers
// of top-level keys kept, since an unknown field comes in every message.

import { textPrefix } from "./text-prefix.js";

/** Keys longer than this are cut in paths: an issue never echoes a whole hostile key. */
const MAX_KEY_SHOWN = 100;

/** Appends a key to a JSON Pointer, escaping "~" and "/"; a very long key is cut and marked with "…". */
export function pointer(parent: string, key: string | number): string {
  const text = typeof key === "string" ? key : String(key);
  // One pass over a key of a usual length: nothing to cut or escape.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7e /* ~ */ || c === 0x2f /* / */ || i === MAX_KEY_SHOWN) return `${parent}/${escapedKey(text)}`;
  }
  return `${parent}/${text}`;
}

/** The pointers of top-level unknown keys made so far: at most this many, all dropped when full. */
const REMEMBERED_KEYS = 64;
const topPointers = new Map<string, string>();
/** The last key looked up and its pointer: a field added to Sips after generation is the same key message after message. */
let lastKey = "";
let lastPointer = "/";

/**
 * A top-level key's JSON Pointer, as {@link pointer} makes it. A field added
 * to Sips after generation comes in every response, so the pointers of the
 * keys met are kept (keys of at most MAX_KEY_SHOWN characters, at most
 * REMEMBERED_KEYS of them): a lookup costs less than scanning and copying the
 * key again, and comparing with the last key (the same string, met by for-in)
 * less than a lookup.
 */
export function topPointer(key: string): string {
  if (key === lastKey) return lastPointer;
  let path = topPointers.get(key);
  if (path === undefined) {
    path = pointer("", key);
    if (key.length > MAX_KEY_SHOWN) return path;
    if (topPointers.size >= REMEMBERED_KEYS) topPointers.clear();
    topPointers.set(key, path);
  }
  lastKey = key;
  lastPointer = path;
  return path;
}

function escapedKey(key: string): string {
  const text = key.length > MAX_KEY_SHOWN ? `${textPrefix(key, MAX_KEY_SHOWN)}…` : key;
  return text.replaceAll("~", "~0").replaceAll("/", "~1");
}

/** A container's JSON Pointer: its parent's, and its index when it is an item of a list (-1 otherwise). */
export const at = (path: string, index: number): string => (index < 0 ? path : `${path}/${index}`);
