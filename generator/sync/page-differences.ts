// An operation against a page, as `sync --check` reports it: each difference
// a diagnostic at the spec's place with the page's place beside it, one that
// source.deviations records as information, the rest kept for sync to settle.

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { OperationModel } from "../model/operation-model.js";
import type { SpecModel } from "../model/ir.js";
import { containerOf } from "../model/field-shape.js";
import { operationFields } from "../model/message-roles.js";
import { compareText } from "../rules/code-point-order.js";
import type { SipsPage } from "../read/page/page-model.js";
import type { RawDeviation, RawOperation } from "../rules/raw-spec.js";
import type { Located } from "../validate/located.js";
import type { ValidSpec } from "../validate/validate-spec.js";
import { beyondFactsPresence } from "./beyond-facts-claims.js";
import { comparePage } from "./compare-page.js";
import { holdKeptMove } from "./kept-move-recommended.js";
import { holdHalfKeptMoves } from "./half-kept-moves.js";
import { copiedMoves } from "./copied-moves.js";
import { containerMismatches, type ContainerMismatch } from "./container-mismatches.js";
import { keptDeviation, type KeptDeviation } from "./deviation-records.js";
import type { PageDifference } from "./page-difference.js";
import { sharedFieldContainer } from "./shared-field-container.js";
import { locate } from "./spec-places.js";
import { statusWords } from "./status-after-removal.js";

export function pageDifferences(
  op: OperationModel,
  located: Located<RawOperation>,
  page: SipsPage,
  spec: ValidSpec,
  holders: ContainerHolders,
  /** What holds back the recommended versions of a held prefix move (held-recommended.ts): none by default. */
  holdMoves: (differences: PageDifference[], kept: ReadonlySet<string>) => PageDifference[] = (d) => d,
): { all: PageDifference[]; differences: PageDifference[]; diagnostics: Diagnostic[]; kept: KeptDeviation[] } {
  const deviations = deviationsOf(located);
  const kept = new Set(deviations.keys());
  // A recommended version of a major whose prefix move a deviation keeps out waits with it (kept-move-recommended.ts),
  // as one of a move held does.
  const all = holdMoves(
    holdKeptMove(
      [
        // A field the status names says what becomes of the status key with it, as sync says when it removes it; one a
        // deviation keeps sync never removes, and its page's side is what the page prints (its page: records it).
        ...comparePage(op, page, kept).map((d) => (kept.has(d.about) ? d : statusWords(d, located.raw.status))),
        ...beyondFactsPresence(op, located.raw, spec.platform.raw, page),
      ],
      op,
      page,
      kept,
    ),
    kept,
  );
  return { all, ...classifyDifferences(all, op.name, located, spec, holders, deviations) };
}

/** The differences the operation keeps on purpose (source.deviations), by what each is about. */
const deviationsOf = (located: Located<RawOperation>): ReadonlyMap<string, RawDeviation> =>
  new Map((located.raw.source?.deviations ?? []).map((d) => [d.about, d]));

/**
 * Each difference of an operation or its callback with its page, as --check says it: kept on purpose (a deviation),
 * not the operation's to change (a shared field or container type: its fix taken away), or for sync to settle.
 */
