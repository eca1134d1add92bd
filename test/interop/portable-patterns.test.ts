// The formats' patterns go into the JSON Schemas and OpenAPI, which generic validators read with their own
// regular-expression engines: Python's re, for one, has no Unicode property escapes (\p{...}). Every class
// but ANU (letters of every script, which no short set of ranges writes) is written without them, and the
// ranges ANS and ANSU refuse are exactly Unicode's control characters, the class they stand for.
import { expect, test } from "vitest";
import { FORMAT_PATTERNS } from "../../runtime/formats.js";

test("only ANU's pattern uses a Unicode property escape", () => {
  const withEscapes = Object.entries(FORMAT_PATTERNS)
    .filter(([, pattern]) => /\\[pP]\{/.test(pattern.source))
    .map(([charClass]) => charClass);
  expect(withEscapes).toEqual(["ANU"]);
});

test.each(["ANS", "ANSU"] as const)(
  "%s refuses exactly Unicode's control characters (Cc), over every code point",
  (charClass) => {
    const control = /^\p{Cc}$/u;
    const differing: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue; // lone surrogates: no code point of a JSON text
      const text = String.fromCodePoint(code);
      if (FORMAT_PATTERNS[charClass].test(text) === control.test(text)) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
  },
);
