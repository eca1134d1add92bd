// prettier's document printer, as the launcher bundles it (bundle-plugins.cjs),
// with each indentation it makes remembered. The printer makes the indentation
// of every `indent` and `align` it meets anew from the one around it, walking
// and copying every level above (generateIndent). The generator's layouts
// nest an `indent` in each block and its templates an `align` in each
// indented run of lines: a first run of 300 operations made some 170,000
// indentations, of which 43 differ. An indentation is a value made from the
// one around it, the step and the options alone, and the printer never
// changes one: the one made before is handed out again.

"use strict";

/** The functions of prettier's printer (src/document/printer/indent.js) that make an indentation. */
const MAKERS = [/\bfunction makeIndent\(/, /\bfunction makeAlign\(/];

/**
 * What replaces them: each answers from what it made before for the same
 * indentation, step and options (the options' object: the generator prints
 * with one), else makes it with prettier's own function, renamed. A string
 * alignment or a root mark is rare and made anew.
 */
const REMEMBERING = `
// Remembered indentations (the launcher's scripts/remembered-indents.cjs).
var madeIndents = new WeakMap();
function indentsMadeFrom(indent, options) {
  let byIndent = madeIndents.get(options);
  if (byIndent === undefined) madeIndents.set(options, (byIndent = new WeakMap()));
  let made = byIndent.get(indent);
  if (made === undefined) byIndent.set(indent, (made = new Map()));
  return made;
}
function makeIndent(indent, options) {
  const made = indentsMadeFrom(indent, options);
  let next = made.get("indent");
  if (next === undefined) made.set("indent", (next = makeIndentAnew(indent, options)));
  return next;
}
function makeAlign(indent, alignment, options) {
  if (typeof alignment !== "number" || !Number.isFinite(alignment)) return makeAlignAnew(indent, alignment, options);
  const made = indentsMadeFrom(indent, options);
  let next = made.get(alignment);
  if (next === undefined) made.set(alignment, (next = makeAlignAnew(indent, alignment, options)));
  return next;
}
`;

/**
 * The printer's source with its indentations remembered, or the source as it
 * is when it does not define both functions once (another version of
 * prettier: slower, never wrong; a test holds the installed one patched).
 */
function rememberIndents(source) {
  if (!MAKERS.every((maker) => source.split(maker).length === 2)) return source;
  const renamed = source.replace(MAKERS[0], "function makeIndentAnew(").replace(MAKERS[1], "function makeAlignAnew(");
  return `${renamed}\n${REMEMBERING}`;
}

module.exports = { rememberIndents };
