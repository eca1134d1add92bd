import { containerOf } from "../model/field-shape.js";
import type { ContainerModel, FieldModel, FieldTypeModel, FormatModel, ItemTypeModel, OperationModel, SpecModel, ValueListModel } from "../model/ir.js";
import { render } from "../render/handlebars-env.js";
import { containerSources, operationDir, operationSources, type Emitter, type GeneratedFile } from "./generated-file.js";
import { containerExport, containersSite, operationSite, valueListNames, type ModuleSite } from "./typescript.js";

/** operations/<name>/validators.ts (validators and type guards) and containers/validators.ts. */
export const validatorsEmitter: Emitter = {
  name: "validators",
  operation: (op) => [emitOperationValidators(op)],
  shared: emitContainerChecks,
};

/** Name of a container's check function. */
export const checkName = (container: ContainerModel): string => `check${container.typeName}`;

function emitOperationValidators(op: OperationModel): GeneratedFile {
  const site = operationSite();
  const use = (names: string[], typeOnly = false) => names.forEach((name) => site.imports.add(site.paths.validation, name, typeOnly));
  use(["ValidateOptions", "ValidationIssue", "ValidationResult"], true);
  use(["failure", "isPlainObject", "notAnObject", "pointer", "result", "unknownField", "unreadable", "wrongType", "pinnedVersion", "badPinnedVersion"]);
  const messages = [op.request, op.response].map((message) => {
    site.imports.add("./types.js", message.typeName, true);
    const tolerant = message.unknownFields === "warning";
    const usesVersion = usesVersions(message.fields);
    const hasContainers = message.fields.some((f) => containerOf(f) !== null);
    if (usesVersion && message.versionField) use(["declaredVersion"]);
    if (hasContainers) use(["CheckContext"], true);
    if (hasContainers) use(["merge"]);
    return {
      typeName: message.typeName,
      validateName: message.validateName,
      guardName: message.guardName,
      prefix: op.interfaceVersion.prefix,
      tolerant,
      usesVersion,
      hasContainers,
      declared: message.versionField ? `input.${message.versionField}` : "undefined",
      declaredVersion: message.versionField ? `declaredVersion(declared, ${JSON.stringify(op.interfaceVersion.prefix)})` : "-1",
      ...fieldChecksView(message.fields, "input", null, site, tolerant ? LENIENT : ERRORS),
    };
  });
  const view = { sources: operationSources(op), imports: site.imports.toView(), messages };
  return { path: `${operationDir(op.name)}/validators.ts`, language: "typescript", content: render("validators.ts", view) };
}

function emitContainerChecks(model: SpecModel): GeneratedFile[] {
  if (model.containers.length === 0) return [];
  const site = containersSite("containerValidators");
  for (const name of ["CheckContext", "Found", "ValidationIssue"]) site.imports.add(site.paths.validation, name, true);
  for (const name of ["at", "pointer", "unknownField", "wrongType"]) site.imports.add(site.paths.validation, name, false);
  const containers = model.containers.map((c) => ({
    typeName: c.typeName,
    checkName: checkName(c),
    usesVersion: usesVersions(c.fields),
    ...fieldChecksView(c.fields, "value", "at(path, index)", site, LENIENT),
  }));
  if (model.containers.some((c) => c.fields.some((f) => containerOf(f) !== null))) site.imports.add(site.paths.validation, "merge", false);
  const view = { sources: containerSources(model), imports: site.imports.toView(), containers };
  return [{ path: "containers/validators.ts", language: "typescript", content: render("container-validators.ts", view) }];
}

/** Whether any field, at any depth, has a documented version (and so needs the version checked against). */
function usesVersions(fields: readonly FieldModel[]): boolean {
  return fields.some((f) => f.since !== null || usesVersions(containerOf(f)?.fields ?? []));
}

/**
 * The checks of a message's or a container's fields. `pathExpr` is the
 * expression of the container's JSON Pointer (null at the top of a message);
 * it is evaluated only to report an issue.
 */
