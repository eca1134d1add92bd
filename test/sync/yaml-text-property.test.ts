// Any text sync writes into a spec file reads back as itself, whatever its characters, wherever it is written (a
// new key, a plain or single-quoted value replaced, a mapping on one line) and in whichever style it is asked for;
// a second write of the same text changes nothing.
import fc from "fast-check";
import { test } from "vitest";
import { parse } from "yaml";
import { YamlEditor } from "../../generator/sync/yaml-text.js";
import { expectSame } from "../support/quick-expect.js";

/** Files with a place to write `text` at, and where it reads back from. */
const PLACES = [
  { name: "a new key", file: "a:\n  b: x\n", path: ["a", "c"] },
  { name: "a plain value replaced", file: "a:\n  b: x\n  c: old\n", path: ["a", "c"] },
  { name: "a single-quoted value replaced", file: "a:\n  c: 'old'\n  d: y\n", path: ["a", "c"] },
  { name: "a double-quoted value replaced", file: 'a:\n  c: "old"\n', path: ["a", "c"] },
  { name: "a value in a mapping on one line", file: "a: { b: x, c: old }\n", path: ["a", "c"] },
  { name: "a key added to a mapping on one line", file: "a: { b: x }\n", path: ["a", "c"] },
] as const;

/** Characters YAML reads specially somewhere, so that the texts drawn meet them often. */
const SPECIAL = [
  ..." \t\n\r'\"#:-?,[]{}&*!|>%@`\\~",
  "\u0007",
  "\u0085",
  "\u00a0",
  "\u2028",
  "\ufeff",
  "\ud800",
  "é",
  "😀",
];
/** Mostly words, the odd special character: long texts that yaml writes plain, which sync may fold or write as a block. */
const wordy = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom("w", "o", "r", "d") },
  { weight: 6, arbitrary: fc.constant(" ") },
  { weight: 2, arbitrary: fc.constant("\n") },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL) },
);
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom(...SPECIAL, "a", "b", "1"), maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.string({ unit: wordy, minLength: 60, maxLength: 240 }),
  fc.string({ unit: wordy, minLength: 60, maxLength: 240 }).map((t) => t.replaceAll("\n", "")),
);
const style = fc.record({ quote: fc.boolean(), oneLine: fc.boolean() }, { requiredKeys: [] });

test.each(PLACES)(
  "any text written as $name reads back as itself, and a second write changes nothing",
  ({ file, path }) => {
    fc.assert(
      fc.property(text, style, (value, how) => {
        const editor = new YamlEditor(file);
        editor.set([...path], value, how);
        const result = editor.result();
        const doc = parse(result) as { a: Record<string, unknown> };
        // Compared first, expect called on a difference (quick-expect.ts): this runs for each draw.
        expectSame(doc.a.c, value, result);
        const again = new YamlEditor(result);
        again.set([...path], value, how);
        expectSame(again.result(), result);
      }),
      { numRuns: 400 },
    );
  },
);
