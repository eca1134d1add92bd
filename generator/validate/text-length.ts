// The length of a text as JSON Schema's maxLength and minLength count it, in
// code points, for the compiled schemas (spec-schemas.ts). ajv's own count
// reads every character: 52 million of them for a hostile 50 MB description,
// a third of a second, where the limit is 10,000. A text without a high
// surrogate has as many code points as UTF-16 units, and a text V8 holds as
// one byte per character has none: the search below ends at once without
// reading it. Only a text with a surrogate is counted, by ajv's own count.

import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

type Count = (text: string) => number;

const { default: countCodePoints } = require("ajv/dist/runtime/ucs2length.js") as { default: Count };

/** The start of a surrogate pair: where a code point takes two UTF-16 units. */
const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/** The number of code points of `text`, as ajv's `ucs2length` gives it. */
export const textLength: Count = (text) => (HIGH_SURROGATE.test(text) ? countCodePoints(text) : text.length);

/** The module ajv's compiled code requires for that count. */
export const TEXT_LENGTH_MODULE = "ajv/dist/runtime/ucs2length";
