import { allFields, containerOf, formatOf, valueListOf } from "../model/field-shape.js";
import { compareText } from "../rules/code-point-order.js";
import type {
  FieldModel,
  FieldTypeModel,
  ItemTypeModel,
  MessageModel,
  OperationModel,
  PlatformModel,
  SpecModel,
  ValueListModel,
} from "../model/ir.js";
import { render } from "./handlebars-env.js";
import { codeSpan, inlineText, link } from "./markdown-escape.js";
import { pascalCase } from "../rules/names.js";
import { allOperationSources, operationSources, type Emitter, type GeneratedFile } from "./generated-file.js";
import { serverLayout } from "./openapi/servers.js";

/** docs/<operation>.md and docs/index.md: the reference pages a reviewer reads first. */
export const referenceEmitter: Emitter = {
  name: "reference",
  operation: ({ operation, platform }) => [operationPage(operation, platform)],
  shared: (model) => [indexPage(model)],
};

function operationPage(op: OperationModel, platform: PlatformModel): GeneratedFile {
  const view = {
    sources: operationSources(op),
    name: op.name,
    summary: op.summary,
    family: op.family ?? "",
    prefix: op.interfaceVersion.prefix,
    // Markdown: a table cell built here by the cell rules.
    recommended: recommendedText(op),
    status: op.status && {
      field: op.status.field,
      messageField: op.status.messageField,
      accepted: codeText(op.status.accepted),
      formatError: codeText(op.status.formatError),
      signatureError: codeText(op.status.signatureError),
    },
    method: op.method,
    addresses: addressRows(op),
    readFirst: op.source.readFirst,
    notes: [...op.notes, ...op.source.notes],
    testKey: platform.examples.secretKey,
    messages: [op.request, op.response].map((message) => messageView(message)),
    lists: listsOf(op).map((list) => ({
      typeName: list.typeName,
      description: list.description ?? "",
      prefix: list.match === "prefix",
      values: list.values.map((v) => ({ value: v.value, key: v.key, meaning: v.meanings.join(" / ") })),
    })),
    changelog: { rows: op.changelog.map((row) => ({ ...row, version: row.version?.text ?? "undocumented" })) },
  };
  return { path: `docs/${op.name}.md`, language: "markdown", content: render("reference-operation.md", view) };
}

/** The recommended version of the operation's interface, then those of its other interfaces: Markdown of a table cell. */
function recommendedText(op: OperationModel): string {
  const { prefix, recommended, recommendedByPrefix } = op.interfaceVersion;
  const own = recommended ? codeSpan(recommended, true) : "not publicly documented";
  const others = recommendedByPrefix.filter((r) => r.prefix !== prefix).map((r) => codeSpan(r.version, true));
  return others.length === 0 ? own : `${own}; other interfaces: ${others.join(", ")}`;
}

const KIND_TITLES = { json: "", post: " (HTML form)", soap: " (SOAP)" } as const;

/** One row per address: the JSON ones first (PROD, TEST...), then the HTML form's and SOAP's. */
const addressRows = (op: OperationModel): { label: string; url: string }[] =>
  (["json", "post", "soap"] as const).flatMap((kind) =>
    op.environments.flatMap((env) => {
      const url = env[kind];
      return url === null ? [] : [{ label: `${env.label}${KIND_TITLES[kind]}`, url }];
    }),
  );

/** A status code in a table cell: a code span by the cell rules, or why there is none. */
const codeText = (code: string | null): string => (code === null ? "not publicly documented" : codeSpan(code, true));

function messageView(message: MessageModel) {
  return {
    title: pascalCase(message.kind),
    rows: rowsOf(message.fields, ""),
    sealFields: message.sealFields,
    exclude: message.sealExclude,
    unknownFields:
      message.unknownFields === "error"
        ? "Unknown fields are refused."
        : "Unknown fields, unknown values and format deviations are warnings unless validation is strict.",
    example: message.example,
  };
}

/** One row per field, nested ones under their container's path (`list[].field`); `type` is Markdown of a cell. */
function rowsOf(fields: readonly FieldModel[], parent: string): Record<string, string>[] {
  return fields.flatMap((field) => {
    const path = `${parent}${field.name}`;
    const format = formatOf(field);
    const row = {
      path,
      presence:
        field.presence === "conditional" && field.condition ? `conditional: ${field.condition}` : field.presence,
      since: field.since?.text ?? "undocumented",
      type: typeText(field.type, field.valueList),
      format: format?.text ?? "",
      description: [field.description, ...field.notes.map((n) => `Note: ${n}`)].join(" "),
    };
    const held = containerOf(field);
    return [row, ...(held ? rowsOf(held.fields, `${path}${field.type.kind === "list" ? "[]" : ""}.`) : [])];
  });
}

/** The type of a field as the Markdown of a table cell, a value list linked to its section. */
function typeText(type: FieldTypeModel | ItemTypeModel, list: ValueListModel | null): string {
  switch (type.kind) {
    case "integer":
      return "integer";
    case "interfaceVersion":
      return `${codeSpan(type.prefix, true)} + version`;
    case "container":
      return `object ${inlineText(type.container.typeName)}`;
    case "list":
      return `list of ${typeText(type.items.type, type.items.valueList)}`;
    case "string":
      return list
        ? `${list.match === "prefix" ? "string, prefixes: " : ""}${link(list.typeName, `#${list.typeName.toLowerCase()}`)}`
        : "string";
  }
}

/** The value lists an operation's fields use, at any depth. */
function listsOf(op: OperationModel): ValueListModel[] {
  const found = new Set(allFields([...op.request.fields, ...op.response.fields]).flatMap((f) => valueListOf(f) ?? []));
  return [...found].sort((a, b) => compareText(a.name, b.name));
}

function indexPage(model: SpecModel): GeneratedFile {
  const layout = serverLayout(model.operations);
  const listsByOperation = model.operations.map((op) => ({ op, lists: listsOf(op) }));
  const view = {
    sources: allOperationSources(model),
    title: model.platform.title,
    operations: model.operations.map((op) => ({
      name: op.name,
      family: op.family ?? "",
      summary: op.summary,
      prefix: op.interfaceVersion.prefix,
      recommended: op.interfaceVersion.recommended ?? "",
      path: layout.paths.get(op.name)?.path ?? op.primaryEndpoint,
    })),
    lists: model.valueLists.map((list) => ({
      typeName: list.typeName,
      count: list.values.length,
      // Markdown: links built here by the link rules.
      usedBy:
        listsByOperation
          .filter(({ lists }) => lists.includes(list))
          .map(({ op }) => link(op.name, `${op.name}.md#${list.typeName.toLowerCase()}`))
          .join(", ") || "(dictionary only)",
    })),
  };
  return { path: "docs/index.md", language: "markdown", content: render("reference-index.md", view) };
}
