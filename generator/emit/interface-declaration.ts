// A TypeScript interface of a message or a container: each field a member of
// its type (its value list's union, or the operation's own values where it
// narrows them; open to unknown codes where it is received), with its doc.

import { docInline } from "./markdown-escape.js";
import type { FieldModel, FieldTypeModel, ItemTypeModel } from "../model/field-model.js";
import type { MessageModel, OperationModel } from "../model/operation-model.js";
import { valuesOf } from "../model/field-shape.js";
import type { ValueListModel } from "../model/value-list-model.js";
import type { Declaration } from "../rules/declaration.js";
import { factsStopOf } from "./facts-stop-literal.js";
import { fieldDoc } from "./jsdoc.js";
import { type Code, concat, declare, documented, lines, ts } from "./ts/code.js";
import { key } from "./ts/escape.js";
import { jsdoc } from "./ts/comment-escape.js";
import { containerSymbols, operationSymbols, ownValuesSymbols, valueListSymbols } from "./ts/model-symbols.js";

/** Where a type is written: whether value lists admit unknown values (responses), whose interfaceVersion and own values. */
export interface TypeSite {
  readonly lenient: boolean;
  readonly operation: OperationModel | null;
  readonly message: MessageModel | null;
}

/** The interface `name` of these fields, as `site` types them, with its doc. */
export function interfaceDeclaration(
  name: Declaration,
  doc: readonly string[],
  fields: readonly FieldModel[],
  site: TypeSite,
): Code {
  const members = fields.map((field) => {
    const own = site.operation && site.message ? ownValuesSymbols(site.operation, site.message, field)?.type : null;
    const type = itemType(field, own ?? null, site);
    const member = field.required ? ts`${key(field.name)}: ${type};` : ts`${key(field.name)}?: ${type};`;
    // The list's type is linked where the member's type does not print it: a prefix list (the field's type is its
    // operation's interfaceVersion), a list the operation narrows (its own values' type).
    const list = valuesOf(field)?.list;
    const linked = list ? [valueListSymbols(list).type] : [];
    return documented(jsdoc(fieldDoc(field, own?.name ?? null), linked), member);
  });
  const beyond = beyondFactsMember(site);
  return documented(
    jsdoc(doc),
    ts`
      ${declare("interface", name)} {
        ${lines(beyond ? [...members, beyond] : members)}
      }
    `,
  );
}

/**
 * A message received (a response, a callback) whose saved facts stop is open: any other field is read as
 * `unknown`, narrowed before use, and the known ones keep their types. A request stays closed, so that a misspelt
 * field does not compile: a call gives the fields beyond its facts apart (BeyondFactsFields).
 */
function beyondFactsMember(site: TypeSite): Code | null {
  const { operation: op, message } = site;
  if (!op || !message?.factsStop || message.kind === "request") return null;
  return documented(
    jsdoc([
      `A field beyond the spec's saved facts of ${factsStopOf(op, message)}, which stop before the page does (${docInline(message.factsStop.see)}): \`unknown\`, to be narrowed before use.`,
    ]),
    ts`readonly [field: string]: unknown;`,
  );
}

/**
 * The TypeScript type of a field or of a list item: the type of the values the
 * operation's field takes (`own`, its items' for a list) where it takes some
 * only, else its list's union. Lists are read-only, so `as const` messages type-check.
 */
function valueType(type: FieldTypeModel | ItemTypeModel, own: Declaration | null, site: TypeSite): Code {
  switch (type.kind) {
    case "integer":
      return ts`number`;
    case "interfaceVersion":
      return site.operation ? concat(operationSymbols(site.operation).interfaceVersion) : ts`string`;
    case "container":
      return concat(containerSymbols(type.container).type);
    case "list": {
      const item = itemType(type.items, own, site);
      return isUnion(type.items.valueList, site) ? ts`readonly (${item})[]` : ts`readonly ${item}[]`;
    }
    case "string":
      return ts`string`;
  }
}

/** A string with a value list: its union (the operation's own where narrowed); responses admit codes added after generation. */
function itemType(
  item: { type: FieldTypeModel | ItemTypeModel; valueList: ValueListModel | null },
  own: Declaration | null,
  site: TypeSite,
): Code {
  const { type, valueList } = item;
  if (type.kind !== "string" || !valueList || valueList.match === "prefix") return valueType(type, own, site);
  const list = own ?? valueListSymbols(valueList).type;
  // Editors still complete the known codes.
  return site.lenient ? ts`${list} | (string & {})` : concat(list);
}

const isUnion = (valueList: ValueListModel | null, site: TypeSite): boolean =>
  valueList !== null && valueList.match === "exact" && site.lenient;
