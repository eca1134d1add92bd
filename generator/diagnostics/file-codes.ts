// The diagnostics of reading the spec's files: text that is not clean, YAML
// that is not well-formed, files missing or out of place.

import { define } from "./code-definition.js";

/** The codes of reading the spec's files. */
export const fileCodes = {
  "yaml-syntax": define<{ detail: string }>(
    "error",
    "The file is not well-formed YAML, or a list item a column right of the one above is read as its text (a line starting with \"- \" under a key's value or after a blank line is text, as YAML reads it). A likely slip is one error, at the slip, saying what the line lacks: a key or list item a column off its siblings (with both columns; a blank or comment line above it changes nothing but the line said), a tab where YAML counts indentation (at the tab: in a line's indentation, or after a list's dash before a key or a dash), a colon left out or with no space after it, a plain value holding \": \" (quote it), a `{` or `[` left open (at the bracket), text after a closing quote; of a line's errors the first alone is said.",
    "Mend the line the error points at as it says (its indentation, the colon, the quote or bracket); where a list item is read as text, put the dash in its siblings' column.",
    (p) => `invalid YAML: ${p.detail}`,
  ),
  "bad-encoding": define<{ bytes: string; utf16: boolean }>(
    "error",
    "A spec file that is not UTF-8 text (often a Latin-1 file, or one saved as UTF-16, which Windows calls Unicode).",
    "Save the file again as UTF-8 (without changing its text).",
    (p) =>
      p.utf16
        ? `the file is UTF-16 text, not UTF-8 (it starts with bytes ${p.bytes}); save it as UTF-8`
        : `the file is not valid UTF-8 here (bytes ${p.bytes}); save it as UTF-8`,
  ),
  "control-character": define<{ codePoint: string }>(
    "error",
    "A NUL or other control character, which would reach the generated files and hide them from diffs.",
    "Delete the character (most editors show it as a box or ^@), or retype the text around it.",
    (p) => `control character ${p.codePoint} is not allowed in a spec file; remove it`,
  ),
  "cr-line-end": define<Record<string, never>>(
    "error",
    "A line ended by a carriage return alone (as classic Mac OS saved text), which editors show as a line end and the YAML reader does not: it reads on as if the line went on.",
    "Save the file with LF (or CRLF) line ends; most editors set the line ends in their status bar.",
    () =>
      `this line ends with a carriage return alone (CR), which the YAML reader does not take as a line end; save the file with LF (or CRLF) line ends`,
  ),
  "too-many-aliases": define<{ limit: number }>(
    "error",
    "YAML aliases that expand to more nodes than any spec needs (an alias bomb).",
    "Write the repeated content out, or point fewer aliases (*name) at large nodes.",
    (p) =>
      `the aliases of this file expand to more than ${p.limit} times the nodes they point at; write the content out instead of through aliases (*name)`,
  ),
  "too-deep": define<{ limit: number }>(
    "error",
    "Lists or mappings nested within one another deeper than any spec needs, which the YAML reader cannot compose.",
    "Close the brackets left open, or write the part as a flatter block.",
    (p) =>
      `lists and mappings nest here more than ${p.limit} levels deep, far deeper than a spec needs; close the brackets left open, or write this part flatter`,
  ),
  "empty-file": define<{ expected: string }>(
    "error",
    "A spec file holds nothing.",
    "Write in it what its folder holds (the message says what), or delete the file.",
    (p) => `the file is empty; it should hold ${p.expected}`,
  ),
  "unexpected-file": define<{ places: string }>(
    "error",
    "A YAML file lies where the generator does not look for one.",
    "Move the file where the message says spec files go, or delete it.",
    (p) => `this file is not read: spec files go in ${p.places}; move or delete it`,
  ),
  "unread-page-file": define<{ suggestion: string | undefined }>(
    "error",
    "A file under spec/sources/ whose name does not end in .page.txt, or one named as a saved page outside spec/sources/: it is not read as a page.",
    "Save it under spec/sources/ with a name that ends in .page.txt, or delete it.",
    (p) =>
      `this file is not read: a saved page is read from sources/, under a name that ends in .page.txt; ${p.suggestion === undefined ? "rename it so" : `save it as ${p.suggestion}`}, or delete it`,
  ),
  "page-copy": define<{ page: string; read: boolean }>(
    "warning",
    "A file beside a saved page whose name is another save of it (x.page (1).txt, Copy of x.page.txt, x.page.new.txt, x (2).page.txt): the commands take the page an operation cites, not the copy. A warning for generate, which reads a copy whose name ends in .page.txt as a page no operation cites and makes nothing from it, and reads a copy of another ending not at all. Such a copy of another ending is a warning line (`page-copy`) at the head of the report of changes, which the copy does not change, and an error of npm run sync (page-copy-unread), which would compare the spec with the page and not the release; sync compares a copy ending in .page.txt as a second page of its operation (page-operation-cited), which the report of changes says in its `unsynced` warning.",
    "Save the copy over the page where it is a new release, then run npm run sync; else delete it.",
    (p) =>
      `this file is named as another save of ${p.page}, and ${p.read ? "is read as a page that no operation cites, which nothing is made from" : "is not read"}: if it is a new release of that page, save it over ${p.page} and run \`npm run sync\`; else delete it`,
  ),
  "missing-platform": define<{ file: string }>(
    "error",
    "spec/sips.yaml is missing.",
    "Restore spec/sips.yaml (from version control, or as docs/spec-format.md describes it).",
    (p) => `${p.file} is missing: it holds the seal rule that every operation uses`,
  ),
} as const;
