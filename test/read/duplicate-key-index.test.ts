// Parsing indexes each mapping's keys once, for the duplicate keys and for the
// places diagnostics point at: both must read the same as when each built its own.
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { parseSpecFile } from "../../generator/read/parse-spec-file.js";

const parse = (text: string) =>
  parseSpecFile({ relPath: "operations/x.yaml", displayPath: "spec/operations/x.yaml", kind: "operation", text });

test("a key is located at its last pair, whose value the data holds; its duplicates are reported against the first", () => {
  const parsed = parse("a: 1\nb: 2\na: 3\nc:\n  d: 4\n  d: 5\n  d: 6\n");
  expect(parsed.data).toEqual({ a: "3", b: "2", c: { d: "6" } });
  expect(parsed.diagnostics.map(formatDiagnostic)).toEqual([
    'spec/operations/x.yaml:3:1 error duplicate-key key "a" appears twice in the top level; keep one\n  spec/operations/x.yaml:1:1 first declared here',
    'spec/operations/x.yaml:6:3 error duplicate-key key "d" appears twice in c; keep one\n  spec/operations/x.yaml:5:3 first declared here',
    'spec/operations/x.yaml:7:3 error duplicate-key key "d" appears twice in c; keep one\n  spec/operations/x.yaml:5:3 first declared here',
  ]);
  expect(parsed.map.key(["a"])).toMatchObject({ line: 3, column: 1 });
  expect(parsed.map.key(["c", "d"])).toMatchObject({ line: 7, column: 3 });
  expect(parsed.map.value(["c", "d"])).toMatchObject({ line: 7, column: 6 });
});

// The index parsing keeps is keyed by the text a key stands for, an alias's
// anchor resolved as the data resolves it; an index built apart from parsing
// reads the alias itself, and the key would be found nowhere.
test("a key given through an alias is located at its own pair, as is a duplicate given through one", () => {
  const parsed = parse("k: &n name\nother: x\n*n : v\nm:\n  a: &d dup\n  dup: 1\n  *d : 2\n");
  expect(parsed.data).toEqual({ k: "name", other: "x", name: "v", m: { a: "dup", dup: "2" } });
  expect(parsed.map.key(["name"])).toMatchObject({ line: 3, column: 1 });
  expect(parsed.map.value(["name"])).toMatchObject({ line: 3, column: 6 });
  expect(parsed.diagnostics.map(formatDiagnostic)).toEqual([
    'spec/operations/x.yaml:7:3 error duplicate-key key "dup" appears twice in m; keep one\n  spec/operations/x.yaml:6:3 first declared here',
  ]);
  expect(parsed.map.key(["m", "dup"])).toMatchObject({ line: 7, column: 3 });
  expect(parsed.map.value(["m", "dup"])).toMatchObject({ line: 7, column: 8 });
});
