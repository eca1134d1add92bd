// sync's passes over the spec texts in memory: each edits them from what the
// check before found, and the next checks the result (a new operation or field
// is filled in by the pass after the one that made it). Traced, each step (an
// edit of one difference, the pages attached, the value plans, a new operation)
// keeps the texts it left, so that a result that is not a valid spec can be
// told apart: which steps were ready, and which one broke it (invalid-step.ts).

import path from "node:path";
import { specFileKindOf, type SpecInput } from "../read/spec-files.js";
import { applyEdit } from "./apply-edits.js";
import { attachPages } from "./attach-page.js";
import { writePlans } from "./value-plan-edits.js";
import { notesToReview, planMessages } from "./value-plan-messages.js";
import { ownConstantRenames } from "./own-constant-renames.js";
import { SpecEditors } from "./spec-editors.js";
import { inNewFileForm, newFileForm, type NewFileForm } from "./new-file-form.js";
import { newOperation } from "./new-operation.js";
import { entryContext } from "./page-field-entry.js";
import { allSubjects, type SyncCheck } from "./sync-check.js";

/** Fields and new operations, then pages attached, then values and descriptions: each pass checks the one before. */
const MAX_PASSES = 6;

/** One step of a pass: what it said, and (traced) every spec text as it left them. */
export interface SyncStep {
  readonly messages: readonly string[];
  readonly texts: ReadonlyMap<string, string> | null;
}

export interface SyncPasses {
  /** relPath -> text of every spec file after the passes. */
  readonly texts: Map<string, string>;
  /** The check of those texts. */
  readonly checked: SyncCheck;
  readonly steps: readonly SyncStep[];
  /** The form of the files sync made, where it made one. */
  readonly madeForm: NewFileForm | undefined;
}

/**
 * The passes, from the check of the input (`first`, valid). `trace` keeps each step's texts: it ends each file's
 * pending removals at every step, which a run that writes need not, so only a run that reports asks for it.
 */
export async function syncPasses(
  input: SpecInput,
  first: Extract<SyncCheck, { ok: true }>,
  options: { family: string | null; check: (input: SpecInput) => Promise<SyncCheck>; trace?: boolean },
): Promise<SyncPasses> {
  const steps: SyncStep[] = [];
  let texts = new Map(input.files.map((f) => [f.relPath, f.text]));
  // Taken when sync makes a file, once: the first bytes of every operation file are read for it.
  let madeForm: NewFileForm | undefined;
  let checked: SyncCheck = first;
  for (let pass = 0; pass < MAX_PASSES && checked.ok; pass++) {
    const editors = new SpecEditors(texts);
    const made = new Map<string, string>();
    const step = (messages: readonly string[]) =>
      steps.push({
        messages,
        texts: options.trace === true ? new Map([...texts, ...editors.changed(), ...made]) : null,
      });
    let edits = 0;
    for (const subject of allSubjects(checked)) {
      for (const difference of subject.differences) {
        if (!difference.fix) continue;
        // Moving whole entries overlaps any other edit of them: it waits for a pass that has none for its operation.
        if (difference.fix.kind === "move-fields" && subject.differences.some((d) => d !== difference && d.fix))
          continue;
        step(applyEdit(difference.fix, subject, checked.spec, checked.model, editors));
        edits++;
      }
    }
    if (checked.attach.size > 0) step(attachPages(checked.attach, editors));
    edits += checked.attach.size;
    // Values and descriptions once the fields they concern are in place: a field is written by one edit per pass.
    if (edits === 0 && !checked.plans.empty) {
      writePlans(checked.plans.values, checked.plans.descriptions, checked.spec, editors);
      step([
        ...planMessages(checked.plans.values, checked.plans.descriptions),
        ...ownConstantRenames(checked.plans.values, checked.model.valueLists, checked.spec),
        ...notesToReview(checked.plans.values, checked.spec),
      ]);
      edits++;
    }
    for (const [relPath, page] of checked.uncited) {
      const operation = newOperation(
        page,
        relPath,
        checked.model,
        entryContext(checked.spec, checked.model),
        options.family,
      );
      if (!operation) {
        steps.push({
          messages: [`${relPath}: the page lacks a name, a summary or a JSON endpoint; no operation made`],
          texts: null,
        });
        continue;
      }
      madeForm ??= newFileForm(input.specDir, input.files);
      made.set(operation.relPath, inNewFileForm(operation.text, madeForm));
      step([`${operation.relPath}: new operation from ${relPath}`, ...operation.notes]);
      edits++;
    }
    const changed = new Map([...editors.changed(), ...made]);
    if (edits === 0 || changed.size === 0) break;
    texts = new Map([...texts, ...changed]);
    checked = await options.check(withTexts(input, texts));
  }
  return { texts, checked, steps, madeForm };
}

/** The input with some files' texts replaced or added. */
export function withTexts(input: SpecInput, texts: ReadonlyMap<string, string>): SpecInput {
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
