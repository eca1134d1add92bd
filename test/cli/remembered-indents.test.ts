// scripts/remembered-indents.cjs: the launcher bundles prettier's document
// printer with each indentation it makes remembered. The installed prettier
// is bundled by the launcher's plugin (a version whose printer no longer
// matches would be bundled as it is, slower: this fails first), and the
// printer so bundled lays out every kind of indentation as prettier's own does,
// under options that change from one print to the next.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { builders, printer } from "prettier/doc";
import { afterAll, expect, test } from "vitest";
import { bundledPrinter } from "../support/bundled-printer.js";

const folder = await mkdtemp(path.join(tmpdir(), "sips-indents-"));
afterAll(() => rm(folder, { recursive: true, force: true }));

const { align, dedent, dedentToRoot, group, hardline, indent, line, markAsRoot, softline } = builders;

/** Every kind of indentation, nested, each one met many times over. */
const nested = (depth: number): builders.Doc =>
  depth === 0
    ? ["leaf", hardline, "after"]
    : [
        group(["(", indent([softline, `level ${depth}`, line, nested(depth - 1)]), softline, ")"]),
        align(2, [hardline, "two", align(-1, [hardline, "dedented"]), nested(depth - 1)]),
        align("> ", [hardline, "quoted", dedent([hardline, "out"])]),
        markAsRoot(align(3, [hardline, "root", indent([hardline, dedentToRoot([hardline, "to root"])])])),
        align(Number.NEGATIVE_INFINITY, [hardline, "at root"]),
        align(0, [hardline, "none"]),
        indent([hardline, align(4, [hardline, "four"])]),
      ];

test("the installed prettier's printer is bundled with its indentations remembered, and lays out every kind as prettier does", async () => {
  const bundled = await bundledPrinter(folder);
  expect(bundled.text).toContain("function makeIndentAnew(");
  expect(bundled.text).toContain("function makeAlignAnew(");
  const doc = [nested(4), hardline, nested(3)];
  const shared = { printWidth: 40, tabWidth: 2, useTabs: false };
  for (const options of [
    shared,
    { printWidth: 40, tabWidth: 4, useTabs: true },
    shared,
    { printWidth: 12, tabWidth: 3, useTabs: false },
    { printWidth: 12, tabWidth: 3, useTabs: true },
  ]) {
    const expected = printer.printDocToString(doc, options).formatted;
    expect(bundled.printer.printDocToString(doc, options).formatted).toBe(expected);
    expect(bundled.printer.printDocToString(doc, options).formatted).toBe(expected);
  }
});
