// The page reader on the small page of the Sips layout (test/support/small-page.ts): the defects of its section,
// message and presence headings, its Endpoints and its labels, each at its place; a page cut short or no page at all,
// said once, never thrown.
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { defectsOfChange, type PageDefect, read, small } from "../support/small-page.js";

/** Each case changes the small page once and gives the diagnostics it must produce. */
const defects: PageDefect[] = [
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
      'cardCheck.page.txt:55:1 error page-missing-section the page has no "Response" section; is it a saved Sips operation page?',
    ],
  },
  {
    // The heading is a word of its own: a short sentence whose first word starts as the heading does is description.
    name: "a description's sentence whose first word starts with a message's name is not read as its heading",
    from: "Request sample\nResponse\nRequired\n-\nseal\n- presence\n- Required\n- Interface version\n- 2.10\nMessage seal.\nResponse sample",
    to: "Request sample\nRequired\n-\nseal\n- presence\n- Required\n- Interface version\n- 2.10\nResponses are sealed.\nOptional\n-\nextra\n- presence\n- Optional\n- Interface version\n- 2.10\nMore.\nResponse sample",
    want: [
      'cardCheck.page.txt:55:1 error page-missing-section the page has no "Response" section; is it a saved Sips operation page?',
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
    // Without it: an environment TSET, where sync moves the address, removing it from TEST.
    name: "a misspelled environment label, read as the label",
    from: "- TEST\n",
    to: "- TSET\n",
    want: [
      'cardCheck.page.txt:13:3 error page-misspelled-heading "TSET" is not a heading of a Sips page; did you mean "TEST"? (read as it)',
    ],
  },
  {
    // Without the response's fields, a changelog row of a request/response field is not "a field the lists lack".
    name: "a missing section, whose changelog rows are not reported again",
    from: "Request sample\nResponse\n",
    to: "Request sample\n",
    want: [
      'cardCheck.page.txt:55:1 error page-missing-section the page has no "Response" section; is it a saved Sips operation page?',
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
  expect(defectsOfChange(from, to)).toEqual(want);
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
