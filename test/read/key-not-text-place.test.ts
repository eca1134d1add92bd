// A key that is not a text (bytes through `!!binary`) is reported where its
// text starts: at its tag and anchor, which yaml's range of the key leaves out,
// and not at a tag or anchor of what comes before it in a flow collection.
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { parseSpecFile } from "../../generator/read/parse-spec-file.js";

const placeOf = (text: string) =>
  parseSpecFile({ relPath: "operations/x.yaml", displayPath: "x.yaml", kind: "operation", text }).diagnostics.map(
    formatDiagnostic,
  );

const notText = (line: number, column: number) =>
  `x.yaml:${line}:${column} error yaml-syntax invalid YAML: a key must be a text, not binary data`;

test("in a block mapping: at the key's tag, or at the anchor before it", () => {
  expect(placeOf("m:\n  !!binary aGk=: x\n")).toEqual([notText(2, 3)]);
  expect(placeOf("m:\n  &k !!binary aGk=: x\n")).toEqual([notText(2, 3)]);
});

test("in a flow mapping: at the key's tag, after the brace or the comma before it", () => {
  expect(placeOf("m: { !!binary aGk=: x }\n")).toEqual([notText(1, 6)]);
  expect(placeOf("m: {!!binary aGk=: x}\n")).toEqual([notText(1, 5)]);
  expect(placeOf("m: {a: b,&k !!binary aGk=: x}\n")).toEqual([notText(1, 10)]);
  // The value before it has a tag of its own, and no text: that tag is not the key's.
  expect(placeOf("m: {a: !!str, !!binary aGk=: x}\n")).toEqual([notText(1, 15)]);
});

test("with a verbatim tag, whose URI holds a comma: at the tag", () => {
  expect(placeOf("m:\n  !<tag:yaml.org,2002:binary> aGk=: x\n")).toEqual([notText(2, 3)]);
  expect(placeOf("m: {a: b,!<tag:yaml.org,2002:binary> aGk=: x}\n")).toEqual([notText(1, 10)]);
});

test("in a flow sequence's single-pair mapping: at the key's tag", () => {
  expect(placeOf("m: [!!binary aGk=: x]\n")).toEqual([notText(1, 5)]);
});
