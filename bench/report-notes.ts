// Where bench/RESULTS.md points for the record behind each section: hand-kept
// Markdown in bench/notes/, which the bench links to and never writes, so that
// the report stays short while nothing measured or tried is lost.

/** Each section's record, from bench/ (where RESULTS.md is). */
export const NOTES = {
  code: "notes/code.md",
  validators: "notes/validators.md",
  seal: "notes/seal.md",
  client: "notes/client.md",
  generation: "notes/generation.md",
  "test-suite": "notes/test-suite.md",
} as const;

export type NotesFile = keyof typeof NOTES;

/** A link to a record, or to one headed paragraph of it by its heading's anchor. */
export const noteLink = (file: NotesFile, anchor?: string): string =>
  anchor ? `${NOTES[file]}#${anchor}` : NOTES[file];

/** The line that closes a section: where its measurements and attempts are written out. */
export const recordLine = (file: NotesFile): string =>
  `What was measured and tried here, in the order it was written: [bench/${NOTES[file]}](${NOTES[file]}).`;
