// `npm run sync -- --check`: every operation that cites a page against that
// page, every page that no operation cites, and the values and descriptions
// decided over every page at once. Each difference is one diagnostic at the
// spec's place with the page's place beside it; a difference recorded in
// source.deviations is information, a deviation that no longer differs is an
// error.

import { unreadCopies, type UnreadCopy } from "./unread-copies.js";
import { readSpec, type ReadSpec } from "./read-spec.js";
import { hasErrors, sortDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { SpecInput } from "../read/spec-files.js";
import type { SpecModel } from "../model/ir.js";
import type { OperationModel } from "../model/operation-model.js";
import { normalizeSpec } from "../model/normalize-spec.js";
import type { RawOperation } from "../rules/raw-spec.js";
import type { Located } from "../validate/located.js";
import type { ValidSpec } from "../validate/validate-spec.js";
import { dictionaryFields } from "../validate/field-sites.js";
import { containerHolders, pageDifferences } from "./page-differences.js";
import { descriptionPlan, type DescriptionPlan } from "./description-plan.js";
import { deviationsAgainstPage } from "./deviations-against-page.js";
import type { SyncSubject } from "./page-difference.js";
import { holdRecommended, unwrittenRecommended, type UnwrittenRecommended } from "./held-recommended.js";
import { pageOfOtherOperation, responsesOfOtherFamilies } from "./page-of-other-operation.js";
import { placePages } from "./page-placement.js";
import type { SipsPage } from "../read/page/page-model.js";
import { checkCallbackPage } from "./compare-callback-page.js";
import { cutShort, cutShortCallbacks } from "./cut-short-pages.js";
import { planDiagnostics } from "./value-plan-check.js";
import { pageDefects } from "./page-defects-first.js";
import { fieldsOfRowlessChangelogs } from "./unlogged-field.js";
import { planDifferences } from "./value-plan-report.js";
import { valuePlan } from "./make-value-plan.js";
import { isEmptyPlan, type ValuePlan } from "./value-plan.js";
import { pagesPlanned } from "./planned-pages.js";

export type { SyncSubject };

/** The differences sync settles: each operation's with its page, then each callback's with the page it cites. */
export const allSubjects = (checked: {
  readonly subjects: readonly SyncSubject[];
  readonly callbacks: readonly SyncSubject[];
}): readonly SyncSubject[] => [...checked.subjects, ...checked.callbacks];

/** What sync writes of values and descriptions, decided over every page at once. */
export interface SyncPlans {
  readonly values: ValuePlan;
  readonly descriptions: DescriptionPlan;
  /** Nothing to write. */
  readonly empty: boolean;
}

export type SyncCheck =
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[]; readonly copies: readonly UnreadCopy[] }
  | {
      readonly ok: true;
      /** The copies beside a page that no command reads, each a page-copy-unread error of `diagnostics`. */
      readonly copies: readonly UnreadCopy[];
      readonly spec: ValidSpec;
      readonly model: SpecModel;
      readonly subjects: readonly SyncSubject[];
      /** Callbacks that cite a page, each with that page (a Response alone) and its differences. */
      readonly callbacks: readonly SyncSubject[];
      /** Operation pages that become new operations, read, by relPath (response pages are not among them). */
      readonly uncited: ReadonlyMap<string, SipsPage>;
      /** Pages that an operation without a page gets, by relPath. */
      readonly attach: ReadonlyMap<string, { readonly page: SipsPage; readonly operation: Located<RawOperation> }>;
      /** Those operations with the pages they get, and what differs: the pass after attaching settles it. */
      readonly attaching: readonly SyncSubject[];
      readonly plans: SyncPlans;
      /** Errors, warnings, then information; in each, the pages' own defects first (they may explain the differences). */
      readonly diagnostics: readonly Diagnostic[];
      /** True when the page defects allow no edit at all. */
      readonly pageErrors: boolean;
    };

