// The lines of a piece printed apart go in at the indentation of their mark
// (generator/emit/ts/spliced-lines.ts), a blank line left blank. One array of
// lines is joined once per indentation and reused (a process that generates
// again and again gives the same lines of an unchanged operation each save):
// at another indentation, or in another file, it must come out as if fresh.
import { expect, test } from "vitest";
import { SplicedLines } from "../../generator/emit/ts/spliced-lines.js";

const mark = (i: number) => `\u0000${i}\u0000`;

/** The text a printer gives for `layout` (a line per entry: its indentation, then a piece's mark or text). */
function splicedAt(pieces: readonly (readonly string[])[], indents: readonly string[]): string | undefined {
  const spliced = new SplicedLines();
  for (const lines of pieces) spliced.put(lines);
  return spliced.splice(`start\n${indents.map((indent, i) => `${indent}${mark(i)}\n`).join("")}end\n`);
}

test("a piece's lines go in at each mark's indentation, a blank line blank, the same array at any indentation", () => {
  const piece = ["/** About. */", "", "member(): void;"];
  const other = ["a;", "b;"];
  const cases: [readonly (readonly string[])[], readonly string[], string][] = [
    [[piece, other], ["  ", "    "], "start\n  /** About. */\n\n  member(): void;\n    a;\n    b;\nend\n"],
    [
      [piece, piece],
      ["    ", ""],
      "start\n    /** About. */\n\n    member(): void;\n/** About. */\n\nmember(): void;\nend\n",
    ],
    [[other, piece], ["", "  "], "start\na;\nb;\n  /** About. */\n\n  member(): void;\nend\n"],
  ];
  for (const [pieces, indents, want] of cases) {
    expect(splicedAt(pieces, indents), JSON.stringify(indents)).toBe(want);
    expect(splicedAt(pieces, indents), `${JSON.stringify(indents)}, again`).toBe(want);
  }
  // One printed text, cut at its marks once, with other pieces each time; with fewer pieces than marks, no splice.
  const printed = `start\n  ${mark(0)}\nend\n`;
  const inPrinted: [readonly string[], string][] = [
    [piece, "start\n  /** About. */\n\n  member(): void;\nend\n"],
    [other, "start\n  a;\n  b;\nend\n"],
    [piece, "start\n  /** About. */\n\n  member(): void;\nend\n"],
  ];
  for (const [lines, want] of inPrinted) {
    const one = new SplicedLines();
    one.put(lines);
    expect(one.splice(printed)).toBe(want);
  }
  expect(new SplicedLines().splice(printed)).toBeUndefined();
  // A mark after more than indentation on its line: no splice, whatever was joined before.
  const spliced = new SplicedLines();
  spliced.put(piece);
  expect(spliced.splice(`x ${mark(0)}\n`)).toBeUndefined();
});
