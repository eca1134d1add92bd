// The page reader on a small page of the Sips layout, and on the page defects
// it must report with their place (given a change to that page, want the diagnostics).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readPage } from "../../generator/read/page/read-page.js";
import { fixturesDir } from "../support/paths.js";

const FILE = "cardCheck.page.txt";
const small = readFileSync(path.join(fixturesDir, "sync", "spec", "sources", FILE), "utf8");
const read = (text: string) => readPage(text, FILE);

describe("a well-formed page", () => {
  const { page, diagnostics } = read(small);

  test("has no defects", () => {
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  test("name, summary, recommended interfaceVersion", () => {
    expect([page.name?.value, page.summary?.value, page.recommended.map((r) => r.version)]).toEqual([
      "cardCheck",
      "Checks a card.",
      ["IR_WS_2.50"],
    ]);
  });

  test("every endpoint as printed, JSON and SOAP told apart", () => {
    expect(page.endpoints.map((e) => [e.label, e.kind, e.method, e.at.line])).toEqual([
      ["PROD", "json", "POST", 9],
      ["TEST", "json", "POST", 15],
      ["SIMU", "soap", "POST", 21],
    ]);
  });

  test("fields by section with presence, version, description and every meaning", () => {
    const fields = page.request.fields.map((f) => [
      f.name,
      f.section,
      f.presence?.value,
      f.since?.value,
      f.description.value,
    ]);
    expect(fields).toEqual([
      ["merchantId", "required", "required", "2.0", "Identifier of the shop."],
      ["seal", "required", "required", "2.0", "Message seal."],
      ["cardKind", "optional", "optional", "2.50", "Kind of card."],
    ]);
    expect(page.request.fields[2]?.values.map((v) => [v.value, v.meanings])).toEqual([
      ["DEBIT", ["Debit card"]],
      ["CREDIT", ["Credit card", "Or a charge card"]],
    ]);
    expect(page.response.fields.map((f) => f.name)).toEqual(["seal"]);
  });

  test("changelog rows in page order, with their line", () => {
    expect(page.changelog.map((r) => [r.version, r.field, r.attendance, r.container, r.at.line])).toEqual([
      ["2.50", "cardKind", "Request", "", 68],
      ["2.10", "seal", "Request/Response", "", 72],
      ["2.0", "merchantId", "Request", "", 76],
    ]);
  });
});

/** Each case changes the small page once and gives the diagnostics it must produce. */
const defects: { name: string; from: string; to: string; want: string[] }[] = [
  {
    name: "a misspelled presence, with a suggestion",
    from: "cardKind\n- presence\n- Optional",
    to: "cardKind\n- presence\n- Optinal",
    want: [
      'cardCheck.page.txt:44:3 error page-unknown-presence field "cardKind" has an unknown presence "Optinal"; did you mean "Optional"? (the pages print Required, Conditional or Optional)',
    ],
  },
  {
    name: "a malformed interface version",
    from: "- 2.50\nKind",
    to: "- 2.5O\nKind",
    want: [
      'cardCheck.page.txt:46:3 error page-bad-version field "cardKind": malformed interface version "2.5O" (expected a version such as 2.37)',
    ],
  },
  {
    name: "a malformed recommended interfaceVersion",
    from: "IR_WS_2.50",
    to: "IR_WS_2.5O",
    want: [
      'cardCheck.page.txt:4:1 error page-bad-version recommended interfaceVersion: malformed interface version "IR_WS_2.5O" (expected a version such as 2.37)',
    ],
  },
  {
    name: "a presence that contradicts its section",
    from: "merchantId\n- presence\n- Required",
    to: "merchantId\n- presence\n- Optional",
    want: [
      'cardCheck.page.txt:29:3 error page-presence-section field "merchantId" is printed Optional but listed under Required',
    ],
  },
  {
    name: "a field listed twice",
    from: "Optional\n-\ncardKind",
    to: "-\nmerchantId\n- presence\n- Required\n- Interface version\n- 2.0\nAgain.\nOptional\n-\ncardKind",
    want: [
      'cardCheck.page.txt:41:1 error page-duplicate-field field "merchantId" is listed twice in the Request\n  cardCheck.page.txt:27:1 first listed here',
    ],
  },
  {
    // Without it: the meanings printed last read as the value's, and the others went unread.
    name: "a value listed twice, with another meaning",
    from: "- Or a charge card\n",
    to: "- Or a charge card\nDEBIT\n- Deferred debit card\n",
    want: [
      'cardCheck.page.txt:54:1 error page-duplicate-value value "DEBIT" is listed twice in the values of field "cardKind" of the Request\n  cardCheck.page.txt:49:1 first listed here',
    ],
  },
  {
    name: "a value listed twice, with the same meaning",
    from: "- Or a charge card\n",
    to: "- Or a charge card\nCREDIT\n- Credit card\n",
    want: [
      'cardCheck.page.txt:54:1 error page-duplicate-value value "CREDIT" is listed twice in the values of field "cardKind" of the Request\n  cardCheck.page.txt:51:1 first listed here',
    ],
  },
  // Without them: the bullets left over read as the description's first lines (or a dash as a value), silently; the
  // field went without its version or presence, and sync wrote the bullets into the spec.
  {
    name: "an interface version printed without its value",
    from: "- Interface version\n- 2.0\nIdentifier of the shop.",
    to: "- Interface version\nIdentifier of the shop.",
    want: [
      'cardCheck.page.txt:30:1 error page-unreadable-line line not understood in the attributes of "merchantId": "- Interface version"',
    ],
  },
  {
    name: "a presence printed twice: the second does not read, the version after it does",
    from: "merchantId\n- presence\n- Required\n",
    to: "merchantId\n- presence\n- Required\n- Required\n",
    want: [
      'cardCheck.page.txt:30:1 error page-unreadable-line line not understood in the attributes of "merchantId": "- Required"',
    ],
  },
  {
    name: "an attribute and its value printed the wrong way round",
    from: "- Interface version\n- 2.0\nIdentifier of the shop.",
    to: "- 2.0\n- Interface version\nIdentifier of the shop.",
    want: [
      'cardCheck.page.txt:30:1 error page-unreadable-line line not understood in the attributes of "merchantId": "- 2.0" (and the 1 line after it)',
    ],
  },
  {
    name: "a field's dash lost: its attributes inside the description of the field before it",
    from: "Identifier of the shop.\n-\nseal\n",
    to: "Identifier of the shop.\nseal\n",
    want: [
      'cardCheck.page.txt:34:1 error page-unreadable-line line not understood in the description of "merchantId": "- presence"',
      'cardCheck.page.txt:36:1 error page-unreadable-line line not understood in the description of "merchantId": "- Interface version"',
      'cardCheck.page.txt:71:1 error page-changelog-field the changelog has a row for "seal" (Request/Response) but the field lists have no such field',
    ],
  },
  {
    name: "a lone dash after a list of values, no field after it: not a value",
    from: "- Or a charge card\n",
    to: "- Or a charge card\n-\n",
    want: ['cardCheck.page.txt:54:1 error page-unreadable-line line not understood in the values of "cardKind": "-"'],
  },
  {
    // Without it: the list read as lines of the description, silently, and sync wrote it there.
    name: "a list of values that lost its heading",
    from: "Kind of card.\nList of values\n",
    to: "Kind of card.\n",
    want: [
      'cardCheck.page.txt:48:1 error page-unreadable-line line not understood in the description of "cardKind": "DEBIT" (and the 4 lines after it)',
    ],
  },
  {
    name: "one word and a bullet in a description, as a note and its item, stay the description",
    from: "Identifier of the shop.\n",
    to: "Identifier of the shop.\nExample:\n- 002001000000001\n",
    want: [],
  },
  {
    // Without it: read with no meanings, and sync gave the value its code as its meaning.
    name: "a value printed without its meaning",
    from: "DEBIT\n- Debit card\n",
    to: "DEBIT\n",
    want: [
      'cardCheck.page.txt:49:1 error page-value-without-meaning value "DEBIT" of field "cardKind" of the Request has no meaning: the pages print one or more "- " lines under each value',
    ],
  },
  {
    name: "the last value printed without its meaning, as a copy cut after it gives",
    from: "- Or a charge card\n",
    to: "- Or a charge card\nCHARGE\n",
    want: [
      'cardCheck.page.txt:54:1 error page-value-without-meaning value "CHARGE" of field "cardKind" of the Request has no meaning: the pages print one or more "- " lines under each value',
    ],
  },
  {
    // Without it: no summary, and no defect told.
    name: "the summary line missing",
    from: "Checks a card.\n",
    to: "",
    want: [
      "cardCheck.page.txt:3:1 error page-missing-summary the page has no summary; a Sips page prints it on the line after its title (and the search hint)",
    ],
  },
  {
    name: "the summary and the recommended version missing: told at the section after the title",
    from: "Checks a card.\nRecommended interfaceVersion: IR_WS_2.50\n",
    to: "",
    want: [
      "cardCheck.page.txt:3:1 error page-missing-summary the page has no summary; a Sips page prints it on the line after its title (and the search hint)",
    ],
  },
  {
    // Without it: the summary was a header line not understood, and the next line was compared as the summary.
    name: "the title line missing: told at the page's first line, the summary read where it is",
    from: "cardCheck\nTo search",
    to: "To search",
    want: [
      "cardCheck.page.txt:1:1 error page-missing-title the page has no title; a Sips operation page opens with the operation's name (someOperation) on its first line, before its summary",
    ],
  },
  {
    name: "the title line blank",
    from: "cardCheck\nTo search",
    to: "\nTo search",
    want: [
      "cardCheck.page.txt:1:1 error page-missing-title the page has no title; a Sips operation page opens with the operation's name (someOperation) on its first line, before its summary",
    ],
  },
  {
    name: "the title and the summary missing: the recommended version is no title",
    from: "cardCheck\nTo search in the page use Ctrl+F on your keyboard\nChecks a card.\n",
    to: "",
    want: [
      "cardCheck.page.txt:1:1 error page-missing-summary the page has no summary; a Sips page prints it on the line after its title (and the search hint)",
      "cardCheck.page.txt:1:1 error page-missing-title the page has no title; a Sips operation page opens with the operation's name (someOperation) on its first line, before its summary",
    ],
  },
  {
    name: "a changelog row for a field the lists lack",
    from: "2.0 |\nmerchantId",
    to: "2.0 |\nmerchantIdentifier",
    want: [
      'cardCheck.page.txt:76:1 error page-changelog-field the changelog has a row for "merchantIdentifier" (Request) but the field lists have no such field',
    ],
  },
  {
    name: "a changelog row with another version",
    from: "2.10 |\nseal",
    to: "2.0 |\nseal",
    want: [
      'cardCheck.page.txt:72:1 error page-changelog-version the changelog gives "seal" version 2.0, the field list 2.10',
    ],
  },
  {
    // Without it: "no Response section" at the last line, and the response's fields read nowhere.
    name: "a misspelled section heading, read as the heading",
    from: "Request sample\nResponse\n",
    to: "Request sample\nReponse\n",
    want: [
      'cardCheck.page.txt:55:1 error page-misspelled-heading "Reponse" is not a heading of a Sips page; did you mean "Response"? (read as it)',
    ],
  },
  {
    // Without it: each of the message's fields was a line not understood in Endpoints, and the Request was missing.
    name: "a message's heading with words after it, before its first presence heading, read as the heading",
    from: "Request\nRequired\n",
    to: "Request fields\nRequired\n",
    want: [
      'cardCheck.page.txt:24:1 error page-misspelled-heading "Request fields" is not a heading of a Sips page; did you mean "Request"? (read as it)',
    ],
  },
  {
    name: "the Response's heading with words after it, read as the heading",
    from: "Request sample\nResponse\n",
    to: "Request sample\nResponse parameters\n",
    want: [
      'cardCheck.page.txt:55:1 error page-misspelled-heading "Response parameters" is not a heading of a Sips page; did you mean "Response"? (read as it)',
    ],
  },
  {
    // Without it: the misspelled presence heading after it left "Request fields" unread, and the Request missing.
    name: "a message's heading with words after it, before a misspelled presence heading, read as both headings",
    from: "Request\nRequired\n",
    to: "Request fields\nRequird\n",
    want: [
      'cardCheck.page.txt:24:1 error page-misspelled-heading "Request fields" is not a heading of a Sips page; did you mean "Request"? (read as it)',
      'cardCheck.page.txt:25:1 error page-misspelled-heading "Requird" is not a heading of a Sips page; did you mean "Required"? (read as it)',
    ],
  },
  {
    // A sentence that starts as the heading does, before a presence heading, is a field's description: read as the
    // Response heading, it would have cut the fields around it into the Request and a Response the page does not have.
    name: "a description's sentence starting with a message's name is not read as its heading",
    from: "Request sample\nResponse\nRequired\n-\nseal\n- presence\n- Required\n- Interface version\n- 2.10\nMessage seal.\nResponse sample",
    to: "Request sample\nRequired\n-\nseal\n- presence\n- Required\n- Interface version\n- 2.10\nResponse seal, over every field that Sips sends back.\nOptional\n-\nextra\n- presence\n- Optional\n- Interface version\n- 2.10\nMore.\nResponse sample",
    want: [
      'cardCheck.page.txt:87:1 error page-missing-section the page has no "Response" section; is it a saved Sips operation page?',
    ],
  },
  {
    // The heading is a word of its own: a short sentence whose first word starts as the heading does is description.
    name: "a description's sentence whose first word starts with a message's name is not read as its heading",
    from: "Request sample\nResponse\nRequired\n-\nseal\n- presence\n- Required\n- Interface version\n- 2.10\nMessage seal.\nResponse sample",
    to: "Request sample\nRequired\n-\nseal\n- presence\n- Required\n- Interface version\n- 2.10\nResponses are sealed.\nOptional\n-\nextra\n- presence\n- Optional\n- Interface version\n- 2.10\nMore.\nResponse sample",
    want: [
      'cardCheck.page.txt:87:1 error page-missing-section the page has no "Response" section; is it a saved Sips operation page?',
    ],
  },
  {
    // Without it: the line joins the description above it, and each field after it is "listed under Required".
    name: "a misspelled presence heading, read as the heading",
    from: "Message seal.\nOptional\n",
    to: "Message seal.\noptionnal\n",
    want: [
      'cardCheck.page.txt:40:1 error page-misspelled-heading "optionnal" is not a heading of a Sips page; did you mean "Optional"? (read as it)',
    ],
  },
  {
    // Without it: the line joins the description above it ("Message seal.\nOptional fields"), and each field after
    // it is "listed under Required", which points at the fields and not at the heading.
    name: "a presence heading reworded, read as the presence the fields after it print",
    from: "Message seal.\nOptional\n",
    to: "Message seal.\nOptional fields\n",
    want: [
      'cardCheck.page.txt:40:1 error page-unknown-heading "Optional fields" stands where a section heading does, before fields printed Optional; the pages print Required, Conditional or Optional: write "Optional" (read as it)',
    ],
  },
  {
    // Without it: every line of the message up to the next heading is not understood, and the spec's fields are
    // reported as missing from the page, and its changelog's rows as rows for no field.
    name: "a presence heading in other words, before the message's first field, read as its fields' presence",
    from: "Request\nRequired\n",
    to: "Request\nMandatory\n",
    want: [
      'cardCheck.page.txt:25:1 error page-unknown-heading "Mandatory" stands where a section heading does, before fields printed Required; the pages print Required, Conditional or Optional: write "Required" (read as it)',
    ],
  },
  {
    // A sentence is description: a page that lost a heading still says where its fields are misplaced.
    name: "a description's last sentence, before fields of another presence, stays in the description",
    from: "Message seal.\nOptional\n",
    to: "Message seal.\n",
    want: [
      'cardCheck.page.txt:43:3 error page-presence-section field "cardKind" is printed Optional but listed under Required',
    ],
  },
  {
    // Read as a value (one without a meaning), not as the heading of the field after it.
    name: "a value in capitals that resembles a heading stays a value",
    from: "- Or a charge card\nRequest sample",
    to: "- Or a charge card\nOPTIONAL\n-\nbin\n- presence\n- Optional\n- Interface version\n- 2.50\nFirst digits.\nRequest sample",
    want: [
      'cardCheck.page.txt:54:1 error page-value-without-meaning value "OPTIONAL" of field "cardKind" of the Request has no meaning: the pages print one or more "- " lines under each value',
    ],
  },
  {
    // Without it: an environment TSET, where sync moves the address, removing it from TEST.
    name: "a misspelled environment label, read as the label",
    from: "- TEST\n",
    to: "- TSET\n",
    want: [
      'cardCheck.page.txt:13:3 error page-misspelled-heading "TSET" is not a heading of a Sips page; did you mean "TEST"? (read as it)',
    ],
  },
  {
    // Without it: the list's every line is part of the field's description, and sync writes it into the spec.
    name: "a values heading in other capitals, read as the heading",
    from: "Kind of card.\nList of values\n",
    to: "Kind of card.\nList of Values\n",
    want: [
      'cardCheck.page.txt:48:1 error page-misspelled-heading "List of Values" is not a heading of a Sips page; did you mean "List of values"? (read as it)',
    ],
  },
  {
    // Without it: the list's every line is part of the field's description, and its values unchecked.
    name: "a values heading reworded, before a value and its meaning, read as the heading",
    from: "Kind of card.\nList of values\n",
    to: "Kind of card.\nPossible values\n",
    want: [
      'cardCheck.page.txt:48:1 error page-misspelled-heading "Possible values" is not a heading of a Sips page; did you mean "List of values"? (read as it)',
    ],
  },
  {
    name: "a line of the description that names values, before no list, stays in the description",
    from: "Kind of card.\nList of values\n",
    to: "Kind of card.\nSee the values\nList of values\n",
    want: [],
  },
  {
    // Only a value followed by its first meaning tells a reworded heading: a word alone after it is description.
    name: "a few words ending in values, then a word but no meaning, stay in the description",
    from: "Kind of card.\nList of values\n",
    to: "Kind of card.\nAccepted values\nbelow\nList of values\n",
    want: [],
  },
  {
    // Without it: each line is a value, which sync adds to the shared list and writes out for every other operation.
    // A note after a wrapped meaning, after the meaning's end, is no part of it.
    name: "a note after a list and a table row: not values",
    from: "DEBIT\n- Debit card\nCREDIT\n- Credit card\n- Or a charge card\n",
    to: "DEBIT | Debit card\nCREDIT\n- Credit card\n- Or a\ncharge card\nA card may be both.\n",
    want: [
      'cardCheck.page.txt:49:1 error page-unreadable-line line not understood in the values of "cardKind": "DEBIT | Debit card"',
      'cardCheck.page.txt:54:1 error page-unreadable-line line not understood in the values of "cardKind": "A card may be both."',
    ],
  },
  {
    // Without the response's fields, a changelog row of a request/response field is not "a field the lists lack".
    name: "a missing section, whose changelog rows are not reported again",
    from: "Request sample\nResponse\n",
    to: "Request sample\n",
    want: [
      'cardCheck.page.txt:79:1 error page-missing-section the page has no "Response" section; is it a saved Sips operation page?',
    ],
  },
  {
    // Without it: the field is no field start, and its lines are read as values of the list before it.
    name: "a misspelled presence attribute, read as the attribute",
    from: "cardKind\n- presence",
    to: "cardKind\n- presense",
    want: [
      'cardCheck.page.txt:43:3 error page-misspelled-attribute field "cardKind" has an attribute "presense"; did you mean "presence"? (read as it)',
    ],
  },
  {
    // Without it: the field has no version and its description starts with the attribute's two lines.
    name: "a misspelled version attribute, read as the attribute",
    from: "merchantId\n- presence\n- Required\n- Interface version",
    to: "merchantId\n- presence\n- Required\n- Interface versoin",
    want: [
      'cardCheck.page.txt:30:3 error page-misspelled-attribute field "merchantId" has an attribute "Interface versoin"; did you mean "Interface version"? (read as it)',
    ],
  },
  {
    // Without it: a line of the description, and the page gave sync no recommended version to compare.
    name: "a misspelled recommended interfaceVersion line, read as it",
    from: "Recommended interfaceVersion: IR_WS_2.50",
    to: "Recommanded interfaceVersion: IR_WS_2.5O",
    want: [
      'cardCheck.page.txt:4:1 error page-bad-version recommended interfaceVersion: malformed interface version "IR_WS_2.5O" (expected a version such as 2.37)',
      'cardCheck.page.txt:4:1 error page-misspelled-heading "Recommanded interfaceVersion" is not a heading of a Sips page; did you mean "Recommended interfaceVersion"? (read as it)',
    ],
  },
  {
    // Without it: sync writes "Kind of card\uFFFDs." into the spec, a text like any other, and generate into the package.
    name: "bytes that are not UTF-8 (a page saved as windows-1252), once, where the first is",
    from: "Kind of card.\nList",
    to: "  Kind of card\uFFFDs \uFFFD.\nList",
    want: [
      'cardCheck.page.txt:47:15 error page-bad-encoding the page holds "\uFFFD", what a reader puts for bytes that are not UTF-8 text (a page saved as windows-1252): save the page again as UTF-8',
    ],
  },
  {
    // Without it: sync reads a page whose every environment is gone, and removes them from the spec.
    name: "an Endpoints section that lists no address",
    from: "Endpoints\n-\n- PROD\n-\nhttps://office-server.example.com/rs-services/v2/office/cardCheck\n- method\n- POST\n-\n- TEST\n-\nhttps://office-server.test.example.com/rs-services/v2/office/cardCheck\n- method\n- POST\n-\n- SIMU\n-\nhttps://office-server.example.com/services/v2/OfficeService?wsdl\n- method\n- POST\nRequest\n",
    to: "Endpoints\nRequest\n",
    want: [
      "cardCheck.page.txt:5:1 error page-no-endpoints the Endpoints section lists no address; is the page saved whole?",
    ],
  },
  {
    name: "lines the reader does not understand, one diagnostic per run",
    from: "Endpoints\n",
    to: "Endpoints\n<div>\n</div>\n",
    want: [
      'cardCheck.page.txt:6:1 error page-unreadable-line line not understood in Endpoints: "<div>" (and the 1 line after it)',
    ],
  },
];

test.each(defects)("$name", ({ from, to, want }) => {
  if (!small.includes(from)) throw new Error(`the fixture page lacks ${JSON.stringify(from)}`);
  expect(read(small.replace(from, to)).diagnostics.map(formatDiagnostic)).toEqual(want);
});

test("a page cut short in its Response: one defect naming the headings after the cut", () => {
  const cut = small.slice(0, small.indexOf("Response sample\n"));
  // Without it: each heading after the cut was its own "no such section; is it a saved Sips operation page?".
  expect(read(cut).diagnostics.map(formatDiagnostic)).toEqual([
    'cardCheck.page.txt:64:1 error page-cut-short the page stops in its Response, without the headings after it ("Response sample", "Changelog"); is the page saved whole? (where the public copy stops, the saved page keeps those headings, with nothing under them)',
  ]);
  // A section missing before the last found is still that section missing.
  expect(read(small.replace("Request sample\nResponse\n", "Request sample\n")).diagnostics.map((d) => d.code)).toEqual([
    "page-missing-section",
  ]);
});

test("a page without its title reads its summary and version where they are, and no name", () => {
  const { page } = read(small.replace("cardCheck\nTo search", "To search"));
  expect(page.name).toBeNull();
  expect(page.summary?.value).toBe("Checks a card.");
  expect(page.recommended.map((r) => r.version)).toEqual(["IR_WS_2.50"]);
});

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

test("a changelog heading row printed twice, as a copy of a table whose heading stays in view gives: every row read", () => {
  const rows = (text: string) => read(text).page.changelog.map((r) => [r.version, r.field, r.attendance, r.container]);
  const heading = "Interface version | Data | Attendance | Container |\n";
  expect(rows(small)).toHaveLength(3);
  // Without it: read as one row of eight columns, every other row was dropped, and no defect told.
  for (const twice of [
    small.replace(heading, heading + heading),
    // Twice on one line.
    small.replace(heading, `${heading.trimEnd()} ${heading}`),
  ]) {
    expect(read(twice).diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(rows(twice)).toEqual(rows(small));
  }
  // In a release's order of columns too.
  const dataFirst = small
    .replace(heading, "Data | Interface version | Attendance | Container |\n".repeat(2))
    .replace(/(\d+\.\d+) \|\n(\w+)\n\|\n/g, "$2 |\n$1\n|\n");
  expect(read(dataFirst).diagnostics.map(formatDiagnostic)).toEqual([]);
  expect(rows(dataFirst)).toEqual(rows(small));
});

test('a changelog copied without "|", its cells apart by tabs or each on a line of its own, reads the same rows', () => {
  const rows = (text: string) =>
    read(text).page.changelog.map((r) => [r.version, r.field, r.attendance, r.container, r.at]);
  const table = small.slice(small.indexOf("Interface version | Data"));
  const cells = (cut: string) =>
    cut
      .split("|")
      .map((c) => c.trim())
      .filter((c) => c !== "" && !/^-+$/.test(c));
  expect(cells(table).slice(0, 6)).toEqual([
    "Interface version",
    "Data",
    "Attendance",
    "Container",
    "2.50",
    "cardKind",
  ]);
  // Each row on a line, its cells apart by tabs (a browser's copy of a table), the Container cell left empty.
  const byTabs = [
    "Interface version\tData\tAttendance\tContainer",
    "2.50\tcardKind\tRequest\t",
    "2.10\tseal\tRequest/Response\t",
    "2.0\tmerchantId\tRequest\t",
  ];
  // Each cell on a line of its own.
  const byLines = [...cells(table)];
  expect(byLines).toHaveLength(4 + 9);
  for (const copy of [byTabs, byLines]) {
    const text = small.replace(table, `${copy.join("\n")}\n`);
    // Without it: every row was one cell, a line not understood, and the changelog empty.
    expect(read(text).diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(rows(text).map((r) => r.slice(0, 4))).toEqual(rows(small).map((r) => r.slice(0, 4)));
  }
  // Each row's place is its version's, as the saved file has it.
  const tabbed = small.replace(table, `${byTabs.join("\n")}\n`);
  const line = tabbed.split("\n").indexOf("2.10\tseal\tRequest/Response\t") + 1;
  expect(rows(tabbed)[1]?.[4]).toMatchObject({ line, column: 1 });
  // A row's Container cell is read as the fourth word; a version that is no version is still told.
  const contained = small.replace(
    table,
    `${[...byTabs.slice(0, 3), "2.0\tmerchantId\tRequest\tcardKind"].join("\n")}\n`,
  );
  expect(rows(contained)[2]?.slice(0, 4)).toEqual(["2.0", "merchantId", "Request", "cardKind"]);
  const bad = small.replace(
    table,
    `${[...byTabs.slice(0, 2), "2.1O\tseal\tRequest/Response\t", byTabs[3]].join("\n")}\n`,
  );
  expect(read(bad).diagnostics.map((d) => d.code)).toContain("page-bad-version");
});

test("a changelog whose columns a release orders otherwise is read by its heading row", () => {
  const rows = (text: string) => read(text).page.changelog.map((r) => [r.version, r.field, r.attendance, r.container]);
  // Data first: each row's first two cells swap, as its heading's.
  const dataFirst = small
    .replace(
      "Interface version | Data | Attendance | Container |",
      "Data | Interface version | Attendance | Container |",
    )
    .replace(/(\d+\.\d+) \|\n(\w+)\n\|\n/g, "$2 |\n$1\n|\n");
  expect(read(dataFirst).diagnostics.map(formatDiagnostic)).toEqual([]);
  expect(rows(dataFirst)).toEqual(rows(small));
  // A row that differs from its field is reported at its version, as in the usual order.
  expect(read(dataFirst.replace("seal |\n2.10", "seal |\n2.0")).diagnostics.map(formatDiagnostic)).toEqual([
    'cardCheck.page.txt:73:1 error page-changelog-version the changelog gives "seal" version 2.0, the field list 2.10',
  ]);
  // Without the Container column, whose cells the pages leave empty: every row was a line not understood.
  const noContainer = dataFirst
    .replace(
      "Data | Interface version | Attendance | Container |\n---|---|---|---|",
      "Data | Interface version | Attendance |\n---|---|---|",
    )
    .replaceAll(" | |\n", " |\n");
  expect(read(noContainer).diagnostics.map(formatDiagnostic)).toEqual([]);
  expect(rows(noContainer)).toEqual(rows(small));
  // A column the reader does not know, named by the heading row up to its separator: the rows are read by its columns,
  // that column's cells left out, and the column named once. Without it: each row was a line not understood, an error
  // that only editing every row of the saved page cleared.
  for (const [table, fill] of [
    [dataFirst, "notes"],
    [small, "24.2"],
  ] as const) {
    const noted = table
      .replace("Container |\n---|---|---|---|", "Container | Release note |\n---|---|---|---|---|")
      .replaceAll(" | |\n", ` | | ${fill} |\n`);
    expect(read(noted).diagnostics.map(formatDiagnostic)).toEqual([
      'cardCheck.page.txt:66:53 info page-changelog-column the changelog has a column "Release note", which is not read (the spec takes Interface version, Data, Attendance, Container)',
    ]);
    expect(rows(noted)).toEqual(rows(small));
  }
  // A column the reader does not know before one it does: that one read as itself, and named in no defect. Without it:
  // the Container column was also said not to be read.
  const between = small
    .replace("Attendance | Container |\n---|---|---|---|", "Attendance | Release | Container |\n---|---|---|---|---|")
    .replaceAll(" | |\n", " | 24.2 | |\n");
  expect(read(between).diagnostics.map(formatDiagnostic)).toEqual([
    'cardCheck.page.txt:66:41 info page-changelog-column the changelog has a column "Release", which is not read (the spec takes Interface version, Data, Attendance, Container)',
  ]);
  expect(rows(between)).toEqual(rows(small));
  // Where the heading row is not one (a column that is a version), the rows are not read by it: what is left is told.
  const unheaded = small
    .replace("Container |\n---|---|---|---|", "Container | 2.0 |\n---|---|---|---|---|")
    .replaceAll(" | |\n", " | | x |\n");
  const codes = read(unheaded).diagnostics.map((d) => d.code);
  expect([codes.includes("page-unreadable-line"), codes.includes("page-changelog-column")]).toEqual([true, false]);
});

test("an environment that numbers or extends a known label is an environment of its own, not a misspelling", () => {
  // Read as TEST (or SIMU), TEST2 could never be synced: sync writes nothing while the page has the defect.
  const labels = (text: string) => {
    const { page, diagnostics } = read(text);
    return [diagnostics.map(formatDiagnostic), page.endpoints.map((e) => e.environment)];
  };
  expect(labels(small.replace("- TEST\n", "- TEST2\n").replace("- SIMU\n", "- SIMU-B\n"))).toEqual([
    [],
    ["prod", "test2", "simu-b"],
  ]);
});

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

test("a no-break hyphen a browser's copy gives reads as the hyphen it shows", () => {
  // Without it: a value "CREDIT\u2011CARD" that reads as CREDIT-CARD and is another, which sync adds to the list.
  const hyphens = (text: string) =>
    text.replace("\nCREDIT\n", "\nCREDIT-CARD\n").replace("- Debit card", "- Debit-card");
  const text = hyphens(small).replace("CREDIT-CARD", "CREDIT\u2011CARD").replace("Debit-card", "Debit\u2011card");
  expect(read(text).diagnostics.map(formatDiagnostic)).toEqual([]);
  const values = (t: string) => read(t).page.request.fields.find((f) => f.name === "cardKind")?.values;
  expect(JSON.stringify(values(text))).toBe(JSON.stringify(values(hyphens(small))));
});

test("spaces a browser's copy gives as no-break spaces read as spaces", () => {
  const text = small
    .replace(
      "cardKind\n- presence\n- Optional\n- Interface version",
      "cardKind\n-\u00a0presence\n- Optional\n- Interface\u00a0version",
    )
    .replace("Kind of card.", "Kind\u00a0of card.");
  const { page, diagnostics } = read(text);
  expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  const field = page.request.fields.find((f) => f.name === "cardKind");
  expect([field?.presence?.value, field?.since?.value, field?.description.value]).toEqual([
    "optional",
    "2.50",
    "Kind of card.",
  ]);
});

test("a tab or a run of blanks inside a line reads as one space, as a browser shows it; places stay the saved file's", () => {
  const blanks = small
    .replace("- Debit card", "- Debit\tcard")
    .replace("- Or a charge card", "- Or a  charge\u2003card")
    .replace("Kind of card.", "Kind\t\tof card.");
  const { page, diagnostics } = read(blanks);
  expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  const field = page.request.fields.find((f) => f.name === "cardKind");
  // Without it: "Debit\tcard", which sync wrote into the spec's list as it was.
  expect([field?.description.value, field?.values.map((v) => v.meanings)]).toEqual([
    "Kind of card.",
    [["Debit card"], ["Credit card", "Or a charge card"]],
  ]);
  // A defect after the blanks: at the column an editor shows, each blank counted.
  const flawed = blanks.replace("Kind\t\tof card.", "Kind\t\tof\u200bcard.");
  expect(read(flawed).diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
    ["page-invisible-character", 47, 9],
  ]);
});

/** The fixture page with cardKind's values left out: a container lists none (page-container-values-listed). */
const noCardKinds = small.replace(
  "List of values\nDEBIT\n- Debit card\nCREDIT\n- Credit card\n- Or a charge card\n",
  "",
);

test("a field printed with its container", () => {
  const text = noCardKinds.replace(
    "Request sample",
    "-\nbin\n- presence\n- Optional\n- Interface version\n- 2.50\n- Container\n- cardKind\nFirst digits.\nRequest sample",
  );
  const { page, diagnostics } = read(text);
  expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  expect(page.request.fields.map((f) => [f.name, f.container?.value ?? null])).toEqual([
    ["merchantId", null],
    ["seal", null],
    ["cardKind", null],
    ["bin", "cardKind"],
  ]);
  // A field that holds fields and lists values, or fields held by each other: the page's defects, where they are.
  const bin = "-\nbin\n- presence\n- Optional\n- Interface version\n- 2.50\n- Container\n- cardKind\nFirst digits.\n";
  const listed = read(small.replace("Request sample", `${bin}Request sample`));
  expect(listed.diagnostics.map((d) => [d.code, d.line])).toEqual([["page-container-values-listed", 49]]);
  const cycle = read(
    text.replace(
      "- Optional\n- Interface version\n- 2.50\nKind of card.",
      "- Optional\n- Interface version\n- 2.50\n- Container\n- bin\nKind of card.",
    ),
  );
  // (Its changelog row of cardKind, at the top, is one the field lists no longer back.)
  expect(cycle.diagnostics.map((d) => d.code).filter((c) => c.startsWith("page-container"))).toEqual([
    "page-container-cycle",
    "page-container-cycle",
  ]);
});

test("a container's field named as a field of the message is its own field, its changelog row its own", () => {
  // A getTransactionData-like page: merchantId at the top (2.0) and in a container (2.50), each with its row.
  const text = noCardKinds
    .replace(
      "Request sample",
      "-\nmerchantId\n- presence\n- Optional\n- Interface version\n- 2.50\n- Container\n- cardKind\nShop of the card.\nRequest sample",
    )
    .replace(
      "2.0 |\nmerchantId\n|\nRequest |",
      "2.0 |\nmerchantId\n|\nRequest | |\n2.50 |\nmerchantId\n|\nRequest | cardKind |",
    );
  const { page, diagnostics } = read(text);
  expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  expect(page.changelog.map((r) => [r.version, r.field, r.container])).toContainEqual([
    "2.50",
    "merchantId",
    "cardKind",
  ]);
  // Each row is still checked against its own field.
  const wrong = read(
    text.replace("2.50 |\nmerchantId\n|\nRequest | cardKind", "2.0 |\nmerchantId\n|\nRequest | cardKind"),
  );
  expect(wrong.diagnostics.map((d) => d.code)).toEqual(["page-changelog-version"]);
});

test.each([
  ["an empty text", ""],
  ["an HTML page", "<!doctype html>\n<html><body><p>Hello</p></body></html>\n"],
  ["bytes that are not text", "\u0000\u0001\uFFFD\u001b[31m\r\n\t\u0007"],
])("%s is reported once, not thrown, and read as nothing", (_name, text) => {
  const { page, diagnostics } = read(text);
  expect(diagnostics.map(formatDiagnostic)).toEqual([
    "cardCheck.page.txt:1:1 error page-no-sections the page has none of the sections of a Sips page (Endpoints, Request, Response, Changelog); is it a saved Sips operation page, saved as text?",
  ]);
  // Nothing the spec would be compared with: an HTML page's first line is no summary or name.
  expect([page.name, page.summary, page.endpoints, page.request.fields, page.changelog]).toEqual([
    null,
    null,
    [],
    [],
    [],
  ]);
});
