// `npm run sync`: brings the spec in line with its pages. Each pass edits the
// spec texts in memory from what checkSync found; the next pass checks the
// result (a new operation or field is filled in by the pass after the one that
// made it). Nothing is written unless the pages read cleanly and the result is
// a valid spec; then the changed files are written as generated/ is written
// (write/write-files.ts): all or none even when killed, under the spec
// folder's lock, and only if no file changed since it was read. A second run
// finds nothing to do.

import path from "node:path";
import { formatDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { specFileKindOf, type SpecInput } from "../read/spec-files.js";
import { applyEdit } from "./apply-edits.js";
import { attachPages } from "./attach-page.js";
import { placeOnDisk } from "./unwritten-places.js";
import { writePlans } from "./value-plan-edits.js";
import { notesToReview, planMessages } from "./value-plan-messages.js";
import { ownConstantRenames } from "./own-constant-renames.js";
import { SpecEditors } from "./spec-editors.js";
import { MOVED_RECORDS, movedRecords, recordDeviations } from "./deviation-record-edits.js";
import { syncSummary } from "./sync-summary.js";
import { defectivePages, fixPages } from "./check-advice.js";
import { inNewFileForm, newFileForm, type NewFileForm } from "./new-file-form.js";
import { newOperation } from "./new-operation.js";
import { familyOptionProblem } from "./family-option.js";
import { entryContext } from "./page-field-entry.js";
import { allSubjects, checkSync, type SyncCheck } from "./sync-check.js";
import { writeFiles, type WriteFilesOptions } from "../write/write-files.js";

export interface SyncReport {
  readonly ok: boolean;
  /** What was changed, and what is left for the maintainer. */
  readonly messages: readonly string[];
  /** relPath -> new text of every file written. */
  readonly written: ReadonlyMap<string, string>;
}

/** Fields and new operations, then pages attached, then values and descriptions: each pass checks the one before. */
const MAX_PASSES = 6;

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
  const messages: string[] = [];
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
  let texts = new Map(input.files.map((f) => [f.relPath, f.text]));
  // Taken when sync makes a file, once: the first bytes of every operation file are read for it.
  let madeForm: NewFileForm | undefined;
  let checked: SyncCheck = first;
  for (let pass = 0; pass < MAX_PASSES && checked.ok; pass++) {
    const editors = new SpecEditors(texts);
    let edits = 0;
    for (const subject of allSubjects(checked)) {
      for (const difference of subject.differences) {
        if (!difference.fix) continue;
        // Moving whole entries overlaps any other edit of them: it waits for a pass that has none for its operation.
        if (difference.fix.kind === "move-fields" && subject.differences.some((d) => d !== difference && d.fix))
          continue;
        messages.push(...applyEdit(difference.fix, subject, checked.spec, checked.model, editors));
        edits++;
      }
    }
    messages.push(...attachPages(checked.attach, editors));
    edits += checked.attach.size;
    // Values and descriptions once the fields they concern are in place: a field is written by one edit per pass.
    if (edits === 0 && !checked.plans.empty) {
      writePlans(checked.plans.values, checked.plans.descriptions, checked.spec, editors);
      messages.push(...planMessages(checked.plans.values, checked.plans.descriptions));
      messages.push(...ownConstantRenames(checked.plans.values, checked.model.valueLists));
      messages.push(...notesToReview(checked.plans.values, checked.spec));
      edits++;
    }
    const changed = editors.changed();
    for (const [relPath, page] of checked.uncited) {
      const made = newOperation(
        page,
        relPath,
        checked.model,
        entryContext(checked.spec, checked.model),
        options.family,
      );
      if (!made) {
        messages.push(`${relPath}: the page lacks a name, a summary or a JSON endpoint; no operation made`);
        continue;
      }
      madeForm ??= newFileForm(input.specDir, input.files);
      changed.set(made.relPath, inNewFileForm(made.text, madeForm));
      messages.push(`${made.relPath}: new operation from ${relPath}`, ...made.notes);
      edits++;
    }
    if (edits === 0 || changed.size === 0) break;
    texts = new Map([...texts, ...changed]);
    checked = await check(withTexts(input, texts));
  }
  if (!checked.ok) {
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
  const summary = syncSummary([...written.keys()], settled && leftErrors.length === 0, moved.length);
  const remaining =
    settled && leftErrors.length === 0
      ? []
      : [
          "",
          "Left for the maintainer (edit the spec, or record a deviation under source.deviations):",
          ...leftErrors.map(formatDiagnostic),
        ];
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

/** The input with some files' texts replaced or added. */
function withTexts(input: SpecInput, texts: ReadonlyMap<string, string>): SpecInput {
  const files = [...texts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([relPath, text]) => ({
      relPath,
      displayPath: path.posix.join(input.displayRoot, relPath),
      kind: specFileKindOf(relPath),
      text,
    }));
  return { ...input, files };
}
