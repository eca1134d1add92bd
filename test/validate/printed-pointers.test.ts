// A printed text (summary, description, meaning, note) that points into the
// spec's files points at what the package's reader does not have: a warning
// at the text. A key that holds a path (source.page, factsStop.see) is no
// printed text, and a field named like a text key is walked as a field.
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { parseSpecFile } from "../../generator/read/parse-spec-file.js";
import { checkPrintedPointers, specPointerIn } from "../../generator/validate/check-printed-pointers.js";

test.each([
  ["The saved page (sources/demo.page.txt) holds it.", "sources/demo.page.txt"],
  ["Where it stops: see source.notes.", "source.notes"],
  ["Kept as deviations (source.deviations).", "source.deviations"],
  ["See the request's factsStop.", "factsStop"],
  ["As the platform's rules give (spec/sips.yaml).", "spec/sips.yaml"],
  ["The page (https://example.com/en/data-dictionary/office/demo.html) prints it.", null],
  ["The facts stop where the page's public copy does.", null],
  ["Named in the source notes of the page.", null],
])("%j points into the spec at %j", (text, pointer) => {
  expect(specPointerIn(text)).toBe(pointer);
});

test("each printed text is checked, at any depth, and paths and fields named like a text key are not", () => {
  const text = [
    "operation: demo",
    "summary: Demo (see source.notes).",
    "source:",
    "  page: sources/demo.page.txt",
    "  notes:",
    "    - A whole note.",
    "    - The saved page (sources/demo.page.txt) holds it.",
    "request:",
    "  factsStop:",
    "    see: https://example.com/demo.html",
    "    notes: [See factsStop.]",
    "  fields:",
    "    description:",
    "      presence: optional",
    "      description: Its own text, from spec/dictionary.",
    "    code:",
    "      meanings:",
    '        "00": Accepted, as sources/demo.page.txt words it',
    '        "05": [Refused., See factsStop.]',
    "valueLists:",
    "  codes:",
    "    values:",
    '      "00": { meaning: Accepted (factsStop) }',
    '      "05": { meaning: [Refused., As spec/sips.yaml says.] }',
    "",
  ].join("\n");
  const file = { relPath: "operations/demo.yaml", displayPath: "demo.yaml", kind: "operation", text } as const;
  const parsed = parseSpecFile(file);
  const printed = checkPrintedPointers({ raw: parsed.data, file, map: parsed.map }).map(formatDiagnostic);
  expect(printed).toEqual([
    expect.stringMatching(
      /^demo\.yaml:2:10 warning spec-pointer-in-text text points at "source\.notes", .*spec\/ is not in the package/,
    ),
    expect.stringMatching(/^demo\.yaml:7:7 warning spec-pointer-in-text text points at "sources\/demo\.page\.txt"/),
    expect.stringMatching(/^demo\.yaml:11:13 warning spec-pointer-in-text text points at "factsStop"/),
    expect.stringMatching(/^demo\.yaml:15:20 warning spec-pointer-in-text text points at "spec\/dictionary"/),
    // An operation's own meanings, each a text or a list of texts, and a list's meaning worded as a list: printed
    // on the reference page as the others are. Without it: not read, as their keys are values, not text keys.
    expect.stringMatching(/^demo\.yaml:18:15 warning spec-pointer-in-text text points at "sources\/demo\.page\.txt"/),
    expect.stringMatching(/^demo\.yaml:19:26 warning spec-pointer-in-text text points at "factsStop"/),
    expect.stringMatching(/^demo\.yaml:23:24 warning spec-pointer-in-text text points at "factsStop"/),
    expect.stringMatching(/^demo\.yaml:24:35 warning spec-pointer-in-text text points at "spec\/sips\.yaml"/),
  ]);
});
