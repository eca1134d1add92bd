// What the value plan reads of the pages: each operation's field whose page
// prints a list of values, under the shared list it belongs to; a page's
// values for a container's field are only compared with the container's list
// (value-plan-containers.ts).
// A callback's page (a Response alone) gives the values of the callback's
// fields, which hold for the callback only, as an operation's page's do.

import type { SourceLocation } from "../diagnostics/diagnostic.js";
import type { SpecModel } from "../model/ir.js";
import type { MessageModel, OperationModel } from "../model/operation-model.js";
import type { ValueListModel } from "../model/value-list-model.js";
import type { SipsPage } from "../read/page/page-model.js";
import { compareText } from "../rules/code-point-order.js";
import { KEPT_MEANING } from "../rules/meanings.js";
import { MESSAGE_KINDS } from "../rules/raw-spec.js";
import type { SpecMessage } from "./page-difference.js";
import { collectContainerField, type ContainerValues, type MadeList } from "./value-plan-containers.js";
import { containerHolders } from "./page-differences.js";

/** A page the plan reads: cited, attached this run, or about to be made into an operation. */
export interface PlanPage {
  readonly relPath: string;
  readonly page: SipsPage;
  /** The operation it describes (which may not exist yet). */
  readonly operation: string;
  /**
   * Facts the operation keeps on purpose (source.deviations' about): `<message>.fields.<field>.values` keeps a
   * field's values and meanings, `<message>.fields.<field>.values.<value>.meaning` one value's own meaning.
   */
  readonly kept: ReadonlySet<string>;
  /** The page of the operation's callback: its Response is the callback's fields. */
  readonly callback?: boolean;
}

/** A message of an operation as the spec writes it; null for a callback it does not have. */
export const messageOf = (op: OperationModel | undefined, message: SpecMessage): MessageModel | null =>
  op === undefined ? null : message === "callback" ? (op.callback?.message ?? null) : op[message];

/** One operation's field whose page prints a list of values. */
export interface PageList {
  readonly operation: string;
  readonly message: SpecMessage;
  readonly field: string;
  readonly page: string;
  /** The page stops in this field's list (the message's factsStop names it): the values it prints are some of those the field takes. */
  readonly partial: boolean;
  /** Value -> meanings as printed, in page order. */
  readonly values: ReadonlyMap<string, readonly string[]>;
  readonly at: ReadonlyMap<string, SourceLocation>;
  /** The values whose own meaning the operation keeps on purpose, whatever the page prints: the list's values, as its deviations name them. */
  readonly keptMeanings: ReadonlySet<string>;
}

/**
 * The pages' value lists of top-level fields; a container field's are compared with its list and reported, or,
 * where the operation alone holds the container and no list has the field's name, to be made into one (`made`).
 */
export function collect(
  pages: readonly PlanPage[],
  containers: ContainerValues[],
  lists: ReadonlyMap<string, ValueListModel>,
  model: SpecModel,
  made: MadeList[] = [],
): PageList[] {
  const out: PageList[] = [];
  const holders = containerHolders(model);
  for (const { relPath, page, operation, kept, callback } of [...pages].sort((a, b) =>
    compareText(a.relPath, b.relPath),
  )) {
    const op = model.operations.find((o) => o.name === operation);
    const messages: readonly (readonly [SpecMessage, SipsPage["request"]])[] = callback
      ? [["callback", page.response]]
      : MESSAGE_KINDS.map((m) => [m, page[m]] as const);
    for (const [message, printed] of messages) {
      const seen = new Set<string>();
      const cut = messageOf(op, message)?.factsStop?.after ?? null;
      for (const field of printed.fields) {
        if (field.values.length === 0 || seen.has(`${field.container?.value ?? ""}.${field.name}`)) continue;
        seen.add(`${field.container?.value ?? ""}.${field.name}`);
        const values = new Map(field.values.map((v) => [v.value, v.meanings]));
        if (field.container) {
          const fields = messageOf(op, message)?.fields ?? [];
          const container = field.container.value;
          const site = { relPath, operation, message, fields, field, container, values, lists, holders };
          collectContainerField(site, containers, made);
          continue;
        }
        if (kept.has(`${message}.fields.${field.name}.values`)) continue;
        const at = new Map(field.values.map((v) => [v.value, v.at]));
        // By the list's value the deviation names, not the page's text: a prefix value the page moves is still kept.
        const keptMeanings = keptValues(kept, message, field.name);
        const partial = field.name === cut;
        out.push({ operation, message, field: field.name, page: relPath, values, at, partial, keptMeanings });
      }
    }
  }
  return out;
}

/** The values of a field whose own meaning a deviation keeps, as the deviations name them (the list's values). */
function keptValues(kept: ReadonlySet<string>, message: string, field: string): Set<string> {
  const out = new Set<string>();
  for (const about of kept) {
    const [, on, name, value] = KEPT_MEANING.exec(about) ?? [];
    if (on === message && name === field && value !== undefined) out.add(value);
  }
  return out;
}
