// A message's heading missing from a page is reported where a maintainer adds it back: the Response's before its
// first presence heading after the Request sample, the Request's before its first after the Endpoints' addresses;
// a heading with nothing of its own before the next heading the page has. It stood past the file's end.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readPage } from "../../generator/read/page/read-page.js";
import { fixturesDir } from "../support/paths.js";

const FILE = "cardCheck.page.txt";
const small = readFileSync(path.join(fixturesDir, "sync", "spec", "sources", FILE), "utf8");

/** The page without the line `heading` before `next`, and the line the heading stood at (1-based). */
function without(heading: string, next: string): { text: string; line: number } {
  const at = small.indexOf(`\n${heading}\n${next}\n`);
  if (at < 0) throw new Error(`the fixture page has no ${heading} heading before ${JSON.stringify(next)}`);
  return {
    text: small.slice(0, at + 1) + small.slice(at + heading.length + 2),
    line: small.slice(0, at + 1).split("\n").length,
  };
}

const missing = (text: string, section: string): string[] =>
  readPage(text, FILE)
    .diagnostics.map(formatDiagnostic)
    .filter((d) => d.includes(` page-missing-section the page has no "${section}" section`));

test("a page without its Response heading: the error stands where the heading belongs, before the first field", () => {
  const { text, line } = without("Response", "Required");
  // Without it: at the file's last line, far past the fields that lack their heading.
  expect(missing(text, "Response")).toEqual([expect.stringMatching(new RegExp(`^${FILE}:${line}:1 error `))]);
});

test("a page without its Request heading: the error stands before the Request's first presence heading", () => {
  const { text, line } = without("Request", "Required");
  expect(missing(text, "Request")).toEqual([expect.stringMatching(new RegExp(`^${FILE}:${line}:1 error `))]);
});

test("a page without its Response heading and fields: the error stands before the Response sample heading", () => {
  const cut = /\nResponse\n(?:.*\n)*?(?=Response sample\n)/.exec(small);
  if (!cut) throw new Error("the fixture page has no Response before its Response sample");
  const text = small.replace(cut[0], "\n");
  const line = text.slice(0, text.indexOf("\nResponse sample\n") + 1).split("\n").length;
  expect(missing(text, "Response")).toEqual([expect.stringMatching(new RegExp(`^${FILE}:${line}:1 error `))]);
});
