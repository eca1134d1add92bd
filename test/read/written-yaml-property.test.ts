// Whatever the YAML library writes and reads back, the spec reader reads with
// no error, as the library does. Documents are drawn as nested mappings and
// lists of text holding line breaks, dashes, colons, `#`, quotes and leading
// spaces (a markdown list in a description, a long value folded at the width)
// and tabs (which the library writes after a line's indentation in a block
// scalar, where YAML takes them as text),
// and written with the options an editor or a script may use: every
// indentation, lists indented under their key or not, block scalars or plain
// and quoted text, folded at a width or not; and plain text holding line
// breaks, as a script that changes a value read from a file writes it. A check
// of the reader that took such text for a slip (item-run-on.ts,
// indent-slips.ts) would refuse a file the maintainer cannot write otherwise.
import fc from "fast-check";
import { Document, Parser, parseDocument, Scalar, visit, type CST } from "yaml";
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { parseSpecFile } from "../../generator/read/parse-spec-file.js";
import { drawOf } from "../support/property-runs.js";
import { expectEqual } from "../support/quick-expect.js";

type Value = string | Value[] | { [key: string]: Value };

/** Text of odd pieces: the library quotes most of it, or writes it as a block scalar. */
const odd = fc
  .array(
    fc.constantFrom(
      "a",
      " ",
      "  ",
      "\n",
      "\n- ",
      "\n  - ",
      "- ",
      "-",
      ": ",
      ":",
      " #",
      "#",
      "'",
      '"',
      "1. ",
      "> ",
      "|",
      "\t",
      "\n\t",
    ),
    { maxLength: 10 },
  )
  .map((pieces) => pieces.join(""));

/** Prose, which the library writes plain where it can: a markdown list after a line break, long lines folded at the width. */
const prose = fc
  .tuple(
    fc.constantFrom("word", "a note", "01", "one - two - three - four - five - six"),
    fc.array(
      fc.tuple(
        fc.constantFrom(" ", "\n", "\n- ", " - ", "\n\n- ", "\n1. "),
        fc.constantFrom(
          "item",
          "word word word word word word word",
          "- item",
          "a: b",
          "one - two - three - four - five - six - seven - eight",
        ),
      ),
      { maxLength: 5 },
    ),
  )
  .map(([first, rest]) => first + rest.map(([between, words]) => between + words).join(""));

const text = fc.oneof(prose, odd);

const key = fc.oneof(fc.constantFrom("a", "b", "notes", "values"), text);

const { value } = fc.letrec<{ value: Value; list: Value; map: Value }>((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, text, tie("list"), tie("map")),
  list: fc.array(tie("value"), { minLength: 1, maxLength: 4 }),
  map: fc.dictionary(key, tie("value"), { minKeys: 1, maxKeys: 4 }),
}));

/**
 * How the text is written: the library's choice, or the type a scalar read from a file keeps when a script changes
 * its value (a plain one is written plain where it can be, a line break of its text as a blank line).
 */
const scalarType = fc.constantFrom<Scalar.Type | undefined>(
  undefined,
  Scalar.PLAIN,
  Scalar.PLAIN,
  Scalar.BLOCK_FOLDED,
  Scalar.QUOTE_DOUBLE,
);

const options = fc.record({
  indent: fc.integer({ min: 1, max: 4 }),
  indentSeq: fc.boolean(),
  lineWidth: fc.constantFrom(0, 20, 40, 80),
  minContentWidth: fc.constantFrom(0, 20),
  blockQuote: fc.constantFrom<boolean | "folded" | "literal">(true, false, "folded", "literal"),
});

const read = (text: string) =>
  parseSpecFile({ relPath: "operations/x.yaml", displayPath: "x.yaml", kind: "operation", text });

/** What the written text holds: plain values with a line that starts with "- ", a list item's or a key's, after a blank line (a line break of the text) or after a line of text (a line folded at the width). */
function plainDashLines(text: string): Set<string> {
  const found = new Set<string>();
  const walk = (node: CST.Token | undefined): void => {
    if (node?.type !== "block-map" && node?.type !== "block-seq") return;
    for (const item of node.items) {
      if (item.value?.type !== "scalar") walk(item.value);
      else
        for (const [, before] of item.value.source.matchAll(/(.*)\n[ ]*- /g))
          found.add(
            `${node.type === "block-seq" ? "item's" : "key's"} text, ${before?.trim() ? "folded" : "a blank line"}`,
          );
    }
  };
  for (const token of new Parser().parse(text)) if (token.type === "document") walk(token.value);
  return found;
}

test("every document the YAML library writes is read with no error, as YAML reads it", () => {
  const reached: Record<string, number> = { documents: 0 };
  fc.assert(
    fc.property(
      fc.oneof(value, fc.array(value, { minLength: 1, maxLength: 4 })),
      scalarType,
      options,
      (data, type, how) => {
        const doc = new Document(data);
        if (type)
          visit(doc, {
            Scalar(_, node) {
              node.type = type;
            },
          });
        const written = doc.toString(how);
        // The library does not always read back what it wrote (a block scalar's indentation indicator under an
        // indentation of 1 or 3): the reader is held to what it reads, as it reads it.
        const yaml = parseDocument(written, { schema: "failsafe" });
        if (yaml.errors.length > 0 || yaml.warnings.length > 0) return;
        const parsed = read(written);
        // Compared first, expect called on a difference (quick-expect.ts): this runs for each draw.
        expectEqual(parsed.diagnostics.map(formatDiagnostic), [], written);
        expectEqual(parsed.data, yaml.toJS(), written);
        reached.documents = (reached.documents ?? 0) + 1;
        for (const held of plainDashLines(written)) reached[held] = (reached[held] ?? 0) + 1;
        // A tab at a line's start, after its indentation, or after a dash: where the reader says a tab slip.
        if (/^[ ]*(?:- )?\t/m.test(written))
          reached["a line with a tab after its indentation"] =
            (reached["a line with a tab after its indentation"] ?? 0) + 1;
      },
    ),
    drawOf(600, 6000),
  );
  expect(Object.keys(reached).sort()).toEqual(
    [
      "documents",
      "a line with a tab after its indentation",
      "item's text, a blank line",
      "item's text, folded",
      "key's text, a blank line",
      "key's text, folded",
    ].sort(),
  );
  for (const [what, count] of Object.entries(reached)) expect(count, what).toBeGreaterThan(20);
});
