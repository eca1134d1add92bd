// prettier's document printer, as the launcher bundles it (bundle-plugins.cjs),
// without its first pass over a document that says it needs none. Before it
// prints, the printer walks the whole document to break every group that
// holds a hard line break or a group that breaks (propagateBreaks): one more
// visit of every part of every file, about 1 s of CPU over both threads for a
// first run of 1,000 operations. The generator's DocContext marks those
// groups itself as it builds the document (generator/emit/ts/doc-context.ts)
// and prints with options that say so: the pass would change nothing.

"use strict";

/** The pass, where printDocToString (src/document/printer/printer.js) calls it. */
const CALL = /^( *)propagateBreaks\(doc\);$/m;

/** The key of the printer's options by which a document says that its groups are broken already. */
const PROPAGATED = 'Symbol.for("sips-json.breaks-propagated")';

/**
 * The printer's source with the pass skipped for such documents, or the
 * source as it is when it does not call the pass once (another version of
 * prettier: slower, never wrong; a test holds the installed one patched).
 */
function skipPropagatedBreaks(source) {
  if (source.split(CALL).length !== 3) return source;
  return source.replace(CALL, `$1if (options[${PROPAGATED}] !== true) propagateBreaks(doc);`);
}

module.exports = { skipPropagatedBreaks };
