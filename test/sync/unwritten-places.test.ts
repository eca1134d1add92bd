// The places of diagnostics in texts sync edited but did not write, moved to
// the files on disk: a line left alone where it is there, a line an edit would
// write at the line it would go before, a file sync would make said to be one.
import { expect, test } from "vitest";
import { diagnostic } from "../../generator/diagnostics/diagnostic.js";
import { placeOnDisk } from "../../generator/sync/unwritten-places.js";

const read = new Map([["a.yaml", "one\ntwo\nthree\nfour\n"]]);
const edited = new Map([
  ["a.yaml", "one\nnew 1\nnew 2\nthree\nfour\n"],
  ["b.yaml", "made\n"],
]);
const at = (file: string, line: number) =>
  diagnostic("unknown-status-field", { file: `spec/${file}`, line, column: 5 }, { field: "x" });

test("a line left alone, a line an edit writes, a file sync makes, an unedited file", () => {
  const placed = placeOnDisk(
    [at("a.yaml", 5), at("a.yaml", 3), at("b.yaml", 1), at("c.yaml", 2)],
    "spec",
    read,
    edited,
  );
  expect(placed.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([
    'spec/a.yaml:4:5 the response has no field "x"; status names response fields',
    'spec/a.yaml:3:1 the response has no field "x"; status names response fields (in a line sync would write here)',
    'spec/b.yaml:1:5 the response has no field "x"; status names response fields (in a file sync would make)',
    'spec/c.yaml:2:5 the response has no field "x"; status names response fields',
  ]);
});
