import { allFields, valuesOf } from "../../model/field-shape.js";
import type { FieldModel } from "../../model/field-model.js";
import type { OperationModel } from "../../model/operation-model.js";
import { messagesByRole } from "../../model/message-roles.js";
import type { FieldValuesModel } from "../../model/value-list-model.js";
import { compareText } from "../../rules/code-point-order.js";
import { ownValuesSymbols } from "../ts/model-symbols.js";

/** A section of an operation's page: the values some of its fields take of one list, with their meanings for it. */
export interface ValuesView {
  readonly heading: string;
  readonly taken: FieldValuesModel;
  readonly narrowed: boolean;
  /** The operation's constants for the values, where it gives some its own meaning; null where the list's serve. */
  readonly constants: string | null;
  readonly fields: readonly FieldModel[];
}

const viewsOfOperation = new WeakMap<OperationModel, readonly ValuesView[]>();

/**
 * The values an operation's fields take, at any depth, one section per list
 * and way of taking it: under the list's name where its fields take it as it
 * is, under their own type's name where they take some values only.
 */
export function listsOf(op: OperationModel): readonly ValuesView[] {
  const known = viewsOfOperation.get(op);
  if (known) return known;
  // By what the fields take: the list, or the names of the values an operation's field takes its own way (one for
  // the fields that take the same values with the same meanings).
  const views = new Map<
    string,
    { heading: string; qualified: string; taken: FieldValuesModel; constants: string | null; fields: FieldModel[] }
  >();
  for (const [where, message] of messagesByRole(op)) {
    for (const field of allFields(message.fields)) {
      const taken = valuesOf(field);
      if (!taken) continue;
      // Fields of containers share the list's section.
      const own = message.fields.includes(field) ? ownValuesSymbols(op, message, field) : null;
      const key = own ? own.values.name : taken.list.typeName;
      const heading = own
        ? (own.type?.name ?? own.object?.name ?? `${taken.list.typeName} (${op.name})`)
        : taken.list.typeName;
      const qualified = `${taken.list.typeName} (${op.name} ${where} ${field.name})`;
      const constants = own?.object?.name ?? null;
      const view = views.get(key) ?? { heading, qualified, taken, constants, fields: [] };
      view.fields.push(field);
      views.set(key, view);
    }
  }
  // Fields that take one list in different ways without narrowing it have no type name to tell them apart.
  const headings = [...views.values()].map((v) => v.heading);
  const out = [...views.values()]
    .map(({ heading, qualified, taken, constants, fields }) => ({
      heading: headings.indexOf(heading) === headings.lastIndexOf(heading) ? heading : qualified,
      taken,
      constants,
      fields,
      narrowed: taken.narrowed,
    }))
    // By list first: a field that comes to take its list its own way (a release's value or meaning) keeps its section
    // where it was, so that the page's diff shows the heading and the rows that changed, not the table moved whole.
    .sort((a, b) => compareText(a.taken.list.typeName, b.taken.list.typeName) || compareText(a.heading, b.heading));
  viewsOfOperation.set(op, out);
  return out;
}

/** A heading's anchor as Markdown renderers make it: lower case, spaces as hyphens, other punctuation left out. */
export const anchorOf = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, "")
    .replace(/ /g, "-");
