// The page reader on the small page of the Sips layout (test/support/small-page.ts): the lines of another browser's
// copy (blank lines between, a name and its attribute on one line) read as the page.
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { FILE, read, small } from "../support/small-page.js";

test("a blank line between any two lines, as another browser's copy gives, reads as the page does", () => {
  const facts = (text: string) => {
    const { page, diagnostics } = read(text);
    const message = (m: typeof page.request) =>
      m.fields.map((f) => [
        f.name,
        f.presence?.value,
        f.since?.value,
        f.description.value,
        f.values.map((v) => v.value),
      ]);
    return [diagnostics.map(formatDiagnostic), message(page.request), message(page.response), page.changelog.length];
  };
  expect(facts(small.replaceAll("\n", "\n\n"))).toEqual(facts(small));
  // One blank line inside a field's block: the field was lost, its lines read as the list before it or not understood.
  expect(facts(small.replace("cardKind\n- presence", "cardKind\n\n- presence"))).toEqual(facts(small));
});

test("a field's name and its first attribute on one line, as a browser's copy of some pages gives them, read as two", () => {
  const fields = (text: string) =>
    read(text).page.request.fields.map((f) => [f.name, f.presence?.value, f.since?.value, f.description.value, f.at]);
  const glued = small.replace(/\n-\n([A-Za-z][A-Za-z0-9]*)\n- presence\n/g, "\n-\n$1- presence\n");
  expect(glued).toContain("\n-\ncardKind- presence\n");
  // Without it: no block was a field, each field's lines one not understood, and the changelog's rows unbacked.
  expect(read(glued).diagnostics.map(formatDiagnostic)).toEqual([]);
  const facts = (text: string) => fields(text).map((f) => f.slice(0, 4));
  expect(facts(glued)).toEqual(facts(small));
  // Each field's place is its name's, in the saved file.
  const line = glued.split("\n").indexOf("cardKind- presence") + 1;
  expect(fields(glued).find((f) => f[0] === "cardKind")?.[4]).toEqual({ file: FILE, line, column: 1 });
  // A misspelled attribute glued to its name is told where it is in the saved line.
  const misspelled = small.replace("cardKind\n- presence", "cardKind- presense");
  expect(read(misspelled).diagnostics.map(formatDiagnostic)).toEqual([
    'cardCheck.page.txt:42:11 error page-misspelled-attribute field "cardKind" has an attribute "presense"; did you mean "presence"? (read as it)',
  ]);
  // Words before a dash in a description stay the description.
  const prose = small.replace("Kind of card.", "Kind of card- presence");
  expect(fields(prose)).toEqual(
    fields(small).map((f) => (f[0] === "cardKind" ? [...f.slice(0, 3), "Kind of card- presence", f[4]] : f)),
  );
});