function fieldChecksView(fields: readonly FieldModel[], source: string, pathExpr: string | null, site: ModuleSite, lenient: string) {
  return {
    source,
    pathExpr: pathExpr ?? '""',
    errors: ERRORS,
    lenient,
    fields: fields.map((field) => {
      const body = `${pathExpr ? `\${${pathExpr}}` : ""}/${field.name}`;
      const since = field.since ? { number: field.since.major * 10000 + field.since.minor, text: field.since.text } : false;
      if (since) site.imports.add(site.paths.validation, "tooNew", false);
      if (field.required) site.imports.add(site.paths.validation, "missingField", false);
      return {
        name: field.name,
        required: field.required,
        since,
        ...valueView(field.type, field.valueList, field.format, `$${field.name}`, body, site, lenient),
      };
    }),
  };
}

/** Where errors go, and forward-compatible problems: errors in requests, errors or warnings elsewhere. */
const ERRORS = "(errors ??= [])";
const LENIENT = "(lenientIsError ? (errors ??= []) : (warnings ??= []))";

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
  site: ModuleSite,
  lenient: string,
  itemOf: string | null = null,
): Record<string, unknown> {
  const { imports, paths } = site;
  const ptr = pointerBody.includes("${") ? `\`${pointerBody}\`` : JSON.stringify(pointerBody);
  const exactList = type.kind === "string" && valueList?.match === "exact" ? valueList : null;
  if (type.kind === "container") imports.add(paths.validation, "isPlainObject", false);
  if (exactList) imports.add(paths.validation, "unknownValue", false);
  if (type.kind === "interfaceVersion") for (const name of ["badInterfaceVersion", "declaredVersion"]) imports.add(paths.validation, name, false);
  return {
    local,
    ptr,
    errors: ERRORS,
    lenient,
    typeTest: TYPE_TESTS[type.kind].test(local),
    expected: TYPE_TESTS[type.kind].expected,
    interfaceVersion:
      type.kind === "interfaceVersion" ? { prefix: type.prefix, invalid: `declaredVersion(${local}, ${JSON.stringify(type.prefix)}) < 0` } : false,
    valueList: exactList ? { guardName: imports.add(paths.valueLists, valueListNames(exactList).guardName, false), typeName: exactList.typeName } : false,
    format: format ? formatView(type, format, local, ptr, site) : false,
    // A container is checked where it is: a field (its own pointer) or an item of a list (the list's pointer and index).
    container: type.kind === "container" ? { checkName: containerCheck(type.container, site), path: itemOf ?? ptr, index: itemOf ? "i" : "-1" } : false,
    list:
      type.kind === "list"
        ? valueView(type.items.type, type.items.valueList, type.items.format, `${local}Item`, `${pointerBody}/\${i}`, site, lenient, ptr)
        : false,
  };
}

/**
 * A format on the fast path: one regular expression and one length compare
 * (UTF-16 length bounds the number of characters from above); the helper that
 * writes the exact issue runs only when they fail.
 */
function formatView(type: FieldTypeModel | ItemTypeModel, format: FormatModel, local: string, ptr: string, site: ModuleSite) {
  const formats = site.paths.formats;
  if (type.kind === "integer") {
    return { fast: `${local} < 0 || ${local} >= ${10 ** format.maxLength}`, call: `${site.imports.add(formats, "integerFormatIssue", false)}(${ptr}, ${local}, ${format.maxLength})` };
  }
  const pattern = site.imports.add(formats, `FORMAT_${format.charClass}`, false);
  return {
    fast: `!${pattern}.test(${local}) || ${local}.length > ${format.maxLength}`,
    call: `${site.imports.add(formats, "textFormatIssue", false)}(${ptr}, ${local}, ${JSON.stringify(format.charClass)}, ${format.maxLength})`,
  };
}

const containerCheck = (container: ContainerModel, site: ModuleSite): string => containerExport(site, "containerValidators", checkName(container), false);
