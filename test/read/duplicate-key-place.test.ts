// A key given again is reported where its text starts with its tag or anchor,
// as a key that is not a text is (key-not-text-place.test.ts), and so is the
// first one it repeats: yaml's range of a key leaves its properties out.
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { parseSpecFile } from "../../generator/read/parse-spec-file.js";

const placeOf = (text: string) =>
  parseSpecFile({ relPath: "operations/x.yaml", displayPath: "x.yaml", kind: "operation", text }).diagnostics.map(
    formatDiagnostic,
  );

const duplicate = (line: number, column: number, firstLine: number, firstColumn: number) =>
  `x.yaml:${line}:${column} error duplicate-key key "a" appears twice in m; keep one\n` +
  `  x.yaml:${firstLine}:${firstColumn} first declared here`;

test("in a block mapping: at the tag of the key given again, and at the first key's", () => {
  expect(placeOf("m:\n  a: 0\n  !!str a: 1\n")).toEqual([duplicate(3, 3, 2, 3)]);
  expect(placeOf("m:\n  !!str a: 0\n  &k !!str a: 1\n")).toEqual([duplicate(3, 3, 2, 3)]);
});

test("in a flow mapping: at the key's tag, after the comma before it", () => {
  expect(placeOf("m: {a: 0, !!str a: 1}\n")).toEqual([duplicate(1, 11, 1, 5)]);
  expect(placeOf("m: {!!str a: 0,a: 1}\n")).toEqual([duplicate(1, 16, 1, 5)]);
});

test("with a verbatim tag, whose URI holds a comma, or a shorthand with other URI characters: at the tag", () => {
  expect(placeOf("m:\n  a: 0\n  !<tag:yaml.org,2002:str> a: 1\n")).toEqual([duplicate(3, 3, 2, 3)]);
  expect(placeOf("m:\n  &k !<tag:yaml.org,2002:str> a: 0\n  a: 1\n")).toEqual([duplicate(3, 3, 2, 3)]);
  expect(placeOf("m: {a: 0, !<tag:yaml.org,2002:str> a: 1}\n")).toEqual([duplicate(1, 11, 1, 5)]);
  expect(placeOf("m: [{a: 0,!<tag:yaml.org,2002:str> a: 1}]\n")).toEqual([
    duplicate(1, 11, 1, 6).replace("in m;", "in m.0;"),
  ]);
  // A named handle, and a percent-escaped character: the shorthand of !!str.
  expect(placeOf("%TAG !e! tag:yaml.org,2002:\n---\nm: {a: 0,!e!st%72 a: 1}\n")).toEqual([duplicate(3, 10, 3, 5)]);
});

test("a key without a tag stays where its text is", () => {
  expect(placeOf("m:\n  a: 0\n  a: 1\n")).toEqual([duplicate(3, 3, 2, 3)]);
});
