import { containerFile } from "./container-file.js";
import { docBlock, docInline } from "./markdown-escape.js";
import type {
  ContainerModel,
  FieldModel,
  FieldTypeModel,
  ItemTypeModel,
  SharedContainerModel,
} from "../model/field-model.js";
import type { MessageModel, OperationModel } from "../model/operation-model.js";
import { valuesOf } from "../model/field-shape.js";
import type { ValueListModel } from "../model/value-list-model.js";
import type { Declaration } from "../rules/declaration.js";
import { pascalCase } from "../rules/names.js";
import { fromInputs, operationSources, type Emitter } from "./generated-file.js";
import { factsStopOf } from "./facts-stop-literal.js";
import { fieldDoc, notes } from "./jsdoc.js";
import { messageNotes } from "./message-notes.js";
import { type Code, concat, declare, documented, lines, ts } from "./ts/code.js";
import { key, lit } from "./ts/escape.js";
import { jsdoc } from "./ts/comment-escape.js";
import { unionAlias } from "./ts/layouts.js";
import { runtime } from "./ts/symbols.js";
import {
  containerSymbols,
  messageSymbols,
  operationModule,
  operationSymbols,
  ownValuesSymbols,
  valueListSymbols,
} from "./ts/model-symbols.js";
import { TsFile } from "./ts/ts-file.js";

/** operations/<name>/types.ts (the request and response interfaces) and containers/types.ts. */
export const typesEmitter: Emitter = {
  name: "types",
  operation: ({ operation }) => [emitOperationTypes(operation).toGeneratedFile()],
  ...fromInputs({ inputs: (model) => model.containers, files: emitContainerTypes }),
};

/** Where a type is written: whether value lists admit unknown values (responses), whose interfaceVersion and own values. */
interface TypeSite {
  readonly lenient: boolean;
  readonly operation: OperationModel | null;
  readonly message: MessageModel | null;
}

function emitOperationTypes(op: OperationModel): TsFile {
  const file = new TsFile(operationModule(op, "types"), operationSources(op));
  const { prefix, recommended, recommendedByPrefix } = op.interfaceVersion;
  const others = recommendedByPrefix.filter((r) => r.prefix !== prefix).map((r) => r.version);
  const versionDoc = jsdoc([
    `An interfaceVersion of ${op.name}: "${prefix}" followed by a version number.`,
    recommended ? `Recommended: ${recommended}.` : "No recommended version is publicly documented.",
    ...(others.length > 0 ? [`Recommended for its other interfaces: ${others.join(", ")}.`] : []),
  ]);
  file.add(
    documented(
      versionDoc,
      ts`${declare("type", operationSymbols(op).interfaceVersion)} = ${runtime.interfaceVersion.InterfaceVersionOf}<${lit(prefix)}>;`,
    ),
  );
  // Named once here: the descriptor's and client's types name it, so an environment added changes this line only.
  const environments = Object.keys(op.endpoints).map((env) => ts`${lit(env)}`);
  file.add(
    documented(
      jsdoc([`The environments where ${op.name} has a JSON address, by name.`]),
      unionAlias(declare("type", operationSymbols(op).environment), environments),
    ),
  );
  for (const message of [op.request, op.response]) {
    const site = { lenient: message.kind === "response", operation: op, message };
    file.add(interfaceDeclaration(messageSymbols(op, message).type, messageDoc(message, op), message.fields, site));
  }
  const callback = operationSymbols(op).callback;
  if (op.callback && callback) {
    // Read as a response; a field narrowed to its page's values takes the operation's names for them (values.ts).
    const site = { lenient: true, operation: op, message: op.callback.message };
    file.add(interfaceDeclaration(callback.type, callbackDoc(op, callback.decode), op.callback.message.fields, site));
  }
  return file;
}

function emitContainerTypes(containers: readonly SharedContainerModel[]) {
  if (containers.length === 0) return [];
  const file = containerFile(
    containers,
    "containerTypes",
    "Container types: the nested objects of the messages, shared by every operation that has them.",
  );
  for (const c of containers) {
    file.add(
      interfaceDeclaration(containerSymbols(c).type, containerDoc(c), c.fields, {
        lenient: c.inResponse,
        operation: null,
        message: null,
      }),
    );
  }
  return [file.toGeneratedFile()];
}

function messageDoc(message: MessageModel, op: OperationModel): string[] {
  return [
    `${pascalCase(message.kind)} of ${op.name}: ${docInline(op.summary)}`,
    "",
    `${op.method} ${op.primaryEndpoint}`,
    ...notes([...op.notes, ...messageNotes(message)]),
    ...op.source.notes.flatMap((n) => ["", `Source: ${docInline(n)}`]),
  ];
}

function callbackDoc(op: OperationModel, decoder: Declaration): string[] {
  const callback = op.callback;
  if (!callback) return [];
  const message = callback.message;
  return [
    docBlock(callback.summary),
    "",
    // Named, so that a reader of the type finds the one function that makes such a message of a post it can trust.
    `Sent back after ${op.name}, ${message.encoding === "data" ? `as the Data string of a sealed form (decode it with \`${decoder.name}\`, which verifies the seal first)` : "as JSON"}.`,
    ...notes(messageNotes(message)),
    ...callback.source.notes.flatMap((n) => ["", `Source: ${docInline(n)}`]),
  ];
}

const containerDoc = (c: ContainerModel): string[] => [
  c.description === null ? `The ${c.typeName} container.` : docBlock(c.description),
];

function interfaceDeclaration(
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
