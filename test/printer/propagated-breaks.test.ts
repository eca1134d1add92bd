// The launcher bundles prettier's document printer without its pass that
// breaks every group holding a hard line break or a group that breaks
// (scripts/propagated-breaks.cjs), for the documents whose options say that
// their groups are broken already: DocContext breaks them as it builds the
// document, and prints its hard breaks without prettier's break-parent. A
// code tree so printed by the bundled printer must print as prettier lays
// out the same tree built with prettier's own builders, the pass included
// (a call's hugged arguments as prettier's printCallArguments builds them).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { builders, printer, utils } from "prettier/doc";
import { afterAll, expect, test } from "vitest";
import { DocContext, type Doc } from "../../generator/emit/ts/doc-context.js";
import { PRETTIER_OPTIONS, PRINT_WIDTH, TAB_WIDTH } from "../../generator/emit/ts/layouts.js";
import { align, group, hardline, ifBreak, indent, line, type Part, softline } from "../../generator/emit/ts/tree.js";
import { tsModule } from "../../generator/emit/ts/ts-module.js";
import { bundledPrinter } from "../support/bundled-printer.js";
import { drawOf } from "../support/property-runs.js";

const folder = await mkdtemp(path.join(tmpdir(), "sips-breaks-"));
afterAll(() => rm(folder, { recursive: true, force: true }));

const OPTIONS = { printWidth: PRINT_WIDTH, tabWidth: TAB_WIDTH, useTabs: PRETTIER_OPTIONS.useTabs ?? false };
/** The options DocContext's documents are printed with (doc-context.ts): their groups are broken already. */
const PROPAGATED = { ...OPTIONS, [Symbol.for("sips-json.breaks-propagated")]: true };

/** Texts, the three kinds of line, code printed apart, and the layouts a break reaches through. */
type Tree =
  | string
  | { readonly printed: readonly string[] }
  | { readonly line: "soft" | "space" | "hard" }
  | { readonly group: readonly Tree[]; readonly shouldBreak: boolean }
  | { readonly indent: readonly Tree[] }
  | { readonly align: readonly Tree[] }
  | { readonly ifBreak: readonly Tree[]; readonly flat: readonly Tree[] }
  /** A call's arguments, the last of which may hug the parentheses (hugged-arguments.ts). */
  | { readonly hug: readonly Tree[] }
  | { readonly list: readonly Tree[] };

const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree; trees: readonly Tree[] }>((tie) => ({
  trees: fc.array(tie("tree"), { minLength: 1, maxLength: 5 }),
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom<Tree>("x", "a".repeat(9), "b".repeat(31)),
    fc.constantFrom<Tree>({ line: "soft" }, { line: "space" }, { line: "hard" }),
    fc.constantFrom<Tree>({ printed: ["p"] }, { printed: ["p", "q"] }),
    fc.record({ group: tie("trees"), shouldBreak: fc.boolean() }),
    fc.record({ indent: tie("trees") }),
    fc.record({ align: tie("trees") }),
    fc.record({ ifBreak: tie("trees"), flat: tie("trees") }),
    fc.record({ hug: tie("trees") }),
    fc.record({ list: tie("trees") }),
  ),
})).tree;

/** The tree as the code tree the generator's printer takes. */
function partOf(tree: Tree): Part {
  if (typeof tree === "string") return tree;
  if ("line" in tree) return tree.line === "soft" ? softline : tree.line === "space" ? line : hardline;
  if ("printed" in tree) return { type: "printed", lines: tree.printed, symbols: [] };
  if ("group" in tree) return group(tree.group.map(partOf), tree.shouldBreak);
  if ("indent" in tree) return indent(tree.indent.map(partOf));
  if ("align" in tree) return align(3, tree.align.map(partOf));
  if ("ifBreak" in tree) return ifBreak(tree.ifBreak.map(partOf), tree.flat.map(partOf));
  if ("hug" in tree) return { type: "hug-last", args: tree.hug.map(partOf) };
  return tree.list.map(partOf);
}

/** The tree built with prettier's builders, as prettier's own printers build documents. */
function docOf(tree: Tree): Doc {
  const { group: g, hardline: hard, ifBreak: b, indent: i, align: a } = builders;
  if (typeof tree === "string") return tree;
  if ("line" in tree) return tree.line === "soft" ? builders.softline : tree.line === "space" ? builders.line : hard;
  // As printed in place: its lines joined by hard breaks (doc-context.ts).
  if ("printed" in tree) return builders.join(hard, [...tree.printed]);
  if ("group" in tree) return g(tree.group.map(docOf), { shouldBreak: tree.shouldBreak });
  if ("indent" in tree) return i(tree.indent.map(docOf));
  if ("align" in tree) return a(3, tree.align.map(docOf));
  if ("ifBreak" in tree) return b(tree.ifBreak.map(docOf), tree.flat.map(docOf));
  if ("hug" in tree) return huggedDoc(tree.hug.map(docOf));
  return tree.list.map(docOf);
}

/**
 * Arguments whose last may hug, as prettier's printCallArguments builds them: what it asks of the earlier arguments
 * and of the last is its own willBreak, and a last that will break puts a break-parent beside the conditional group.
 */
function huggedDoc(args: readonly Doc[]): Doc {
  const { conditionalGroup, group: g, ifBreak: b, indent: i, line: l } = builders;
  const before = args.slice(0, -1);
  const last = args.at(-1) ?? "";
  const separated = before.flatMap((arg) => [arg, ",", l]);
  const expanded = g(["(", i([l, ...separated, last]), b(","), l, ")"], { shouldBreak: true });
  if (before.some(utils.willBreak)) return expanded;
  const lastBroken = ["(", ...separated, g(last, { shouldBreak: true }), ")"];
  if (utils.willBreak(last)) return [builders.breakParent, conditionalGroup([lastBroken, expanded])];
  return conditionalGroup([["(", ...separated, last, ")"], lastBroken, expanded]);
}

const bundled = await bundledPrinter(folder);

test("the installed prettier's printer is bundled with its pass that breaks groups skipped on request", () => {
  expect(bundled.text).toContain('Symbol.for("sips-json.breaks-propagated")] !== true) propagateBreaks(doc);');
  // Without the request, the bundled printer breaks the group around a hard break itself.
  const doc = () =>
    builders.group(["a", builders.line, "b", builders.hardlineWithoutBreakParent, builders.breakParent]);
  expect(bundled.printer.printDocToString(doc(), OPTIONS).formatted).toBe("a\nb\n");
  expect(bundled.printer.printDocToString(doc(), PROPAGATED).formatted).toBe("a b\n");
});

test("a code tree printed without prettier's pass prints as prettier lays out the tree with it", () => {
  let propagated = 0;
  fc.assert(
    fc.property(fc.array(treeArb, { minLength: 1, maxLength: 6 }), (trees) => {
      // In a group, so that the whole tree breaks, or not, as its parts say.
      const tree: Tree = { group: trees, shouldBreak: false };
      const expected = printer.printDocToString(docOf(tree), OPTIONS).formatted;
      const doc = new DocContext(tsModule("x.ts")).toDoc(partOf(tree));
      expect(bundled.printer.printDocToString(doc, PROPAGATED).formatted).toBe(expected);
      if (bundled.printer.printDocToString(docOf(tree), PROPAGATED).formatted !== expected) propagated++;
    }),
    drawOf(300, 20_000),
  );
  // The draw reached trees that print otherwise when no one breaks the groups around their breaks.
  expect(propagated).toBeGreaterThan(30);
});
