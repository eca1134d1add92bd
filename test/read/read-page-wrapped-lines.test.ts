// The page reader on the small page of the Sips layout (test/support/small-page.ts): a summary or a meaning wrapped
// onto the next line, read whole, and a wrapped end told from a value.
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { read, small } from "../support/small-page.js";

test("a summary wrapped onto the next line is the summary whole; a paragraph after it stays the description", () => {
  const { page, diagnostics } = read(small.replace("Checks a card.\n", "Checks a card\nbefore a payment.\n"));
  expect([diagnostics.map(formatDiagnostic), page.summary?.value, page.summary?.at.line, page.description]).toEqual([
    [],
    "Checks a card before a payment.",
    3,
    null,
  ]);
  const paragraph = read(small.replace("Checks a card.\n", "Checks a card.\nthe card is not debited.\n")).page;
  expect([paragraph.summary?.value, paragraph.description?.value]).toEqual([
    "Checks a card.",
    "the card is not debited.",
  ]);
  const capital = read(small.replace("Checks a card.\n", "Checks a card\nBefore a payment.\n")).page;
  expect([capital.summary?.value, capital.description?.value]).toEqual(["Checks a card", "Before a payment."]);
  // A summary printed without a full stop, then a sentence that opens with a name: joined, sync wrote both as the summary.
  const named = read(small.replace("Checks a card.\n", "Checks a card\ncardCheck does not debit it.\n")).page;
  expect([named.summary?.value, named.description?.value]).toEqual(["Checks a card", "cardCheck does not debit it."]);
  // Wrapped after a word no sentence ends on, before a quote, a capital or a digit: without it, sync wrote the summary
  // cut at the wrap ("Checks a card with").
  for (const rest of ["“Sogenactif In-App”.", "Sogenactif In-App.", "3-D Secure."]) {
    const wrapped = read(small.replace("Checks a card.\n", `Checks a card with\n${rest}\n`));
    expect([wrapped.diagnostics.map(formatDiagnostic), wrapped.page.summary?.value, wrapped.page.description]).toEqual([
      [],
      `Checks a card with ${rest}`,
      null,
    ]);
  }
});

test("a meaning wrapped onto the next line is read whole, where the line cannot be a value", () => {
  // Without it: a one-word rest read as a value without a meaning, and a longer one as a line not understood.
  const values = (text: string) => {
    const { page, diagnostics } = read(
      small.replace("- Debit card\nCREDIT\n- Credit card\n- Or a charge card\n", text),
    );
    const field = page.request.fields.find((f) => f.name === "cardKind");
    return [diagnostics.map(formatDiagnostic), field?.values.map((v) => [v.value, v.meanings])];
  };
  const whole = [
    [],
    [
      ["DEBIT", ["Debit card"]],
      ["CREDIT", ["Credit card", "Or a charge card"]],
    ],
  ];
  // Lower case after a meaning cut short; one word or several; twice; before the value after it or at the end.
  expect(values("- Debit\ncard\nCREDIT\n- Credit card\n- Or a charge card\n")).toEqual(whole);
  expect(values("- Debit card\nCREDIT\n- Credit card\n- Or a\ncharge card\n")).toEqual(whole);
  expect(values("- Debit card\nCREDIT\n- Credit card\n- Or\na\ncharge card\n")).toEqual(whole);
  // After a word no sentence ends on, even in upper case; words before a meaning of the same value.
  expect(values("- Debit card\nCREDIT\n- Credit\ncard or not\n- Or a\nCharge card\n")[1]).toEqual([
    ["DEBIT", ["Debit card"]],
    ["CREDIT", ["Credit card or not", "Or a Charge card"]],
  ]);
  // A code with its "- " meaning after it stays a value, even after a meaning cut short.
  expect(values("- Debit card or\nCREDIT\n- Credit card\n- Or a charge card\n")[1]).toEqual([
    ["DEBIT", ["Debit card or"]],
    ["CREDIT", ["Credit card", "Or a charge card"]],
  ]);
  // After a finished meaning (a full stop), or in upper case after a whole one, a line is not a meaning's rest: a
  // word is a value without a meaning, words a line not understood, each where it is.
  expect(values("- Debit card.\nvisa\nCREDIT\n- Credit card\n- Or a charge card\nCharge cards too\n")[0]).toEqual([
    'cardCheck.page.txt:51:1 error page-value-without-meaning value "visa" of field "cardKind" of the Request has no meaning: the pages print one or more "- " lines under each value',
    'cardCheck.page.txt:55:1 error page-unreadable-line line not understood in the values of "cardKind": "Charge cards too"',
  ]);
  expect(values("- Debit card\nCHARGE\nCREDIT\n- Credit card\n- Or a charge card\n")[0]).toEqual([
    'cardCheck.page.txt:51:1 error page-value-without-meaning value "CHARGE" of field "cardKind" of the Request has no meaning: the pages print one or more "- " lines under each value',
  ]);
});

test('a word in lower case before a "- " line: a wrapped meaning\'s end among codes, a value among words', () => {
  // Without it: the word was read as a value whenever a "- " line followed it, the next meaning its own, and sync
  // added that value to the shared list.
  const values = (text: string, list = "- Debit card\nCREDIT\n- Credit card\n- Or a charge card\n") => {
    const { page, diagnostics } = read(small.replace(list, text));
    const field = page.request.fields.find((f) => f.name === "cardKind");
    return [diagnostics.map(formatDiagnostic), field?.values.map((v) => [v.value, v.meanings])];
  };
  const whole = (first: string) => [
    [],
    [
      ["DEBIT", ["Debit card"]],
      ["CREDIT", [first, "Or a charge card"]],
    ],
  ];
  // Among codes: a meaning cut short, its last word on a line of its own, then the value's next meaning.
  expect(values("- Debit card\nCREDIT\n- Credit card to be\ncaptured\n- Or a charge card\n")).toEqual(
    whole("Credit card to be captured"),
  );
  // Its end as a sentence's, or a meaning stopped on a word no sentence ends on.
  expect(values("- Debit card\nCREDIT\n- Credit card, captured\nlater.\n- Or a charge card\n")).toEqual(
    whole("Credit card, captured later."),
  );
  expect(values("- Debit card\nCREDIT\n- Credit card of the\nbank\n- Or a charge card\n")).toEqual(
    whole("Credit card of the bank"),
  );
  // A code in upper case stays a value, after a meaning cut short too.
  expect(values("- Debit card\nCREDIT\n- Credit card\n- Or a charge card\n")).toEqual(whole("Credit card"));
  // Among words in lower case (languages), a word after a meaning without a full stop is the next value.
  const languages = "fr\n- French\nen\n- English\nde\n- German, as\nspoken\n- Or Austrian\n";
  expect(values(languages, "DEBIT\n- Debit card\nCREDIT\n- Credit card\n- Or a charge card\n")).toEqual([
    [],
    [
      ["fr", ["French"]],
      ["en", ["English"]],
      ["de", ["German, as spoken", "Or Austrian"]],
    ],
  ]);
});
