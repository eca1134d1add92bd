// checkLines on diagnostics made here, for the cases the repository's spec
// does not hold today: a warning is a problem whose file's deviations lead with
// it; only deviations go apart (another info stays where it was); the closing
// line's files are those with errors, a page named as its operation is; and the
// heading's blank line separates it from problems only when there are some;
// beside a problem, the deviations apart are counted, not listed, but with
// --verbose.
import { expect, test } from "vitest";
import { diagnostic, formatDiagnostic, type Diagnostic } from "../../generator/diagnostics/diagnostic.js";
import { checkLines } from "../../generator/sync/check-lines.js";

const at = (file: string) => ({ file, line: 3, column: 1 });
const kept = (file: string, about: string) => diagnostic("page-deviation", at(file), { about, reason: "on purpose" });
const mismatch = (file: string) => diagnostic("page-mismatch", at(file), { about: "summary", spec: "a", page: "b" });
const asWarning = (d: Diagnostic): Diagnostic => ({ ...d, severity: "warning" });

const OFFICE = "spec/operations/office";

test("a file with a warning keeps its deviations beside it, ahead of the heading (--verbose)", () => {
  const warned = asWarning(mismatch(`${OFFICE}/cardCheck.yaml`));
  const own = kept(`${OFFICE}/cardCheck.yaml`, "response.fields.a");
  const other = kept(`${OFFICE}/cancel.yaml`, "response.fields.b");
  const printed = checkLines([own, other, warned], true);
  expect(printed.lines).toEqual([
    formatDiagnostic(own),
    formatDiagnostic(warned),
    "\n1 difference kept on purpose (source.deviations), in files that otherwise agree with their pages:",
    formatDiagnostic(other),
  ]);
  expect([printed.kept, printed.listed]).toEqual([1, true]);
  // A warning fails nothing: the closing line names no file for it.
  expect(printed.where).toEqual([]);
});

test("an info that is no deviation is not put apart with the deviations", () => {
  const note = diagnostic("page-not-an-operation", at("spec/pages/paypage-response.page.txt"), {
    page: "paypage-response.page.txt",
  });
  const other = kept(`${OFFICE}/cancel.yaml`, "response.fields.b");
  const printed = checkLines([note, other], true);
  expect(printed.lines).toEqual([
    formatDiagnostic(note),
    "\n1 difference kept on purpose (source.deviations), in files that otherwise agree with their pages:",
    formatDiagnostic(other),
  ]);
});

test("with no problem, the heading comes first with no blank line above it", () => {
  const one = kept(`${OFFICE}/cancel.yaml`, "response.fields.b");
  const two = kept(`${OFFICE}/cardCheck.yaml`, "response.fields.c");
  expect(checkLines([one, two]).lines).toEqual([
    "2 differences kept on purpose (source.deviations), in files that otherwise agree with their pages:",
    formatDiagnostic(one),
    formatDiagnostic(two),
  ]);
});

test("the files with errors are named short, once each, a page by its name", () => {
  const printed = checkLines([
    mismatch(`${OFFICE}/cardCheck.yaml`),
    mismatch(`${OFFICE}/cardCheck.yaml`),
    mismatch("spec/pages/office/getWalletData.page.txt"),
    asWarning(mismatch(`${OFFICE}/cancel.yaml`)),
  ]);
  expect(printed.where).toEqual(["cardCheck", "getWalletData"]);
  expect(printed.kept).toBe(0);
});

test("beside a problem, the other files' deviations are one line that counts them; its own stay listed", () => {
  for (const problem of [mismatch(`${OFFICE}/cardCheck.yaml`), asWarning(mismatch(`${OFFICE}/cardCheck.yaml`))]) {
    const own = kept(`${OFFICE}/cardCheck.yaml`, "response.fields.a");
    const others = [kept(`${OFFICE}/cancel.yaml`, "response.fields.b"), kept(`${OFFICE}/cancel.yaml`, "x")];
    const printed = checkLines([own, ...others, problem]);
    expect(printed.lines).toEqual([
      formatDiagnostic(own),
      formatDiagnostic(problem),
      "\n2 differences kept on purpose (source.deviations), in files that otherwise agree with their pages, not listed while there are problems (--verbose lists them).",
    ]);
    expect([printed.kept, printed.listed]).toEqual([2, false]);
  }
});
