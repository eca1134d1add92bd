// A note ends as a sentence does: its punctuation, then any closing brackets
// and quotes, then white space. The check walks a file's data wherever a list
// of notes lies, and leaves alone a field that only bears the key's name.
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { parseSpecFile } from "../../generator/read/parse-spec-file.js";
import { bracketsPair, checkNoteEnds, endsAsSentence } from "../../generator/validate/check-note-ends.js";

test.each([
  ["Named in the sample.", true],
  ["Is it public?", true],
  ["Not public!", true],
  ["And so on…", true],
  ["As the page says (see its sample.)", true],
  ['It prints "Y."', true],
  ["A block text ends with its line.\n", true],
  ["Trailing blanks.  \t", true],
  ["Named in the page's sample", false],
  ["(see the dictionary)", false],
  ["Ends in a colon:", false],
  ["Ends in a comma,", false],
])("%j ends as a sentence: %s", (note, ends) => {
  expect(endsAsSentence(note)).toBe(ends);
});

test("every list of notes is checked, at any depth, and a field named notes is walked as a field", () => {
  const text = [
    "operation: demo",
    "notes: [First half, second half.]",
    "request:",
    "  fields:",
    "    notes:",
    "      presence: optional",
    "      notes:",
    "        - A whole note.",
    "        - Cut short",
    "valueLists:",
    "  codes:",
    "    values:",
    '      "00": { meaning: Accepted, notes: ["Quoted, with a comma."] }',
    "",
  ].join("\n");
  const file = { relPath: "operations/demo.yaml", displayPath: "demo.yaml", kind: "operation", text } as const;
  const parsed = parseSpecFile(file);
  const printed = checkNoteEnds({ raw: parsed.data, file, map: parsed.map }).map(formatDiagnostic);
  expect(printed).toEqual([
    expect.stringMatching(/^demo\.yaml:2:9 warning note-not-ended note "First half" .*next note \("second half\."\)/),
    expect.stringMatching(/^demo\.yaml:9:11 warning note-not-ended note "Cut short" .*: end it as a sentence$/),
  ]);
});

test.each([
  ["Named in the sample (its first line).", true],
  ["Codes (12, 30) and (34).", true],
  ["See the page (e.g.", false],
  ["its sample).", false],
  ["A ) before its (.", false],
])("%j pairs its round brackets: %s", (note, pairs) => {
  expect(bracketsPair(note)).toBe(pairs);
});

test("a comma after an abbreviation's full stop splits a note into halves that each end as a sentence, and both are warned of", () => {
  const text = ["operation: demo", "notes: [See the page (e.g., its sample).]", ""].join("\n");
  const file = { relPath: "operations/demo.yaml", displayPath: "demo.yaml", kind: "operation", text } as const;
  const parsed = parseSpecFile(file);
  const printed = checkNoteEnds({ raw: parsed.data, file, map: parsed.map }).map(formatDiagnostic);
  expect(printed).toEqual([
    expect.stringMatching(
      /^demo\.yaml:2:9 warning note-not-ended note "See the page \(e\.g\." has a round bracket it does not pair; .*next note \("its sample\)\."\)/,
    ),
    expect.stringMatching(
      /^demo\.yaml:2:29 warning note-not-ended note "its sample\)\." has a round bracket it does not pair/,
    ),
  ]);
});

test("a deviation's reason is a note: one a flow mapping's comma cut is warned of, naming the key its rest became", () => {
  const text = [
    "operation: demo",
    "source:",
    "  deviations:",
    "    - { about: request.fields.a.presence, reason: The page prints it optional, its sample sends it. }",
    "    - about: request.fields.b.presence",
    "      reason: The sample sends it (e.g. with its version)",
    '    - { about: request.fields.c.presence, reason: "Quoted, with a comma." }',
    "request:",
    "  fields:",
    "    deviations: { presence: optional, reason: a field named so is no deviation }",
    "",
  ].join("\n");
  const file = { relPath: "operations/demo.yaml", displayPath: "demo.yaml", kind: "operation", text } as const;
  const parsed = parseSpecFile(file);
  const printed = checkNoteEnds({ raw: parsed.data, file, map: parsed.map }).map(formatDiagnostic);
  expect(printed).toEqual([
    'demo.yaml:4:51 warning note-not-ended deviation reason "The page prints it optional" does not end with sentence punctuation (. ? ! …); if the key "its sample sends it." beside it is the rest of it, a comma split it, as YAML splits a flow mapping ({ about: a, reason: b }) at each comma outside quotes: quote the reason, or write the deviation as a block mapping (about: and reason: on lines of their own)',
    'demo.yaml:6:15 warning note-not-ended deviation reason "The sample sends it (e.g. with its version)" does not end with sentence punctuation (. ? ! …): end it as a sentence',
  ]);
});
