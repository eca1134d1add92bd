// The shared-text rule: which wording a shared list (or the dictionary) keeps
// when pages word a value (or a field) their own ways, and the constant names
// that follow. Given the current text, the pages' wordings and whether
// something without a page relies on it, want the general text.
import { expect, test } from "vitest";
import { meaningKey } from "../../generator/rules/meanings.js";
import {
  constantNames,
  generalWording,
  tieWords,
  wordingTie,
  type NamedValue,
} from "../../generator/sync/shared-text.js";

const w = (...lines: string[]) => ({ key: meaningKey(lines), text: lines });
const pages = (entries: Record<string, string[]>) =>
  new Map(Object.entries(entries).map(([page, lines]) => [page, w(...lines)]));

test.each([
  { name: "no page lists it: the current text", current: ["Euro"], printed: {}, relied: false, want: ["Euro"] },
  {
    name: "an operation without a page shows it: the current text, whatever the pages say",
    current: ["Internal error"],
    printed: { "sources/a.page.txt": ["Temporary error"], "sources/b.page.txt": ["Temporary error"] },
    relied: true,
    want: ["Internal error"],
  },
  {
    name: "a text no page prints is the maintainer's: kept",
    current: ["Format error (Webinit ERROR)"],
    printed: { "sources/a.page.txt": ["Request malformed"] },
    relied: false,
    want: ["Format error (Webinit ERROR)"],
  },
  {
    name: "the current text is one page's, others print another: the most printed",
    current: ["Pound"],
    printed: {
      "sources/a.page.txt": ["Pound"],
      "sources/b.page.txt": ["Pound Sterling"],
      "sources/c.page.txt": ["Pound Sterling"],
    },
    relied: false,
    want: ["Pound Sterling"],
  },
  {
    name: "a new value worded two ways: the page whose path sorts first, whichever came first",
    current: undefined,
    printed: { "sources/b.page.txt": ["Pound Sterling"], "sources/a.page.txt": ["Pound"] },
    relied: false,
    want: ["Pound"],
  },
  {
    name: "a tie re-decides a page's wording the same way in a later run",
    current: ["Pound Sterling"],
    printed: { "sources/b.page.txt": ["Pound Sterling"], "sources/a.page.txt": ["Pound"] },
    relied: false,
    want: ["Pound"],
  },
  {
    name: "several meanings compare line by line, blanks squashed",
    current: ["In response to a payment:  accepted", "In response to a check: enrolled"],
    printed: {
      "sources/a.page.txt": ["In response to a payment: accepted", "In response to a check:\nenrolled"],
      "sources/b.page.txt": ["Accepted"],
    },
    relied: false,
    want: ["In response to a payment:  accepted", "In response to a check: enrolled"],
  },
])("$name", ({ current, printed, relied, want }) => {
  // Texts compare by their squashed lines: equal keys are one meaning, however they are folded.
  const general = generalWording(current && w(...current), pages(printed), relied);
  expect(general?.key).toEqual(meaningKey(want));
});

test.each<{ name: string; values: NamedValue[]; want: Record<string, string> }>([
  {
    name: "a name that is not its meaning's is the maintainer's and stays",
    values: [{ value: "00", name: "TRANSACTION_INITIALIZED", meaning: ["Accepted"], general: ["Refused"] }],
    want: { "00": "TRANSACTION_INITIALIZED" },
  },
  {
    name: "a name made from its meaning follows a new general meaning (a rename npm run changes reports)",
    values: [{ value: "05", name: "DO_NOT_HONOR", meaning: ["Do not honor"], general: ["Refused by the issuer"] }],
    want: { "05": "REFUSED_BY_THE_ISSUER" },
  },
  {
    name: "a new code is named after its general meaning",
    values: [{ value: "392", name: undefined, meaning: undefined, general: ["Japanese Yen"] }],
    want: { "392": "JAPANESE_YEN" },
  },
  {
    name: "two codes that would share a name both take their value, whichever came first",
    values: [
      { value: "826", name: "POUND", meaning: ["Pound"], general: ["Pound"] },
      { value: "827", name: undefined, meaning: undefined, general: ["Pound"] },
    ],
    want: { "826": "POUND_826", "827": "POUND_827" },
  },
  {
    name: "a value that is an identifier by itself needs no name",
    values: [{ value: "CARDCHECK", name: undefined, meaning: undefined, general: ["Checking a card"] }],
    want: {},
  },
])("$name", ({ values, want }) => {
  expect(Object.fromEntries(constantNames(values))).toEqual(want);
});

test("a tie is said with the pages of each wording; most pages, or none, is no tie", () => {
  const tied = pages({ "sources/b.page.txt": ["Worded anew"], "sources/a.page.txt": ["Black list"] });
  expect(wordingTie(tied, generalWording(undefined, tied, false))).toEqual({
    wordedBy: ["sources/a.page.txt"],
    otherwise: ["sources/b.page.txt"],
  });
  const most = pages({
    "sources/a.page.txt": ["Black list"],
    "sources/b.page.txt": ["Other"],
    "sources/c.page.txt": ["Other"],
  });
  expect(wordingTie(most, generalWording(undefined, most, false))).toBeNull();
  // A maintainer's text no page prints is kept: no tie between the pages decided it.
  expect(wordingTie(tied, generalWording(w("Own words"), tied, false))).toBeNull();
  const three = pages({ "sources/a.page.txt": ["A"], "sources/b.page.txt": ["B"], "sources/c.page.txt": ["C"] });
  expect(wordingTie(three, generalWording(undefined, three, false))).toEqual({
    wordedBy: ["sources/a.page.txt"],
    otherwise: ["sources/b.page.txt", "sources/c.page.txt"],
  });
});

test("a tie of several pages each is said with their count, as one of a page each is", () => {
  const two = pages({
    "sources/d.page.txt": ["Other"],
    "sources/a.page.txt": ["Black list"],
    "sources/c.page.txt": ["Other"],
    "sources/b.page.txt": ["Black list"],
  });
  const tie = wordingTie(two, generalWording(undefined, two, false));
  if (tie === null) throw new Error("no tie");
  expect(tieWords("the description", tie)).toBe(
    "the description as sources/a.page.txt, sources/b.page.txt print it, sources/c.page.txt, sources/d.page.txt wording it otherwise: a tie (2 pages each), which goes to the page whose path sorts first",
  );
  const one = wordingTie(
    pages({ "sources/b.page.txt": ["Other"], "sources/a.page.txt": ["Black list"] }),
    w("Black list"),
  );
  if (one === null) throw new Error("no tie");
  expect(tieWords("the general meaning", one)).toBe(
    "the general meaning as sources/a.page.txt prints it, sources/b.page.txt wording it otherwise: a tie (one page each), which goes to the page whose path sorts first",
  );
});
