// A file's doc comments of several lines (jsdoc, comment-escape.ts) are final text: the
// printer is handed its first line, a mark and its last line, and the lines
// between are spliced in at the mark's indentation (spliced-lines.ts), as code
// printed apart is. A file so printed must read as the same code printed in
// place, wherever a comment lands: at any depth, in a group that would
// otherwise fit, after text on its line, before text on its last line, in the
// branch of an if-break not taken (then the file is printed in place).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { printer } from "prettier/doc";
import { afterAll, expect, test } from "vitest";
import { DocContext } from "../../generator/emit/ts/doc-context.js";
import { jsdoc } from "../../generator/emit/ts/comment-escape.js";
import { PRETTIER_OPTIONS, PRINT_WIDTH, TAB_WIDTH } from "../../generator/emit/ts/layouts.js";
import { SplicedLines } from "../../generator/emit/ts/spliced-lines.js";
import { align, group, hardline, ifBreak, indent, line, type Part, softline } from "../../generator/emit/ts/tree.js";
import { tsModule } from "../../generator/emit/ts/ts-module.js";
import { bundledPrinter } from "../support/bundled-printer.js";
import { drawOf } from "../support/property-runs.js";

const folder = await mkdtemp(path.join(tmpdir(), "sips-comments-"));
afterAll(() => rm(folder, { recursive: true, force: true }));

const OPTIONS = { printWidth: PRINT_WIDTH, tabWidth: TAB_WIDTH, useTabs: PRETTIER_OPTIONS.useTabs ?? false };
/** The options DocContext's documents are printed with (doc-context.ts). */
const PROPAGATED = { ...OPTIONS, [Symbol.for("sips-json.breaks-propagated")]: true };
const bundled = await bundledPrinter(folder);
const module = tsModule("x.ts");

/** Comments of one line and of several (wide characters among them), in trees of texts, lines and layouts. */
const comments = [["Short."], ["One.", "", "Two."], ["Wide: 表 😀 ".repeat(8)], ["x".repeat(101)]].map((text) =>
  jsdoc(text),
);

const treeArb: fc.Arbitrary<Part> = fc.letrec<{ tree: Part; trees: Part[] }>((tie) => ({
  trees: fc.array(tie("tree"), { minLength: 1, maxLength: 5 }),
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom<Part>("x", "a".repeat(9), "b".repeat(31)),
    fc.constantFrom<Part>(softline, line, hardline),
    fc.constantFrom<Part>(...comments),
    fc.record({ contents: tie("trees"), shouldBreak: fc.boolean() }).map((g) => group(g.contents, g.shouldBreak)),
    tie("trees").map(indent),
    tie("trees").map((contents) => align(3, contents)),
    fc.tuple(tie("trees"), tie("trees")).map(([broken, flat]) => ifBreak(broken, flat)),
    tie("trees"),
  ),
})).tree;

test("a tree's comments spliced at their marks read as the tree printed in place", () => {
  let spliced = 0;
  let inPlace = 0;
  fc.assert(
    fc.property(fc.array(treeArb, { minLength: 1, maxLength: 6 }), (trees) => {
      const tree = group(trees);
      const expected = printer.printDocToString(new DocContext(module).toDoc(tree), OPTIONS).formatted;
      const lines = new SplicedLines();
      const doc = new DocContext(module, lines, true).toDoc(tree);
      const text = lines.splice(bundled.printer.printDocToString(doc, PROPAGATED).formatted);
      if (text === undefined) inPlace++;
      else {
        expect(text).toBe(expected);
        if (lines.pieces.length > 0) spliced++;
      }
    }),
    drawOf(300, 20_000),
  );
  // The draw reached trees whose comments were spliced, and trees whose marks could not be (then printed in place).
  expect(spliced).toBeGreaterThan(80);
  expect(inPlace).toBeGreaterThan(40);
});

test("a comment of several lines is handed to the printer as a mark between its first and last lines", () => {
  const lines = new SplicedLines();
  const tree = [jsdoc(["One.", "", "Two."]), hardline, "const x = 1;"];
  const doc = new DocContext(module, lines, true).toDoc(tree);
  expect(lines.pieces).toEqual([[" * One.", " *", " * Two."]]);
  expect(JSON.stringify(doc)).not.toContain("Two.");
  // Code printed apart is put by the file it goes in: a file that is given its pieces keeps its comments in place.
  const given = new SplicedLines();
  new DocContext(module, given).toDoc(tree);
  expect(given.pieces).toEqual([]);
});
