// The printer's texts of the shared files are remembered under a hash of their
// inputs (emit/ts/print-memo.ts): each text comes back for its own inputs and
// kind only, and an entry that is damaged is printed again, never given.
import { builders, printer } from "prettier/doc";
import { expect, test } from "vitest";
import type { Memo } from "../../generator/index.js";
import { withRememberedPrints } from "../../generator/emit/remembered-prints.js";
import { rememberedText } from "../../generator/emit/ts/print-memo.js";

const { group, indent, line, softline, hardline, ifBreak, indentIfBreak, breakParent } = builders;
type Doc = builders.Doc;

const print = (doc: Doc): string => printer.printDocToString(doc, { printWidth: 20, tabWidth: 2 }).formatted;

/** Each builds a document anew on each call; no two build the same document. */
const documents: [string, () => Doc][] = [
  ["a word", () => "abc"],
  ["two words", () => ["ab", "c"]],
  ["a word in a group", () => group("abc")],
  ["a group that breaks", () => group(["a", line, "b"], { shouldBreak: true })],
  ["a group that may not", () => group(["a", line, "b"])],
  ["a soft line", () => group(["a", softline, "b"])],
  ["indented", () => group(["a", indent([line, "b"])])],
  ["a hard line", () => ["a", hardline, "b"]],
  ["a break parent", () => group(["a", line, "b", breakParent])],
  ["if-break", () => group(["a", ifBreak(",", ""), line, "b"])],
  ["if-break swapped", () => group(["a", ifBreak("", ","), line, "b"])],
  ["a list of one word", () => ["abc"]],
  [
    "indent-if-break of its own group",
    () => {
      const id = Symbol("g");
      return [group(["a", line, "b"], { id }), indentIfBreak(["c"], { groupId: id })];
    },
  ],
  [
    "indent-if-break of the other group",
    () => {
      const [one, two] = [Symbol("g"), Symbol("g")];
      return [group(["a", line, "b"], { id: one }), group("x", { id: two }), indentIfBreak(["c"], { groupId: two })];
    },
  ],
  [
    "indent-if-break of the first group, the other named first",
    () => {
      const [one, two] = [Symbol("g"), Symbol("g")];
      return [group(["a", line, "b"], { id: one }), group("x", { id: two }), indentIfBreak(["c"], { groupId: one })];
    },
  ],
];

/** A memo over a map the test reads and damages. */
function mapMemo(): Memo & { readonly entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    get: async (key) => entries.get(key),
    getNow: (key) => entries.get(key),
    set: async (key, text) => void entries.set(key, text),
  };
}

test("a printed text comes back for its inputs only, and a damaged one is printed again", async () => {
  const memo = mapMemo();
  let printed = 0;
  const counted = (doc: Doc) => {
    printed++;
    return print(doc);
  };
  // Each document's name is its input, under one of two kinds.
  const remembered = (name: string, make: () => Doc, i: number, printOf: (doc: Doc) => string) =>
    rememberedText(i % 2 === 0 ? "even" : "odd", { name }, () => printOf(make()));
  const printAll = () =>
    withRememberedPrints(memo, () => documents.map(([name, make], i) => remembered(name, make, i, counted)));
  const want = documents.map(([, make]) => print(make()));
  expect(await printAll()).toEqual(want);
  expect([printed, memo.entries.size]).toEqual([documents.length, documents.length]);
  // Again: each from the memo, none printed.
  printed = 0;
  expect(await printAll()).toEqual(want);
  expect(printed).toBe(0);
  // Every entry damaged: each printed again.
  for (const [key, entry] of memo.entries) memo.entries.set(key, entry.replace("\n", "\n!"));
  expect(await printAll()).toEqual(want);
  expect(printed).toBe(documents.length);
  // Without a memo lent, nothing is remembered.
  memo.entries.clear();
  expect(documents.map(([name, make], i) => remembered(name, make, i, print))).toEqual(want);
  expect(memo.entries.size).toBe(0);
});
