// What GitHub does with the bench's Markdown (bench/RESULTS.md and the record
// of bench/notes/), in the parts a reviewer would see go wrong: the anchors it
// gives headings, the tables it reads, the tags it takes from the text, and the
// links that must land on a heading that is there.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** GitHub's anchor of a heading's text: lower case, punctuation dropped, spaces as hyphens. */
export const slug = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");

const headingSlugs = (text: string): string[] =>
  text
    .split("\n")
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => slug(line.replace(/^#+ /, "")));

/** The anchors of a text's headings, in order, as GitHub gives them: a repeated one takes -1, -2 and so on. */
export const anchors = (text: string): string[] =>
  headingSlugs(text).map((base, i, all) => {
    const before = all.slice(0, i).filter((other) => other === base).length;
    return before === 0 ? base : `${base}-${before}`;
  });

/** Headings whose anchor another heading of the same file already gives: GitHub gives them another. */
export const repeatedHeadings = (text: string): string[] =>
  headingSlugs(text).filter((base, i, all) => all.indexOf(base) !== i);

/** A table's cells, as GitHub splits a row: at every pipe not escaped, code spans included. */
const cellCount = (row: string): number =>
  row
    .replace(/\\\|/g, "")
    .replace(/^\||\|$/g, "")
    .split("|").length;

/**
 * The tables that GitHub would not read as the bench means them: a table is its run of lines that start with a
 * pipe, its second line the one separator row, every row as many cells as the header.
 */
export function badTables(text: string): string[] {
  const problems: string[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]?.startsWith("|") || lines[i - 1]?.startsWith("|")) continue;
    let end = i;
    while (lines[end + 1]?.startsWith("|")) end++;
    const table = lines.slice(i, end + 1);
    const separators = table.flatMap((row, at) => (/^\|( *:?-+:? *\|)+$/.test(row) ? [at] : []));
    if (separators.join() !== "1") problems.push(`line ${i + 1}: separator rows at ${separators.join(", ") || "none"}`);
    const cells = cellCount(table[0] as string);
    table.forEach((row, at) => {
      if (cellCount(row) !== cells) problems.push(`line ${i + at + 1}: ${cellCount(row)} cells, the header ${cells}`);
    });
  }
  return problems;
}

/** What GitHub would take for HTML: `<` then a letter, `/`, `!` or `?`, outside code spans (which may span lines). */
export const rawHtml = (text: string): string[] =>
  text.split(/\n\n+/).flatMap((block) => block.replace(/`[^`]*`/g, "").match(/<[A-Za-z/!?][^>\n]*>?/g) ?? []);

/** The links of `text` (a file in `from`) that do not lead to a file there and, with an anchor, to one of its headings. */
export function brokenLinks(text: string, from: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]+\.md)(?:#([^)\s]+))?\)/g)].flatMap(([link, file, anchor]) => {
    const target = path.join(from, file as string);
    if (!existsSync(target)) return [link];
    return anchor && !anchors(readFileSync(target, "utf8")).includes(anchor) ? [link] : [];
  });
}