/** sync's check of a spec input, or of one already read and validated ({@link readSpec}), which is not read again. */
export async function checkSync(given: SpecInput | ReadSpec): Promise<SyncCheck> {
  const { read, validated } = "validated" in given ? given : await readSpec(given);
  const { input } = read;
  const { spec } = validated;
  const { diagnostics: specProblems, copies } = unreadCopies(validated.diagnostics, input);
  const { pages } = read;
  // A page is read without the spec: its own defects are reported beside the spec's errors, its comparison waits. A
  // copy beside a page is sync's error, not the spec's: the page it copies is compared.
  if (!spec || hasErrors(validated.diagnostics))
    return {
      ok: false,
      diagnostics: sortDiagnostics([...specProblems, ...[...pages.values()].flatMap((p) => p.diagnostics)]),
      copies,
    };
  const model = normalizeSpec(spec, pages);
  const out: Diagnostic[] = [];
  const cited: { op: OperationModel; located: Located<RawOperation>; page: SipsPage; relPath: string }[] = [];
  let pageErrors = false;
  for (const located of spec.operations) {
    const pagePath = located.raw.source?.page;
    const op = model.operations.find((o) => o.name === located.raw.operation);
    const reading = pagePath === undefined ? undefined : pages.get(pagePath);
    if (!op || !reading || pagePath === undefined) continue;
    out.push(...reading.diagnostics);
    pageErrors ||= hasErrors(reading.diagnostics);
    // Another operation's page is neither compared nor planned: its differences would all be the wrong name's.
    const other = pageOfOtherOperation(op.name, pagePath, reading.page, located.map.value(["source", "page"]));
    if (other) {
      out.push(other);
      pageErrors = true;
    } else if (cutShort(reading)) pageErrors = true;
    else cited.push({ op, located, page: reading.page, relPath: pagePath });
  }
  // A callback's page whose title names another family (Walletpage's response saved over Paypage's): the same.
  const refused = responsesOfOtherFamilies(spec.operations, pages);
  out.push(...refused.diagnostics);
  pageErrors ||= refused.operations.size > 0;
  // A callback's page cut short: the same, its defects said once.
  const cutCallbacks = cutShortCallbacks(spec.operations, pages, refused.operations);
  out.push(...cutCallbacks.diagnostics);
  pageErrors ||= cutCallbacks.operations.size > 0;
  const otherResponses = new Set([...refused.operations, ...cutCallbacks.operations]);
  const placement = placePages(spec.operations, pages);
  out.push(...placement.diagnostics);
  pageErrors ||= placement.blocked;
  const planPages = pagesPlanned(spec.operations, pages, cited, placement, otherResponses);
  const dictionary = dictionaryFields(spec.dictionaries);
  const values = valuePlan(model, dictionary, planPages);
  const descriptions = descriptionPlan(
    spec.operations.map((o) => o.raw),
    dictionary,
    planPages,
  );
  const planned = planDifferences(values, descriptions, model.valueLists);
  const callbacks: SyncSubject[] = [];
  const callbackDiffering = new Map<string, readonly string[]>();
  const holders = containerHolders(model);
  for (const located of spec.operations) {
    if (otherResponses.has(located.raw.operation)) continue;
    const problems = checkCallbackPage(located, { spec, model, holders }, pages);
    out.push(...problems.diagnostics);
    pageErrors ||= problems.pageErrors;
    if (problems.subject) callbacks.push(problems.subject);
    callbackDiffering.set(located.raw.operation, problems.differing);
  }
  const callbackPage = (located: Located<RawOperation>): SipsPage | null => {
    const relPath = located.raw.callback?.source?.page;
    return (relPath === undefined ? undefined : pages.get(relPath)?.page) ?? null;
  };
  const subjects: SyncSubject[] = [];
  const unwritten = new Map<string, UnwrittenRecommended>();
  for (const { op, located, page } of cited) {
    const { all, differences, diagnostics, kept } = pageDifferences(op, located, page, spec, holders, (d, kept) => {
      // What the hold leaves unwritten, page-prefix-held names version by version.
      const left = unwrittenRecommended(d, op.name, values.held, kept);
      if (left !== null) unwritten.set(op.name, left);
      return holdRecommended(d, op.name, values.held, kept);
    });
    out.push(...diagnostics);
    // Values and dictionary descriptions kept on purpose are left out of the plans: whether they still differ is asked here.
    const differing = new Set([
      ...all.map((d) => d.about),
      ...planned.filter((d) => d.operation === op.name).map((d) => d.about),
      ...(callbackDiffering.get(op.name) ?? []),
    ]);
    const deviations = deviationsAgainstPage(
      located,
      op,
      { page, callback: callbackPage(located) },
      differing,
      otherResponses.has(op.name),
    );
    out.push(...deviations.diagnostics);
    subjects.push({
      op,
      located,
      page,
      differences,
      kept: [...kept, ...deviations.kept],
    });
  }
  out.push(...planDiagnostics(planned, values, spec, unwritten));
  // A page to attach is compared too: the pass after attaching it settles these, as for a release of it.
  const attaching: SyncSubject[] = [];
  for (const { page, operation: located } of placement.attach.values()) {
    const op = model.operations.find((o) => o.name === located.raw.operation);
    if (!op) continue;
    const { differences, diagnostics } = pageDifferences(op, located, page, spec, holders);
    out.push(...diagnostics);
    attaching.push({ op, located, page, differences });
  }
  const rowless = fieldsOfRowlessChangelogs([...subjects, ...callbacks, ...attaching]);
  if (rowless !== null) out.push(rowless);
  return {
    ok: true,
    copies,
    spec,
    model,
    subjects,
    callbacks,
    uncited: placement.uncited,
    attach: placement.attach,
    attaching,
    plans: {
      values,
      descriptions,
      empty:
        isEmptyPlan(values) &&
        values.held.length === 0 &&
        descriptions.general.length === 0 &&
        descriptions.fields.length === 0,
    },
    diagnostics: sortDiagnostics([...specProblems, ...out], pageDefects(pages, out)),
    pageErrors,
  };
}
