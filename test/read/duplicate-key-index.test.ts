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
