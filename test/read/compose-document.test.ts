// parseSpecDocument composes the tokens its nesting walk made (compose-document.ts)
// where it called yaml's parseDocument: the document, its errors and warnings
// (code, message, place) must be parseDocument's, on the spec's files and on
// texts of every kind of problem the whole parse words.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type Document, parseDocument } from "yaml";
import { expect, test } from "vitest";
import { composeDocument } from "../../generator/read/compose-document.js";
import { parseNested } from "../../generator/read/nesting-depth.js";
import { specDir } from "../support/paths.js";
import { someCases } from "../support/some-cases.js";

const texts: readonly string[] = [
  "",
  "# only a comment\n",
  "a: 1\n---\nb: 2\n",
  "a: 1\n---\nb: 2\n---\nc: 3\n",
  "--- |\n  text\n...\n--- x\n",
  "%YAML 1.2\n---\na: [1, {b: c}]\n",
  "a: &x [1]\nb: *x\nc: *missing\n",
  "a: 1\na: 2\n",
  "a:\n\t- b\n",
  "a: [1, 2\nb: 3\n",
  "a: 'open\n",
  "? [k]\n: v\n[x]: y\n",
  "- a\n b: c\n",
  'a: "\\q"\n',
  "a: !!binary aGk=\n!!binary aGk=: b\n",
  "a:#no space\n",
  "  a: 1\n b: 2\n",
];

const specTexts = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => readFileSync(path.join(dir, name), "utf8"));

/** What `make` gives, or the error it throws (String of a failsafe null, an alias left unresolved). */
const outcome = (make: () => string): string => {
  try {
    return make();
  } catch (error) {
    return `threw ${(error as Error).message}`;
  }
};

const shape = (doc: Document.Parsed) => ({
  errors: doc.errors.map((e) => [e.code, e.message, e.pos]),
  warnings: doc.warnings.map((e) => [e.code, e.message, e.pos]),
  range: doc.range,
  text: outcome(() => String(doc)),
  contents: outcome(() => JSON.stringify(doc.contents)),
});

/** The repository's spec files, read from its folder whatever the working directory. */
const specFiles = someCases("spec files", specTexts(specDir));

test.each([...texts, ...specFiles])("the document of the walk's tokens is parseDocument's: %#", (text) => {
  const nested = parseNested(text);
  if (!("tokens" in nested)) throw new Error("nested too deep");
  const options = { schema: "failsafe", uniqueKeys: false, prettyErrors: false } as const;
  expect(shape(composeDocument(nested.tokens, text))).toEqual(shape(parseDocument(text, options)));
});
