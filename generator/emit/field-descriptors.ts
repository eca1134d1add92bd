// The descriptor of each field of a message or a container, as the
// `operations` registry describes it (runtime/descriptor.ts, FieldDescriptor):
// its presence, type and format, its value list, and the fields it holds.

import type { FieldModel, ItemTypeModel } from "../model/field-model.js";
import type { MessageModel, OperationModel } from "../model/operation-model.js";
import type { ValueListModel } from "../model/value-list-model.js";
import type { Declaration } from "../rules/declaration.js";
import { type Code, concat, ts } from "./ts/code.js";
import { key } from "./ts/escape.js";
import { arrayLiteral, objectLiteral, property } from "./ts/layouts.js";
import { containerSymbols, ownValuesSymbols, valueListSymbols } from "./ts/model-symbols.js";

/** A property whose value is text or null. */
export const textOrNull = (name: string, value: string | null): Code =>
  value === null ? property(key(name), ts`null`) : property(key(name), value);

/** The values constant of what an operation's field takes of its list, where it is not the list as it is. */
type OwnValuesOf = (field: FieldModel) => Declaration | null;

export const fieldList = (fields: readonly FieldModel[], ownOf: OwnValuesOf = () => null): Code =>
  arrayLiteral(fields.map((field) => fieldDescriptor(field, ownOf(field))));

/** A message's fields, each with the values its operation's field takes of its list (a request's, a response's, a callback's). */
export const messageFieldList = (op: OperationModel, message: MessageModel): Code =>
  fieldList(message.fields, (field) => ownValuesSymbols(op, message, field)?.values ?? null);

function fieldDescriptor(field: FieldModel, own: Declaration | null): Code {
  const items = field.type.kind === "list" ? field.type.items : null;
  return objectLiteral([
    property(key("name"), field.name),
    property(key("presence"), field.presence),
    textOrNull("condition", field.condition),
    textOrNull("since", field.since?.text ?? null),
    property(key("type"), field.type.kind),
    textOrNull("format", field.format?.text ?? null),
    property(key("description"), field.description),
    property(key("valueList"), valueListDescriptor(field.valueList, items ? null : own)),
    property(
      key("fields"),
      field.type.kind === "container" ? concat(containerSymbols(field.type.container).fields) : ts`null`,
    ),
    property(
      key("items"),
      items
        ? objectLiteral([
            property(key("type"), items.type.kind),
            textOrNull("format", items.format?.text ?? null),
            property(key("valueList"), valueListDescriptor(items.valueList, own)),
            property(key("fields"), itemFields(items.type)),
          ])
        : ts`null`,
    ),
    // Only on a field that carries a secret: every other descriptor stays as it was.
    ...(field.sensitive === null ? [] : [property(key("sensitive"), field.sensitive)]),
  ]);
}

const itemFields = (type: ItemTypeModel): Code =>
  type.kind === "container" ? concat(containerSymbols(type.container).fields) : ts`null`;

/** The list a field takes its values from: the values it takes, with their meanings for the operation, and the whole list. */
function valueListDescriptor(list: ValueListModel | null, own: Declaration | null): Code {
  if (!list) return ts`null`;
  const shared = valueListSymbols(list).values;
  return objectLiteral([
    property(key("name"), list.name),
    property(key("match"), list.match),
    property(key("values"), concat(own ?? shared)),
    property(key("vocabulary"), concat(shared)),
  ]);
}