export function classifyDifferences(
  all: readonly PageDifference[],
  operation: string,
  located: Located<RawOperation>,
  spec: ValidSpec,
  holders: ContainerHolders,
  deviations = deviationsOf(located),
): { differences: PageDifference[]; diagnostics: Diagnostic[]; kept: KeptDeviation[] } {
  const differences: PageDifference[] = [];
  const diagnostics: Diagnostic[] = [];
  // Each kept deviation with the page's side now: what its page: records, and an error where the record moved.
  const kept: KeptDeviation[] = [];
  // A shared container's differences, said together: one error per container, not one a fact (container-mismatches.ts).
  const mismatches: ContainerMismatch[] = [];
  // A move one side of which a deviation keeps is held whole: the other side is left, and says so (half-kept-moves.ts).
  const held = holdHalfKeptMoves(all, new Set(deviations.keys()));
  const placed = (d: PageDifference) => {
    const at = locate(d.place, located, spec);
    const related = [{ ...d.pageAt, message: "the page" }];
    const shared = d.container ? sharedBy(d.container, operation, holders) : null;
    const sharedField = deviations.has(d.about) ? null : sharedFieldContainer(d, operation, spec, at, related);
    return { at, related, shared, sharedField };
  };
  // A move whose old entry another holder keeps is a copy, said so on both sides (copied-moves.ts).
  const stays = new Map<string, string>();
  for (const d of held) {
    if (d.fix?.kind !== "remove-field" || deviations.has(d.about)) continue;
    const { shared, sharedField } = placed(d);
    if (sharedField && d.dictionaryField !== undefined) stays.set(d.about, `${d.dictionaryField} is the dictionary's`);
    else if (shared && d.container) stays.set(d.about, `container type ${d.container.typeName} is ${shared.with}`);
  }
  const written = (d: PageDifference): boolean => {
    const { shared, sharedField } = placed(d);
    return !deviations.has(d.about) && sharedField === null && shared === null;
  };
  for (const difference of stays.size === 0 ? held : copiedMoves(held, stays, written)) {
    const deviation = deviations.get(difference.about);
    const texts = { about: difference.about, spec: difference.spec, page: difference.page };
    const { at, related, shared, sharedField } = placed(difference);
    if (deviation) {
      // What each side says, the page's value in brief: why the page says so is the deviation's reason to answer,
      // and what sync guesses of the page's other entries (a rename, a move) no fact of this one.
      const page = difference.reason?.brief ?? difference.pageAlone ?? difference.page;
      const said = { ...texts, page, reason: deviation.reason };
      diagnostics.push(diagnostic("page-deviation", at, said, related));
      const record = keptDeviation(located, difference.about, said.page, related);
      if (record) kept.push(record.kept);
      if (record?.moved) diagnostics.push(record.moved);
    } else if (sharedField) {
      diagnostics.push(sharedField);
      differences.push({ ...difference, fix: null });
    } else if (shared && difference.container) {
      // A container is one type for every operation: its page's wording of a field does not block, its shape does.
      const said = { ...texts, type: difference.container.typeName, ...shared };
      if (difference.about.endsWith(".description"))
        diagnostics.push(diagnostic("page-container-wording", at, said, related));
      else {
        mismatches.push({ at, said, related, reason: difference.reason });
        differences.push({ ...difference, fix: null });
      }
    } else if (difference.wordingLeft) diagnostics.push(diagnostic("page-callback-wording", at, texts, related));
    else {
      diagnostics.push(diagnostic("page-mismatch", at, texts, related));
      differences.push(difference);
    }
  }
  return { differences, diagnostics: [...diagnostics, ...containerMismatches(mismatches)], kept };
}

/** The operations that hold each container type, at any depth of their messages and callbacks. */
export type ContainerHolders = ReadonlyMap<string, ReadonlySet<string>>;

const holdersByModel = new WeakMap<SpecModel, ContainerHolders>();

/** Made once per model: --check asks it for the pages' differences and again for the value plan, walking every field. */
export function containerHolders(model: SpecModel): ContainerHolders {
  const known = holdersByModel.get(model);
  if (known) return known;
  const holders = new Map<string, Set<string>>();
  for (const op of model.operations)
    for (const field of operationFields(op)) {
      const container = containerOf(field);
      if (container) holders.set(container.typeName, (holders.get(container.typeName) ?? new Set()).add(op.name));
    }
  holdersByModel.set(model, holders);
  return holders;
}

/** Who else holds a container type, and where to change it; null when the operation alone holds it. */
function sharedBy(
  container: NonNullable<PageDifference["container"]>,
  operation: string,
  holders: ContainerHolders,
): { with: string; change: string } | null {
  const others = [...(holders.get(container.typeName) ?? [])].filter((name) => name !== operation).sort(compareText);
  if (container.dictionary)
    return {
      with: `the dictionary's${others.length === 0 ? "" : ` (${others.join(", ")} hold${others.length === 1 ? "s" : ""} it too)`}`,
      change: "in spec/dictionary/, for every operation",
    };
  return others.length === 0
    ? null
    : { with: `shared with ${others.join(", ")}`, change: "in every definition of the type" };
}
