import { compareText } from "../diagnostics/diagnostic.js";
import type { MessageKind, RawField, RawMessage, RawOperation } from "../load/raw-spec.js";
import { buildChangelog } from "./changelog.js";
import type { FieldModel, FieldTypeModel, MessageModel, OperationModel, PlatformModel, ValueListModel } from "./ir.js";
import { camelCase, constantCase, pascalCase } from "./names.js";
import { sealOrder } from "./seal-order.js";
import { parseVersion } from "./versions.js";

export function normalizeOperation(
  raw: RawOperation,
  sourceFile: string,
  platform: PlatformModel,
  lists: ReadonlyMap<string, ValueListModel>,
): OperationModel {
  const context = { operation: raw, platform, lists };
  const request = normalizeMessage("request", raw.request, context);
  const response = normalizeMessage("response", raw.response, context);
  const { prefix, recommended } = raw.interfaceVersion;
  return {
    name: raw.operation,
    typeName: pascalCase(raw.operation),
    constName: constantCase(raw.operation),
    summary: raw.summary,
    family: raw.family ?? null,
    method: raw.method,
    endpoints: { prod: raw.endpoints.prod, test: raw.endpoints.test },
    interfaceVersion: { prefix, recommended, recommendedVersion: parseVersion(recommended.slice(prefix.length)) },
    source: {
      page: raw.source?.page ?? null,
      readFirst: (raw.source?.readFirst ?? []).map((d) => ({ title: d.title, label: d.label ?? null, description: d.description ?? null })),
      notes: raw.source?.notes ?? [],
    },
    notes: raw.notes ?? [],
    sourceFile,
    request,
    response,
    changelog: buildChangelog(request, response),
  };
}

interface Context {
  readonly operation: RawOperation;
  readonly platform: PlatformModel;
  readonly lists: ReadonlyMap<string, ValueListModel>;
}

const PRESENCE_ORDER = { required: 0, conditional: 1, optional: 2 } as const;

function normalizeMessage(kind: MessageKind, raw: RawMessage, context: Context): MessageModel {
  const fields = Object.entries(raw.fields)
    .map(([name, field]) => normalizeField(name, field, context))
    .sort((a, b) => PRESENCE_ORDER[a.presence] - PRESENCE_ORDER[b.presence] || compareText(a.name, b.name));
  const exclude = context.platform.seal[kind].exclude;
  const base = `${pascalCase(context.operation.operation)}${pascalCase(kind)}`;
  return {
    kind,
    operationName: context.operation.operation,
    typeName: base,
    validateName: `validate${base}`,
    guardName: `is${base}`,
    sealFieldsName: `${constantCase(base)}_SEAL_FIELDS`,
    sealingStringName: `${camelCase(base)}SealingString`,
    fields,
    sealFields: sealOrder(fields.map((f) => f.name), exclude),
    sealExclude: exclude,
    unknownFields: kind === "request" ? "error" : "warning",
    notes: raw.notes ?? [],
  };
}

function normalizeField(name: string, raw: RawField, context: Context): FieldModel {
  return {
    name,
    presence: raw.presence,
    required: raw.presence === "required",
    condition: raw.condition ?? null,
    since: parseVersion(raw.since),
    type: fieldType(raw, context),
    valueList: raw.valueList === undefined ? null : (context.lists.get(raw.valueList) ?? null),
    description: raw.description,
    notes: raw.notes ?? [],
  };
}

function fieldType(raw: RawField, context: Context): FieldTypeModel {
  switch (raw.type ?? "string") {
    case "integer":
      return { kind: "integer" };
    case "interfaceVersion":
      return { kind: "interfaceVersion", prefix: context.operation.interfaceVersion.prefix };
    default:
      return { kind: "string" };
  }
}
