// `npm run sync`: brings the spec in line with its pages, by passes over the
// spec texts in memory (sync-passes.ts). Nothing is written unless the pages
// read cleanly and the result is a valid spec (else invalid-step.ts says which
// edit broke it); then the changed files are written as generated/ is written
// (write/write-files.ts): all or none even when killed, under the spec
// folder's lock, and only if no file changed since it was read. A second run
// finds nothing to do.

import { formatDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { SpecInput } from "../read/spec-files.js";
import { placeOnDisk } from "./unwritten-places.js";
import { SpecEditors } from "./spec-editors.js";
import { invalidStep } from "./invalid-step.js";
import { syncPasses } from "./sync-passes.js";
import { MOVED_RECORDS, movedRecords, recordDeviations } from "./deviation-record-edits.js";
import { leftHeading, syncSummary } from "./sync-summary.js";
import { defectivePages, fixPages } from "./check-advice.js";
import { familyOptionProblem } from "./family-option.js";
import { allSubjects, checkSync, type SyncCheck } from "./sync-check.js";
import { writeFiles, type WriteFilesOptions } from "../write/write-files.js";

export interface SyncReport {
  readonly ok: boolean;
  /** What was changed, and what is left for the maintainer. */
  readonly messages: readonly string[];
  /** relPath -> new text of every file written. */
  readonly written: ReadonlyMap<string, string>;
}

/**
 * `check`: how each pass checks the texts the pass before left, checkSync by default; a caller that syncs the same
 * specs again and again may give one that shares the checks of the same input (checkSync is a function of it).
 */
export async function syncSpec(
  input: SpecInput,
  first: SyncCheck,
  options: {
    family: string | null;
    dryRun?: boolean;
    /** Write under each kept deviation the page's side now (its page:), where it records none or another. */
    recordDeviations?: boolean;
    write?: WriteFilesOptions;
    check?: (input: SpecInput) => Promise<SyncCheck>;
  },
): Promise<SyncReport> {
  const check = options.check ?? checkSync;
  const fail = (diagnostics: readonly Diagnostic[], why: string): SyncReport => ({
    ok: false,
    messages: [...diagnostics.filter((d) => d.severity !== "info").map(formatDiagnostic), "", why],
    written: new Map(),
  });
  if (!first.ok) return fail(first.diagnostics, "The spec has errors; nothing was written.");
  if (first.pageErrors)
    return fail(
      first.diagnostics,
      `${defectivePages(first.diagnostics).length > 1 ? "Pages have" : "A page has"} defects; ${fixPages(first.diagnostics)}; nothing was written.`,
    );
  const familyProblem = options.family === null ? null : familyOptionProblem(options.family, first.model);
  if (familyProblem !== null) return { ok: false, messages: [familyProblem], written: new Map() };
  const passes = await syncPasses(input, first, { family: options.family, check });
  let texts = passes.texts;
  const { checked, madeForm } = passes;
  const messages = passes.steps.flatMap((s) => s.messages);
  if (!checked.ok) {
    const traced = await syncPasses(input, first, { family: options.family, check, trace: true });
    const invalid = await invalidStep(input, traced.steps, check);
    if (invalid !== null) return fail(invalid.diagnostics, invalid.lines.join("\n"));
    // Each step alone left a valid spec: the errors are the whole result's, said as they are.
    const read = new Map(input.files.map((f) => [f.relPath, f.text]));
    const onDisk = placeOnDisk(checked.diagnostics, input.displayRoot, read, texts);
    const tried = messages.map((m) => (m === "" ? m : `  ${m}`));
    return fail(
      onDisk,
      `The edits would leave the spec invalid (above); nothing was written. The edits were:\n${tried.join("\n")}`,
    );
  }
  // Once the spec is in line with its pages: the deviations it keeps then, each with the page's side it is kept from.
  if (options.recordDeviations) {
    const editors = new SpecEditors(texts);
    messages.push(...recordDeviations(allSubjects(checked), editors));
    texts = new Map([...texts, ...editors.changed()]);
  }
  // Said once, as --check says it: the versions of the fields added from pages whose changelog prints no rows.
  messages.push(...first.diagnostics.filter((d) => d.code === "page-changelog-no-rows").map(formatDiagnostic));
  const left = [...allSubjects(checked).flatMap((s) => s.differences), ...(checked.plans.empty ? [] : [checked.plans])];
  const written = new Map(
    [...texts].filter(([relPath, text]) => input.files.find((f) => f.relPath === relPath)?.text !== text),
  );
  if (!options.dryRun) {
    const read = new Map(input.files.map((f) => [f.relPath, f.text]));
    const edits = [...written].map(([relPath, text]) => ({
      path: relPath,
      text,
      read: read.get(relPath) ?? null,
      bom: madeForm?.bom === true,
    }));
    await writeFiles(input.specDir, edits, options.write);
  }
  const settled = left.length === 0 && checked.uncited.size === 0 && checked.attach.size === 0;
  const moved = options.recordDeviations ? [] : movedRecords(checked.diagnostics);
  // Every error the spec still has once sync is done fails the run, as --check fails on it: a CI step that runs sync
  // and then generates must stop there. A moved record has its own heading below; recorded, it is settled.
  const leftErrors = checked.diagnostics.filter((d) => d.severity === "error" && d.code !== "page-deviation-moved");
  const leftOver = { settled, errors: leftErrors.map((d) => d.code) };
  const summary = syncSummary([...written.keys()], leftOver, moved.length);
  const remaining =
    settled && leftErrors.length === 0 ? [] : ["", leftHeading(leftOver), ...leftErrors.map(formatDiagnostic)];
  return {
    ok: settled && remaining.length === 0 && moved.length === 0,
    messages: [
      ...messages,
      "",
      summary,
      ...remaining,
      ...(moved.length > 0 ? ["", MOVED_RECORDS, ...moved] : []),
      ...(written.size > 0 ? ["Run `npm run generate`."] : []),
    ],
    written,
  };
}
