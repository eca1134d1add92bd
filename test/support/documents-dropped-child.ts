// The runs of test/pipeline/documents-dropped.test.ts, in a process of their
// own: each counts the documents reachable while the files are emitted by a
// walk of the whole heap, whose cost grows with what the process holds, and a
// test worker holds what the files before it left (after four of them, the
// walks cost 1.4-3.6 s more CPU than the whole of this process). Prints one
// result per run, in order: without a memo, then with a memo on disk in the
// folder given.
// Started as the generator's commands are, bundled (scripts/run-bundled.cjs).
// `run-bundled.cjs test/support/documents-dropped-child.ts <spec dir> <memo dir>`
import type { CommandMain } from "../../generator/command-line.js";
import type { Emitter } from "../../generator/emit/generated-file.js";
import { diskMemo, generateFromInput, type Memo } from "../../generator/index.js";
import { parseSpecFile, type ParsedFile } from "../../generator/read/parse-spec-file.js";
import { useParser } from "../../generator/read/read-documents.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { liveObjects, type LiveObjects } from "./live-objects.js";

/** What a run found: see documentsAlive. */
export interface DocumentsAlive {
  readonly ok: boolean;
  /** The files the run parsed through the marking parser, and the files of its input. */
  readonly parsed: number;
  readonly files: number;
  /** The label of the document parsed and held here, and whether it was reachable to the end of the run. */
  readonly held: string;
  readonly heldToTheEnd: boolean;
  /** The labels of the documents reachable while the first operation was emitted. */
  readonly inEmit: string[] | undefined;
}

/** One per document parsed here, reachable exactly as long as its document; labelled with its file. */
class ParsedDocument {
  constructor(readonly label: string) {}
}

/**
 * The documents reachable while the first operation is emitted: those of the run, and one parsed here and held
 * by the run, marked as the run's are. One walk of the heap a run: the held document shows the walk sees a
 * reachable one, where a walk in the read stage, while the run's first document was reachable, cost a second one.
 */
async function documentsAlive(live: LiveObjects, run: number, specDir: string, memo: Memo | null) {
  const marks = new WeakMap<object, ParsedDocument>();
  const mark = (parsed: ParsedFile, label: string) => marks.set(parsed.map.document, new ParsedDocument(label));
  const input = await readSpecInput(specDir);
  const [first] = input.files;
  if (!first) throw new Error(`${specDir} has no spec file`);
  const held = parseSpecFile(first);
  const heldLabel = `run ${run}, held here: ${first.displayPath}`;
  mark(held, heldLabel);
  let parsed = 0;
  useParser((file) => {
    parsed++;
    const made = parseSpecFile(file);
    mark(made, `run ${run}: ${file.displayPath}`);
    return made;
  });
  let inEmit: string[] | undefined;
  const probe: Emitter = {
    name: "probe",
    operation: () => {
      inEmit ??= live.labels(ParsedDocument.prototype);
      return [];
    },
  };
  const result = await generateFromInput(input, [probe], memo);
  const alive: DocumentsAlive = {
    ok: result.ok,
    parsed,
    files: input.files.length,
    held: heldLabel,
    // Reachable to the end of the run, as a document the run kept would be.
    heldToTheEnd: marks.has(held.map.document),
    inEmit,
  };
  return alive;
}

export const command: CommandMain = async ([specDir = "", memoDir = ""], io) => {
  const live = liveObjects();
  try {
    // The labels name the run: a document the first run left reachable shows in the second's walk as the first's.
    const runs = [
      await documentsAlive(live, 1, specDir, null),
      await documentsAlive(live, 2, specDir, diskMemo(memoDir)),
    ];
    io.out(JSON.stringify(runs));
  } finally {
    live.disconnect();
  }
  return 0;
};
