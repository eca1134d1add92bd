import { ownWording, ownWordingPhrase, valuesCount } from "./own-wording.js";
import { ADDRESS_KINDS, type AddressKind } from "../rules/raw-spec.js";
import { containerOf, formatOf } from "../model/field-shape.js";
import type { FieldModel, FieldTypeModel, ItemTypeModel } from "../model/field-model.js";
import type { PlatformModel } from "../model/ir.js";
import type { MessageModel, OperationModel } from "../model/operation-model.js";
import { floorText, versionFloor } from "../model/version-floor.js";
import { changelogView } from "./emit-changelog.js";
import { valueSpan } from "./jsdoc.js";
import { render } from "./handlebars-env.js";
import { codeSpan, inlineText, link } from "./markdown-escape.js";
import { pascalCase } from "../rules/names.js";
import { operationSymbols } from "./ts/model-symbols.js";
import { operationSources, piecewise, type Emitter, type GeneratedFile } from "./generated-file.js";
import { indexPage, listUses } from "./reference/index-page.js";
import { anchorOf, listsOf, type ValuesView } from "./reference/value-sections.js";
import { unknownFieldsText } from "./reference/unknown-fields.js";
import { madeUpValuesText } from "./stand-in-version.js";
import { sealLeftOut } from "./seal/seal-left-out.js";
import { messageNotes } from "./message-notes.js";

/** docs/<operation>.md and docs/index.md: the reference pages a reviewer reads first. */
export const referenceEmitter: Emitter = {
  name: "reference",
  operation: ({ operation, platform }) => [operationPage(operation, platform)],
  ...piecewise({ piece: listUses, assemble: (model, pieces) => [indexPage(model, pieces)] }),
};

function operationPage(op: OperationModel, platform: PlatformModel): GeneratedFile {
  const view = {
    sources: operationSources(op),
    name: op.name,
    summary: op.summary,
    family: op.family ?? "",
    reads: op.effect === "reads",
    prefix: op.interfaceVersion.prefix,
    // Markdown: a table cell built here by the cell rules.
    recommended: recommendedText(op),
    status: op.status && {
      field: op.status.field,
      messageField: op.status.messageField,
      errorField: op.status.errorField,
      accepted: codeText(op.status.accepted),
      formatError: codeText(op.status.formatError),
      signatureError: codeText(op.status.signatureError),
    },
    method: op.method,
    addresses: addressRows(op),
    readFirst: op.source.readFirst,
    // Each a paragraph of its own: the status field's notes among the operation's, named as its.
    notes: [...op.notes, ...op.source.notes, ...(op.status?.notes ?? []).map((note) => `Status: ${note}`)],
    testKey: platform.examples.secretKey,
    messages: [op.request, op.response].map((message) => messageView(op, message, platform)),
    callback: op.callback && {
      name: op.callback.message.typeName,
      summary: op.callback.summary,
      // Markdown, after the summary: how Sips carries a Data message, which has no JSON sealing string.
      messageNotes: messageNotes(op.callback.message),
      encodingNote:
        op.callback.message.encoding === "data"
          ? ` Sips posts it as a form whose \`Data\` holds these fields (\`key=value\` pairs joined by \`|\`), sealed by the form's \`Seal\` over \`Data\` as posted: there is no JSON sealing string. ${codeSpan(operationSymbols(op).callback?.decode.name ?? "")} (\`sips-json/paypage\`) verifies the seal before it reads anything, and takes the public test key only with an \`options.environment\` that says the payment runs elsewhere than in production (a simulation environment, a mock's base URL).`
          : "",
      // Markdown: whose versions its "Since" column gives, where they are not the operation's interface's.
      versionsNote:
        op.callback.message.interfacePrefix === op.interfaceVersion.prefix
          ? ""
          : ` Its fields' versions are those of the ${codeSpan(op.callback.message.interfacePrefix)} interface.`,
      rows: rowsOf(
        op.callback.message.fields,
        "",
        (field) => listsOf(op).find((v) => v.fields.includes(field)) ?? null,
      ),
      // Markdown: a paragraph of its own.
      unknownFields: unknownFieldsText(op.callback.message),
      notes: op.callback.source.notes,
    },
    lists: listsOf(op).map(({ heading, taken, narrowed, constants, fields }) => {
      const wording = ownWording(taken);
      return {
        typeName: heading,
        description: sectionLead({ taken, constants, fields }),
        // The shared list's notes speak of its values as its meanings word them: none holds where no value shows them.
        notes: wording.listWording ? taken.list.notes : [],
        prefix: taken.list.match === "prefix",
        // Which part of the shared list the operation takes, and whose wording the meanings are.
        taken:
          narrowed || taken.reworded
            ? `${narrowed ? valuesCount(taken.values.length) : "The values"} of the shared list ${codeSpan(taken.list.name)}${ownWordingPhrase(wording)}.${constants ? ` Constants: ${codeSpan(constants)}, ${wording.worded ? "named for the meanings that hold here" : "with the shared list's names"}.` : ""}`
            : "",
        // A value the operation's page gives no meaning shows a dash: an empty cell would read as a meaning left out.
        values: taken.values.map((v) => ({
          value: valueSpan(v, true),
          key: v.key,
          meaning: v.meanings.length === 0 ? "—" : v.meanings.join(" / "),
        })),
      };
    }),
    changelog: changelogView(op),
  };
  return { path: `docs/${op.name}.md`, language: "markdown", content: render("reference-operation.md", view) };
}

