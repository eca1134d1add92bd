// `npm run sync -- --record-deviations`: writes under each kept deviation the
// page's side now (`page:`), where it records none or another. Asked for, never
// done by sync alone: a moved record says the reason may be stale, and only a
// maintainer who read it again should put it back in line; plain sync says so.

import { formatDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { SyncSubject } from "./page-difference.js";
import type { SpecEditors } from "./spec-editors.js";

/** The edits, made in `editors`; a line for each record written. */
export function recordDeviations(subjects: readonly SyncSubject[], editors: SpecEditors): string[] {
  const messages: string[] = [];
  // An operation and its callback share source.deviations: each deviation is written once.
  const done = new Set<string>();
  for (const { located, kept = [] } of subjects)
    for (const { index, page } of kept) {
      const key = `${located.file.relPath}\u0000${index}`;
      const deviation = located.raw.source?.deviations?.[index];
      if (done.has(key) || !deviation || deviation.page === page) continue;
      done.add(key);
      // On one line, as the page prints it: a maintainer compares the two, or searches the page for it.
      editors.of(located.file.relPath).set(["source", "deviations", index, "page"], page, { oneLine: true });
      messages.push(
        `${located.file.relPath}: deviation ${deviation.about} records the page's ${JSON.stringify(page)}${deviation.page === undefined ? "" : ` (was ${JSON.stringify(deviation.page)})`}`,
      );
    }
  return messages;
}

/** The heading over the records a release moved, after plain sync's summary. */
export const MOVED_RECORDS =
  "Deviations recorded for another value of the page (read each reason again, then run `npm run sync -- --record-deviations`):";

/**
 * The records a release moved, as plain sync lists them: not sync's to settle, nor a difference left (the spec's
 * value stays), but the reason may speak of the page's old value.
 */
export function movedRecords(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.filter((d) => d.code === "page-deviation-moved").map(formatDiagnostic);
}
