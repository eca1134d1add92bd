import type { ContainerModel, FieldModel, FieldTypeModel, FormatModel, ItemTypeModel, MessageModel, OperationModel, SpecModel, ValueListModel } from "../model/ir.js";
import { render } from "../render/handlebars-env.js";
import { containerSources, operationSources } from "./emit-types.js";
import { operationDir, type Emitter, type GeneratedFile } from "./generated-file.js";
import { FROM_CONTAINERS, FROM_OPERATION, Imports, valueListNames, type ModulePaths } from "./typescript.js";

/** operations/<name>/validators.ts (validators and type guards) and containers/validators.ts. */
export const validatorsEmitter: Emitter = {
  name: "validators",
  operation: (op) => [emitOperationValidators(op)],
  shared: emitContainerChecks,
};

/** Name of a container's check function. */
export const checkName = (container: ContainerModel): string => `check${container.typeName}`;

/** What the field checks of one file need: its imports and where they come from. */
interface CheckSite {
  readonly imports: Imports;
  readonly paths: ModulePaths;
  /** The container checks are in the file being written (containers/validators.ts). */
  readonly checksHere: boolean;
}

function emitOperationValidators(op: OperationModel): GeneratedFile {
  const site = { imports: new Imports(), paths: FROM_OPERATION, checksHere: false };
  const use = (name: string, typeOnly = false) => site.imports.add(FROM_OPERATION.validation, name, typeOnly);
  for (const name of ["ValidateOptions", "ValidationIssue", "ValidationResult"]) use(name, true);
  for (const name of ["checkContext", "isPlainObject", "notAnObject", "pointer", "result", "unknownField", "unreadable", "wrongType"]) use(name);
  const messages = [op.request, op.response].map((message) => {
    site.imports.add("./types.js", message.typeName, true);
    return {
      typeName: message.typeName,
      validateName: message.validateName,
      guardName: message.guardName,
      kind: message.kind,
      prefix: op.interfaceVersion.prefix,
      tolerant: message.unknownFields === "warning",
      versionSource: message.versionField ? `input.${message.versionField}` : "undefined",
      ...fieldChecksView(message.fields, "input", null, site, op),
    };
  });
  const hasInterfaceVersion = [op.request, op.response].some((m) => m.versionField !== null);
  const view = {
    sources: operationSources(op),
    imports: site.imports.toView(),
    interfaceVersionPattern: hasInterfaceVersion ? op.interfaceVersion.prefix : false,
    messages,
  };
  return { path: `${operationDir(op.name)}/validators.ts`, language: "typescript", content: render("validators.ts", view) };
}

function emitContainerChecks(model: SpecModel): GeneratedFile[] {
  if (model.containers.length === 0) return [];
  const site = { imports: new Imports(), paths: FROM_CONTAINERS, checksHere: true };
  site.imports.add(FROM_CONTAINERS.validation, "CheckContext", true);
  for (const name of ["pointer", "unknownField", "wrongType"]) site.imports.add(FROM_CONTAINERS.validation, name, false);
  const containers = model.containers.map((c) => ({ typeName: c.typeName, checkName: checkName(c), ...fieldChecksView(c.fields, "value", "path", site, null) }));
  const view = { sources: containerSources(model), imports: site.imports.toView(), containers };
  return [{ path: "containers/validators.ts", language: "typescript", content: render("container-validators.ts", view) }];
}

/**
 * The checks of a message's or a container's fields. `pathVar` is the variable
 * holding the container's JSON Pointer (null at the top of a message).
 */
function fieldChecksView(fields: readonly FieldModel[], source: string, pathVar: string | null, site: CheckSite, op: OperationModel | null) {
  return {
    source,
    pathExpr: pathVar ?? '""',
    fields: fields.map((field) => {
      const body = `${pathVar ? `\${${pathVar}}` : ""}/${field.name}`;
      const since = field.since ? { number: field.since.major * 10000 + field.since.minor, text: field.since.text } : false;
      if (since) site.imports.add(site.paths.validation, "tooNew", false);
      if (field.required) site.imports.add(site.paths.validation, "missingField", false);
      return {
        name: field.name,
        required: field.required,
        since,
        ...valueView(field.type, field.valueList, field.format, `$${field.name}`, body, site, op),
      };
    }),
  };
}

const containerCheck = (container: ContainerModel, site: CheckSite): string =>
  site.checksHere ? checkName(container) : site.imports.add(site.paths.containerValidators, checkName(container), false);

/** Type names and expectations of each kind of value, as the type test and its message. */
const TYPE_TESTS: Record<FieldTypeModel["kind"], { test: (v: string) => string; expected: string }> = {
  string: { test: (v) => `typeof ${v} !== "string"`, expected: "a string" },
  interfaceVersion: { test: (v) => `typeof ${v} !== "string"`, expected: "a string" },
  integer: { test: (v) => `typeof ${v} !== "number" || !Number.isInteger(${v})`, expected: "an integer" },
  container: { test: (v) => `!isPlainObject(${v})`, expected: "an object" },
  list: { test: (v) => `!Array.isArray(${v})`, expected: "a list" },
};

/** The checks of one value (a field's, or a list item's), as the value-checks partial renders them. */
function valueView(
  type: FieldTypeModel | ItemTypeModel,
  valueList: ValueListModel | null,
  format: FormatModel | null,
  local: string,
  pointerBody: string,
  site: CheckSite,
  op: OperationModel | null,
): Record<string, unknown> {
  const { imports, paths } = site;
  const ptr = pointerBody.includes("${") ? `\`${pointerBody}\`` : JSON.stringify(pointerBody);
  const exactList = type.kind === "string" && valueList?.match === "exact" ? valueList : null;
  if (type.kind === "container") imports.add(paths.validation, "isPlainObject", false);
  if (exactList) imports.add(paths.validation, "unknownValue", false);
  if (type.kind === "interfaceVersion") for (const name of ["describe", "issue"]) imports.add(paths.validation, name, false);
  const formatCall = !format
    ? false
    : type.kind === "integer"
      ? { call: `${imports.add(paths.validation, "integerFormatIssue", false)}(${ptr}, ${local}, ${format.maxLength})` }
      : { call: `${imports.add(paths.validation, "textFormatIssue", false)}(${ptr}, ${local}, ${JSON.stringify(format.charClass)}, ${format.maxLength})` };
  const recommended = op?.interfaceVersion.recommended;
  return {
    local,
    ptr,
    typeTest: TYPE_TESTS[type.kind].test(local),
    expected: TYPE_TESTS[type.kind].expected,
    interfaceVersion:
      type.kind === "interfaceVersion"
        ? { pattern: "INTERFACE_VERSION", prefix: type.prefix, example: recommended ? ` (e.g. ${recommended})` : "" }
        : false,
    valueList: exactList ? { guardName: imports.add(paths.valueLists, valueListNames(exactList).guardName, false), typeName: exactList.typeName } : false,
    format: formatCall,
    container: type.kind === "container" ? { checkName: containerCheck(type.container, site) } : false,
    list:
      type.kind === "list"
        ? valueView(type.items.type, type.items.valueList, type.items.format, `${local}Item`, `${pointerBody}/\${i}`, site, op)
        : false,
  };
}
