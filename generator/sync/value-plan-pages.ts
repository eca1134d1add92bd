// What the value plan reads of the pages: each operation's field whose page
// prints a list of values, under the shared list it belongs to; a page's
// values for a container's field are only compared with the container's list.
// A callback's page (a Response alone) gives the values of the callback's
// fields, which hold for the callback only, as an operation's page's do.

import type { SourceLocation } from "../diagnostics/diagnostic.js";
import { containerOf, valuesOf } from "../model/field-shape.js";
import type { SpecModel } from "../model/ir.js";
import type { MessageModel, OperationModel } from "../model/operation-model.js";
import type { ValueListModel } from "../model/value-list-model.js";
import type { SipsPage } from "../read/page/page-model.js";
import type { SpecPath } from "../read/source-map.js";
import { compareText } from "../rules/code-point-order.js";
import { KEPT_MEANING, meaningKey } from "../rules/meanings.js";
import { MESSAGE_KINDS } from "../rules/raw-spec.js";
import { fieldsPathOf, findHolder, type ContainerHolder } from "./container-holder.js";
import type { SpecMessage } from "./page-difference.js";
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

/** A page's values for a field of a container, whose list this plan does not write: reported. */
export interface ContainerValues {
  readonly page: string;
  readonly container: string;
  readonly field: string;
  readonly list: string | null;
  /**
   * Why nothing is written here: the type is shared (by whom), the field is new (added elsewhere), the list is the
   * maintainer's, or the field takes none and the list of its name, or another page's values under it, differ, or a
   * top-level field's page makes the list of its name in this run.
   */
  readonly held: { readonly shared: string } | "added" | "own" | "other-list" | "other-pages" | "top-level";
  readonly printed: readonly string[];
  readonly at: SourceLocation;
}

/** A container's field its operation alone holds, linked to the list made of its page's values (none had the name). */
export interface ContainerLink {
  readonly operation: string;
  readonly message: SpecMessage;
  /** The field's YAML path in the operation's file. */
  readonly path: SpecPath;
  readonly list: string;
  readonly at: SourceLocation;
}

/** A container's field, its operation's own, whose page lists values no list of its name has: a list is made of them. */
export interface MadeList {
  readonly link: ContainerLink;
  readonly values: ReadonlyMap<string, readonly string[]>;
  readonly at: ReadonlyMap<string, SourceLocation>;
  readonly page: string;
  /** What --check says of it where the list is not made after all (other pages list other values under its name). */
  readonly info: ContainerValues;
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
          // At any depth of the message, as the page may print a container within another; none yet where the page adds it.
          const holder = findHolder(messageOf(op, message)?.fields ?? [], field.container.value, []);
          const shared = containerList(holder, field.name, lists);
          const info: ContainerValues = {
            page: relPath,
            container: field.container.value,
            field: field.name,
            list: shared?.name ?? null,
            held: otherList(heldBy(holder, field.name, holders, operation), shared, lists.get(field.name), values),
            printed: [...values.keys()],
            at: field.values[0]?.at ?? field.at,
          };
          // Written out as text in it (a dictionary field's list is the dictionary's): its list is the field name's.
          const inner = holder ? containerOf(holder.field)?.fields.find((f) => f.name === field.name) : undefined;
          const written = inner !== undefined && !inner.fromDictionary && inner.type.kind === "string";
          if (holder && written && !shared && info.held === "own" && !lists.has(field.name)) {
            const within = fieldsPathOf(holder.field, holder.path);
            const path = [message, "fields", ...within, field.name];
            const link = { operation, message, path, list: field.name, at: info.at };
            made.push({ link, values, at: new Map(field.values.map((v) => [v.value, v.at])), page: relPath, info });
          } else if (!shared || !sameValues(shared, values)) containers.push(info);
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

/** Who shares a container's type (another operation, the dictionary), else whether the field is new or the operation's own. */
function heldBy(
  holder: ContainerHolder | null,
  field: string,
  holders: ReadonlyMap<string, ReadonlySet<string>>,
  operation: string,
): ContainerValues["held"] {
  const type = holder ? containerOf(holder.field) : null;
  if (!holder || !type) return "added";
  const others = [...(holders.get(type.typeName) ?? [])].filter((name) => name !== operation).sort(compareText);
  const one = `container type ${type.typeName} is one type`;
  // The dictionary's where the holder or a container it is in is a dictionary field, as the compare code says.
  if (holder.dictionary) return { shared: `${one}, the dictionary's` };
  if (others.length > 0) return { shared: `${one}, shared with ${others.join(", ")}` };
  return type.fields.some((f) => f.name === field) ? "own" : "added";
}

/** A field of the operation's own container that takes no list, whose name's list has other values than the page's. */
function otherList(
  held: ContainerValues["held"],
  taken: ValueListModel | null,
  named: ValueListModel | undefined,
  printed: ReadonlyMap<string, readonly string[]>,
): ContainerValues["held"] {
  if (typeof held !== "string" || taken !== null || named === undefined) return held;
  return sameValues(named, printed) ? held : "other-list";
}

/** The list of a container's field, as the spec gives it. */
function containerList(
  holder: ContainerHolder | null,
  field: string,
  lists: ReadonlyMap<string, ValueListModel>,
): ValueListModel | null {
  const inner = holder ? containerOf(holder.field)?.fields.find((f) => f.name === field) : undefined;
  const list = inner ? valuesOf(inner)?.list : undefined;
  return list ? (lists.get(list.name) ?? null) : null;
}

const sameValues = (list: ValueListModel, printed: ReadonlyMap<string, readonly string[]>): boolean =>
  list.values.length === printed.size &&
  list.values.every((v) => {
    const meanings = printed.get(v.value);
    return meanings !== undefined && (meanings.length === 0 || meaningKey(meanings) === meaningKey(v.meanings));
  });

/** The values of a field whose own meaning a deviation keeps, as the deviations name them (the list's values). */
function keptValues(kept: ReadonlySet<string>, message: string, field: string): Set<string> {
  const out = new Set<string>();
  for (const about of kept) {
    const [, on, name, value] = KEPT_MEANING.exec(about) ?? [];
    if (on === message && name === field && value !== undefined) out.add(value);
  }
  return out;
}