/**
 * What a value section's values are. The list's description, where they are
 * the list's values with its meanings and constants; where the operation words
 * some its own way, they have constants of its own, and the shared list's
 * description (which may speak of its constants or of another operation's
 * message) is not theirs: the description of the fields that take them, where
 * they share one.
 */
function sectionLead({ taken, constants, fields }: Pick<ValuesView, "taken" | "constants" | "fields">): string {
  const own = [...new Set(fields.map((f) => f.description))];
  return constants !== null && own.length === 1 ? (own[0] ?? "") : (taken.list.description ?? "");
}

/**
 * The recommended version of the operation's interface, the lowest a request
 * may declare where its values give one, then the recommended versions of its
 * other interfaces: Markdown of a table cell.
 */
function recommendedText(op: OperationModel): string {
  const { prefix, recommended, recommendedByPrefix } = op.interfaceVersion;
  const floor = versionFloor(op.request);
  const own = `${recommended ? codeSpan(recommended, true) : "not publicly documented"}${floor ? `, earliest accepted: ${codeSpan(floorText(op.request, floor), true)}` : ""}`;
  const others = recommendedByPrefix.filter((r) => r.prefix !== prefix).map((r) => codeSpan(r.version, true));
  return others.length === 0 ? own : `${own}; other interfaces: ${others.join(", ")}`;
}

const KIND_TITLES: Readonly<Record<AddressKind, string>> = { json: "", post: " (HTML form)", soap: " (SOAP)" };

/** One row per address: the JSON ones first (PROD, TEST...), then the HTML form's and SOAP's. */
const addressRows = (op: OperationModel): { label: string; url: string }[] =>
  ADDRESS_KINDS.flatMap((kind) =>
    op.environments.flatMap((env) => {
      const url = env[kind];
      return url === null ? [] : [{ label: `${env.label}${KIND_TITLES[kind]}`, url }];
    }),
  );

/** A status code in a table cell: a code span by the cell rules, or why there is none. */
const codeText = (code: string | null): string => (code === null ? "not publicly documented" : codeSpan(code, true));

function messageView(op: OperationModel, message: MessageModel, platform: PlatformModel) {
  const views = listsOf(op);
  return {
    title: pascalCase(message.kind),
    notes: messageNotes(message),
    rows: rowsOf(message.fields, "", (field) => views.find((v) => v.fields.includes(field)) ?? null),
    sealFields: message.sealFields,
    exclude: sealLeftOut(message),
    // Markdown: a sentence or a few, after the sealing string's.
    unknownFields: unknownFieldsText(message),
    example: message.example,
    // Markdown, after the example.
    exampleNote: madeUpValuesText(op, message, platform, (text) => codeSpan(text)),
  };
}

/** One row per field, nested ones under their container's path (`list[].field`); `type` is Markdown of a cell. */
function rowsOf(
  fields: readonly FieldModel[],
  parent: string,
  viewOf: (field: FieldModel) => ValuesView | null,
): Record<string, string>[] {
  return fields.flatMap((field) => {
    const path = `${parent}${field.name}`;
    const format = formatOf(field);
    const row = {
      path,
      presence:
        field.presence === "conditional" && field.condition ? `conditional: ${field.condition}` : field.presence,
      since: field.since?.text ?? "undocumented",
      type: typeText(field.type, viewOf(field)),
      format: format?.text ?? "",
      description: [field.description, ...itemsText(field), ...field.notes.map((n) => `Note: ${n}`)].join(" "),
    };
    const held = containerOf(field);
    const nested = held ? rowsOf(held.fields, `${path}${field.type.kind === "list" ? "[]" : ""}.`, viewOf) : [];
    return [row, ...nested];
  });
}

/** What a list's items are, where the spec says (their own rows show a container's fields, not its description). */
const itemsText = (field: FieldModel): string[] =>
  field.type.kind === "list" && field.type.items.description !== null ? [`Items: ${field.type.items.description}`] : [];

/** The type of a field as the Markdown of a table cell, its values linked to their section. */
function typeText(type: FieldTypeModel | ItemTypeModel, view: ValuesView | null): string {
  switch (type.kind) {
    case "integer":
      return "integer";
    case "interfaceVersion":
      return `${codeSpan(type.prefix, true)} + version`;
    case "container":
      return `object ${inlineText(type.container.typeName)}`;
    case "list":
      return `list of ${typeText(type.items.type, view)}`;
    case "string":
      return view
        ? `${view.taken.list.match === "prefix" ? "string, prefixes: " : ""}${link(view.heading, `#${anchorOf(view.heading)}`)}`
        : "string";
  }
}
