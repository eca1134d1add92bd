// An application/x-www-form-urlencoded body read as the WHATWG parser reads
// it (URLSearchParams, fetch's formData()), for the form's own fields: a fast
// path that decodes only what it keeps, held to URLSearchParams by a property
// test, and URLSearchParams itself for a body it cannot decode the same way.

import {
  FormFieldCollector,
  type FormReading,
  formFieldKey,
  MAX_FORM_FIELDS,
  PAYPAGE_POST_MAX_LENGTH,
  POST_TOO_LARGE_TEXT,
  TOO_MANY_FIELDS_TEXT,
} from "./paypage-form-fields.js";
import { isWellFormed } from "./text-prefix.js";

/**
 * A body's fields are counted as the parser makes them (a pair between two "&", empty ones skipped), so that a
 * body has at most MAX_FORM_FIELDS, as its entries or record do: it was read whatever its count, and the same
 * post decoded as a body and refused as URLSearchParams.
 */
const TOO_MANY: FormReading = { ok: false, message: TOO_MANY_FIELDS_TEXT };

/**
 * Reads an application/x-www-form-urlencoded body exactly as the WHATWG
 * parser (URLSearchParams, fetch's formData()) does. The fast path decodes
 * only what it keeps; a body it cannot decode the same way (a lone surrogate, a
 * malformed escape) goes to URLSearchParams.
 */
export function readFormBody(body: string): FormReading {
  if (body.length > PAYPAGE_POST_MAX_LENGTH) return { ok: false, message: POST_TOO_LARGE_TEXT };
  // A lone surrogate, which the WHATWG parser reads as U+FFFD and decodeURIComponent keeps, goes the slow way.
  if (isWellFormed(body)) {
    const fast = readWellFormedBody(body);
    if (fast !== null) return fast;
  }
  const collector = new FormFieldCollector();
  let fields = 0;
  // The constructor drops a leading "?" (it takes query strings too); a body's "?" is part of its first name.
  for (const [name, value] of new URLSearchParams(`&${body}`)) {
    if (++fields > MAX_FORM_FIELDS) return TOO_MANY;
    collector.add(name, value);
  }
  return collector.reading();
}

/**
 * The fast path: decodeURIComponent decodes what the WHATWG parser does, but
 * for lone surrogates (ruled out before) and malformed escapes or UTF-8, which
 * it refuses: null then, for the WHATWG parser to decide.
 */
function readWellFormedBody(body: string): FormReading | null {
  const collector = new FormFieldCollector();
  let start = 0;
  // The next "=" at or after `start`, kept across pairs: a body of pairs without one costs no second scan.
  let equals = -1;
  let fields = 0;
  while (start <= body.length) {
    let end = body.indexOf("&", start);
    if (end < 0) end = body.length;
    if (end > start) {
      if (++fields > MAX_FORM_FIELDS) return TOO_MANY;
      if (equals < start && equals !== -2) {
        equals = body.indexOf("=", start);
        if (equals < 0) equals = -2;
      }
      const split = equals >= 0 && equals < end ? equals : end;
      const name = decodeComponent(body.slice(start, split));
      if (name === null) return null;
      if (formFieldKey(name) !== undefined) {
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
