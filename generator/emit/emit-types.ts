import type {
  ContainerModel,
  FieldModel,
  FieldTypeModel,
  ItemTypeModel,
  MessageModel,
  OperationModel,
  SpecModel,
  ValueListModel,
} from "../model/ir.js";
import type { Declaration } from "../rules/export-names.js";
import { pascalCase } from "../rules/names.js";
import { containerSources, operationSources, type Emitter } from "./generated-file.js";
import { fieldDoc, notes } from "./jsdoc.js";
import { type Code, concat, declare, documented, lines, ts } from "./ts/code.js";
import { jsdoc, key, templateText } from "./ts/escape.js";
import {
  containerSymbols,
  messageSymbols,
  operationModule,
  operationSymbols,
  sharedModule,
  valueListSymbols,
} from "./ts/model-symbols.js";
import { TsFile } from "./ts/ts-file.js";

/** operations/<name>/types.ts (the request and response interfaces) and containers/types.ts. */
export const typesEmitter: Emitter = {
  name: "types",
  operation: ({ operation }) => [emitOperationTypes(operation).toGeneratedFile()],
  shared: emitContainerTypes,
};

/** Where a type is written: whether value lists admit unknown values (responses), and whose interfaceVersion. */
interface TypeSite {
  readonly lenient: boolean;
  readonly operation: OperationModel | null;
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
      ts`${declare("type", operationSymbols(op).interfaceVersion)} = \`${templateText(prefix)}\${number}.\${number}\`;`,
    ),
  );
  for (const message of [op.request, op.response]) {
    const site = { lenient: message.kind === "response", operation: op };
    file.add(interfaceDeclaration(messageSymbols(op, message).type, messageDoc(message, op), message.fields, site));
  }
  return file;
}

function emitContainerTypes(model: SpecModel) {
  if (model.containers.length === 0) return [];
  const file = new TsFile(
    sharedModule(model, "containerTypes"),
    containerSources(model),
    "Container types: the nested objects of the messages, shared by every operation that has them.",
  );
  for (const c of model.containers) {
    file.add(
      interfaceDeclaration(containerSymbols(c).type, containerDoc(c), c.fields, {
        lenient: c.inResponse,
        operation: null,
      }),
    );
  }
  return [file.toGeneratedFile()];
}

function messageDoc(message: MessageModel, op: OperationModel): string[] {
  return [
    `${pascalCase(message.kind)} of ${op.name}: ${op.summary}`,
    "",
    `${op.method} ${op.primaryEndpoint}`,
    ...notes([...op.notes, ...message.notes]),
    ...op.source.notes.flatMap((n) => ["", `Source: ${n}`]),
  ];
}

const containerDoc = (c: ContainerModel): string[] => [c.description ?? `The ${c.typeName} container.`];

function interfaceDeclaration(
  name: Declaration,
  doc: readonly string[],
  fields: readonly FieldModel[],
  site: TypeSite,
): Code {
  const members = fields.map((field) => {
    const type = valueType(field.type, field.valueList, site);
    const member = field.required ? ts`${key(field.name)}: ${type};` : ts`${key(field.name)}?: ${type};`;
    return documented(jsdoc(fieldDoc(field)), member);
  });
  return documented(
    jsdoc(doc),
    ts`
      ${declare("interface", name)} {
        ${lines(members)}
      }
    `,
  );
}

/** The TypeScript type of a field or of a list item. Lists are read-only, so `as const` messages type-check. */
function valueType(type: FieldTypeModel | ItemTypeModel, valueList: ValueListModel | null, site: TypeSite): Code {
  switch (type.kind) {
    case "integer":
      return ts`number`;
    case "interfaceVersion":
      return site.operation ? concat(operationSymbols(site.operation).interfaceVersion) : ts`string`;
    case "container":
      return concat(containerSymbols(type.container).type);
    case "list": {
      const item = valueType(type.items.type, type.items.valueList, site);
      return isUnion(type.items.valueList, site) ? ts`readonly (${item})[]` : ts`readonly ${item}[]`;
    }
    case "string": {
      if (!valueList || valueList.match === "prefix") return ts`string`;
      const list = valueListSymbols(valueList).type;
      // Responses admit codes added after generation, and editors still complete the known ones.
      return site.lenient ? ts`${list} | (string & {})` : concat(list);
    }
  }
}

const isUnion = (valueList: ValueListModel | null, site: TypeSite): boolean =>
  valueList !== null && valueList.match === "exact" && site.lenient;
