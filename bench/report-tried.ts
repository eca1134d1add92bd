// "Tried and did not pay" of bench/RESULTS.md: one line for each thing built or
// measured and then dropped (what, what it measured, why), linking to the
// paragraph of bench/notes/ that records it. A new attempt that did not pay
// gets its paragraph in the record and its line in the list of its section:
// report-tried-hot-paths.ts, report-tried-generation.ts or
// report-tried-test-suite.ts, in the order written.
import { type NotesFile, noteLink } from "./report-notes.js";
import { TRIED_GENERATION } from "./report-tried-generation.js";
import { TRIED_HOT_PATHS } from "./report-tried-hot-paths.js";
import { TRIED_TEST_SUITE } from "./report-tried-test-suite.js";

/** One attempt: its line in the report and the paragraph of the record it links to. */
export interface Tried {
  readonly file: NotesFile;
  /** The anchor of its paragraph in the record. */
  readonly anchor: string;
  readonly line: string;
}

/** Every line, in the order of the records. */
const TRIED: readonly Tried[] = [...TRIED_HOT_PATHS, ...TRIED_GENERATION, ...TRIED_TEST_SUITE];

/** Each group's heading: not the section's own title, which a second heading of the same text would give an anchor with -1. */
const TITLES: Record<NotesFile, string> = {
  code: "On the code timed",
  validators: "On the validators",
  seal: "On the seal",
  client: "On the client",
  generation: "On generation",
  "test-suite": "On `npm test`",
};

/** The section: the attempts grouped by the record they belong to, each linked to its paragraph. */
export function triedSection(): string[] {
  const out = [
    "## Tried and did not pay",
    "",
    "Each line: what was tried, what it measured and why it was dropped, in short; the link leads to the paragraph that records it in full.",
  ];
  for (const file of Object.keys(TITLES) as NotesFile[]) {
    const tried = TRIED.filter((t) => t.file === file);
    if (tried.length === 0) continue;
    out.push(
      "",
      `### ${TITLES[file]}`,
      "",
      ...tried.map((t) => `- ${t.line} ([record](${noteLink(t.file, t.anchor)}))`),
    );
  }
  return out;
}
