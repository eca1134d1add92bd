// A source map's known value places (knownValue, value): a top-level value's
// place is taken from the places known without the document; where none is
// known, knownValue gives the document's place only when the document is at
// hand, and never reads or parses the text for it (a family-slip warning is
// placed so, with no second parse of a file known from the memo).
import { expect, test } from "vitest";
import { parseText, SourceMap, type KnownKeys } from "../../generator/read/source-map.js";

const TEXT = "name: x\nfamily: Paypage\nrequest:\n  fields:\n    a: 1\n";

/** The text, counting its reads: a source map reads it only to parse it or to place a key's tag. */
function counted(text: string): { source: { readonly text: string }; reads: () => number } {
  let reads = 0;
  return {
    source: {
      get text() {
        reads++;
        return text;
      },
    },
    reads: () => reads,
  };
}

/** Known places: each top-level value at line 40 + its key's index, column 3; any other path unknown. Asked paths kept. */
function knownPlaces(): { known: KnownKeys; asked: string[] } {
  const asked: string[] = [];
  const keys = ["name", "family", "request"];
  const known: KnownKeys = (path, value) => {
    asked.push(`${path.join(".")}${value ? " value" : ""}`);
    const index = keys.indexOf(String(path[0]));
    return path.length === 1 && index >= 0 ? [40 + index, 3] : undefined;
  };
  return { known, asked };
}

test("a top-level value known: its known place, for knownValue and value, the text never read", () => {
  const { source, reads } = counted(TEXT);
  const { known } = knownPlaces();
  const map = new SourceMap("x.yaml", source, known);
  expect(map.knownValue(["family"])).toEqual({ file: "x.yaml", line: 41, column: 3 });
  expect(map.value(["family"])).toEqual({ file: "x.yaml", line: 41, column: 3 });
  expect(reads()).toBe(0);
});

test("a value known nowhere, the text not parsed: knownValue is undefined, and the text is not read to find it", () => {
  const { source, reads } = counted(TEXT);
  const map = new SourceMap("x.yaml", source, () => undefined);
  expect(map.knownValue(["family"])).toBeUndefined();
  expect(reads()).toBe(0);
  // value() parses the text for it: the place of the value in the text.
  expect(map.value(["family"])).toEqual({ file: "x.yaml", line: 2, column: 9 });
  expect(reads()).toBeGreaterThan(0);
});

test("a value known nowhere, the document at hand: knownValue gives its place in the document", () => {
  const { doc, lines } = parseText(TEXT);
  const map = new SourceMap("x.yaml", { doc, lines, text: TEXT }, () => undefined);
  expect(map.knownValue(["family"])).toEqual({ file: "x.yaml", line: 2, column: 9 });
});

test("a deeper value is placed from the document: the known places are asked for top-level values only", () => {
  const { doc, lines } = parseText(TEXT);
  const asked: string[] = [];
  // Every path answered as known: were a deeper one asked, its place would be this one, not the document's.
  const map = new SourceMap("x.yaml", { doc, lines, text: TEXT }, (path) => {
    asked.push(path.join("."));
    return [90, 9];
  });
  expect(map.value(["request", "fields", "a"])).toEqual({ file: "x.yaml", line: 5, column: 8 });
  expect(map.knownValue(["request", "fields", "a"])).toEqual({ file: "x.yaml", line: 5, column: 8 });
  expect(asked).toEqual([]);
});
