// CHANGELOG.md's changes for code written against `main` mark each item that
// may ask that code to change with **Breaking:**, so that a team moving to the
// release reads those first: an item whose own words say code no longer
// compiles or type-checks, an export is gone, a call throws where it did
// something else, a decoder refuses what it answered `ok`, or `npm run
// changes` classes it as breaking, is marked. The items are grouped by what
// they concern, so that a team finds its own: each under one of the known
// headings, its marked items first.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { repoRoot } from "../support/paths.js";

const SECTION = "### Changes for code written against `main` before the release";
/**
 * The words by which an item says that code written before it must change: among them a call that now throws where
 * it did something else (built a form, changed a field), not one that threw or rejected before and says more now.
 */
const BREAKS =
  /no longer compiles?\b|does not compile any more|no longer type-checks|no longer exports|breaking for (?:senders|readers)|\b(?:it was|they were) optional\b|(?:throws|rejects with) an? `TypeError`[^.;]*?where (?:it|they) (?!threw|rejected|said|named|quoted|told)\w+|where (?:it|they) answered `ok`/i;

/** The groups of the section, in order: what a change concerns, as a team upgrading looks for it. */
const HEADINGS = [
  "Client: `createClient`, calls and their errors",
  "Validators and their issues",
  "Seal, keys and verified responses",
  "Secrets and what errors and issues quote",
  "Paypage and Walletpage: forms and decoders",
  "Mock server: `sips-json/mock` and `sips-json mock`",
  "Types, doc comments and the `operations` registry",
  "Reference pages, JSON Schemas and OpenAPI",
  "Users' guide and README",
  "Operations added",
  "Operations changed",
];

/** The section's items, each its first line's number, its text on one line and the group heading it is under. */
function items(): { line: number; text: string; heading: string | null }[] {
  const lines = readFileSync(path.join(repoRoot, "CHANGELOG.md"), "utf8").split("\n");
  const start = lines.indexOf(SECTION);
  expect(start, SECTION).toBeGreaterThan(0);
  const end = lines.findIndex((line, i) => i > start && line.startsWith("### "));
  const found: { line: number; text: string; heading: string | null }[] = [];
  let heading: string | null = null;
  for (let i = start + 1; i < (end < 0 ? lines.length : end); i++) {
    const line = lines[i] ?? "";
    const last = found.at(-1);
    if (line.startsWith("#### ")) heading = line.slice(5);
    else if (line.startsWith("- ")) found.push({ line: i + 1, text: line.slice(2), heading });
    else if (line.startsWith("  ") && last !== undefined && i > 0 && lines[i - 1] !== "")
      last.text += ` ${line.trim()}`;
  }
  return found;
}

test("every item that says code written against main must change is marked Breaking", () => {
  const all = items();
  const breaking = all.filter((item) => BREAKS.test(item.text));
  expect(breaking.length).toBeGreaterThan(5);
  const unmarked = breaking.filter((item) => !item.text.startsWith("**Breaking:** "));
  expect(unmarked.map((item) => `CHANGELOG.md:${item.line}: ${item.text.slice(0, 80)}`)).toEqual([]);
  // A mark that tells items apart: most carry none.
  expect(all.filter((item) => item.text.startsWith("**Breaking:** ")).length).toBeLessThan(all.length / 2);
});

test("every item is under a known heading, each heading once and in order, its Breaking items first", () => {
  const all = items();
  const place = (item: { line: number; text: string }) => `CHANGELOG.md:${item.line}: ${item.text.slice(0, 80)}`;
  expect(all.filter((item) => item.heading === null || !HEADINGS.includes(item.heading)).map(place)).toEqual([]);
  const seen = all.map((item) => item.heading).filter((heading, i, list) => heading !== list[i - 1]);
  expect(seen).toEqual(HEADINGS);
  const late = all.filter(
    (item, i) =>
      item.text.startsWith("**Breaking:** ") &&
      !(all[i - 1]?.text.startsWith("**Breaking:** ") ?? true) &&
      all[i - 1]?.heading === item.heading,
  );
  expect(late.map(place)).toEqual([]);
});
