// A text sync writes into a spec file reads back as the very text, whatever it holds, in whichever form it is
// written (on its line, folded, a literal block, quoted); so a second run, which finds it there, writes nothing.
import { expect, test } from "vitest";
import { parse } from "yaml";
import { YamlEditor } from "../../generator/sync/yaml-text.js";

const FILE = "source:\n  deviations:\n    - about: x\n      reason: y\n";
const PATH = ["source", "deviations", 0, "page"];
const LONG = "a meaning long enough to go past the width of a line in the spec file, where sync folds it";

/** The file with `text` written as the deviation's page:, and that value read back. */
function written(text: string, oneLine = false) {
  const editor = new YamlEditor(FILE);
  editor.set(PATH, text, { oneLine });
  const result = editor.result();
  const back = (parse(result) as { source: { deviations: { page: unknown }[] } }).source.deviations[0]?.page;
  return { result, back, entry: result.slice(FILE.length) };
}

const TEXTS: [string, string][] = [
  ["a quote and a colon", `Card "CB": ${LONG}`],
  ["single quotes too", `It's the 'CB' card: "${LONG}"`],
  ["a leading space", ` ${LONG}`],
  ["a leading space and a quote", ` "CB" ${LONG}`],
  ["a run of spaces", `Card  CB, ${LONG}`],
  ["a run of spaces and a quote", `Card  "CB", ${LONG}`],
  ["a space at the end and a quote", `"CB" ${LONG} `],
  ["a very long word", `Card ${"0123456789".repeat(12)} ${LONG}`],
  ["a tab between words", `Card\tCB ${LONG}`],
  ["a character YAML escapes", `Card \u0007 ${LONG}`],
  ["a line break", `First line: "CB"\n${LONG}`],
  ["a line break and an empty line", `First line\n\n${LONG}`],
  ["a first line's leading space", ` First line\n${LONG}`],
  ["a final line break", `First line\n${LONG}\n`],
  ["a space before a line break", `First line \n${LONG}`],
  ["a line break and a carriage return", `First line\r\n${LONG}`],
];

test.each(TEXTS)("a text with %s reads back as itself, and a second write changes nothing", (_, text) => {
  for (const oneLine of [false, true]) {
    const { result, back } = written(text, oneLine);
    expect(back, result).toBe(text);
    const again = new YamlEditor(result);
    again.set(PATH, text, { oneLine });
    expect(again.result()).toBe(result);
  }
});

test("each form where it reads back: folded at single spaces, a literal block, else quoted on one line", () => {
  expect(written(`Card "CB": ${LONG}`).entry).toBe(
    `      page: >-\n        Card "CB": a meaning long enough to go past the width of a line in the spec file,\n        where sync folds it\n`,
  );
  // A fold would have made the run one space, taken the leading space for indentation, dropped the final break.
  expect(written(`Card  CB, ${LONG}`).entry).toBe(`      page: ${JSON.stringify(`Card  CB, ${LONG}`)}\n`);
  expect(written(` "CB" ${LONG}`).entry).toBe(`      page: ${JSON.stringify(` "CB" ${LONG}`)}\n`);
  expect(written(`First line\n${LONG}`).entry).toBe(`      page: |-\n        First line\n        ${LONG}\n`);
  expect(written(` First line\n${LONG}`).entry).toBe(`      page: ${JSON.stringify(` First line\n${LONG}`)}\n`);
  expect(written(`First line\n${LONG}\n`).entry).toBe(`      page: ${JSON.stringify(`First line\n${LONG}\n`)}\n`);
  // A literal block would read back, but a space at a line's end is what an editor drops unseen.
  expect(written(`First line \n${LONG}`).entry).toBe(`      page: ${JSON.stringify(`First line \n${LONG}`)}\n`);
});

test("a text asked on one line stays on it however long, plain where it can be", () => {
  expect(written(`Card "CB": ${LONG}`, true).entry).toBe(`      page: 'Card "CB": ${LONG}'\n`);
  expect(written(`Card CB ${LONG}`, true).entry).toBe(`      page: Card CB ${LONG}\n`);
  // Several lines stay a literal block: the page prints them so.
  expect(written(`First line\n${LONG}`, true).entry).toBe(`      page: |-\n        First line\n        ${LONG}\n`);
});
