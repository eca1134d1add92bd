// What the value plan does with a page's values for a field of a container:
// the container's list is not the plan's to write, so they are compared with it
// and reported (who holds the type, why nothing is written), except where the
// operation alone holds the container and no list has the field's name, when a
// list is made of them and the field linked to it.

import type { SourceLocation } from "../diagnostics/diagnostic.js";
import { containerOf, valuesOf } from "../model/field-shape.js";
import type { FieldModel } from "../model/field-model.js";
import type { ValueListModel } from "../model/value-list-model.js";
import type { PageField } from "../read/page/page-model.js";
import type { SpecPath } from "../read/source-map.js";
import { compareText } from "../rules/code-point-order.js";
import { meaningKey } from "../rules/meanings.js";
import { fieldsPathOf, findHolder, type ContainerHolder } from "./container-holder.js";
import type { SpecMessage } from "./page-difference.js";

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

/** Where a page prints a container's field with values: its page, operation and message, and the spec's lists. */
export interface ContainerFieldSite {
  readonly relPath: string;
  readonly operation: string;
  readonly message: SpecMessage;
  /** The message's fields as the spec writes them (none for a message the operation lacks). */
  readonly fields: readonly FieldModel[];
  readonly field: PageField;
  /** The container the page prints the field in. */
  readonly container: string;
  /** Value -> meanings as printed. */
  readonly values: ReadonlyMap<string, readonly string[]>;
  readonly lists: ReadonlyMap<string, ValueListModel>;
  /** The operations that hold each container type. */
  readonly holders: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A container's field printed with values: reported in `containers` where they differ from its list, or a list `made`. */
export function collectContainerField(site: ContainerFieldSite, containers: ContainerValues[], made: MadeList[]): void {
  const { relPath, operation, message, fields, field, container, values, lists, holders } = site;
  // At any depth of the message, as the page may print a container within another; none yet where the page adds it.
  const holder = findHolder(fields, container, []);
  const shared = containerList(holder, field.name, lists);
  const info: ContainerValues = {
    page: relPath,
    container,
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
