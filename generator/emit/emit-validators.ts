import type {
  FieldModel,
  FieldTypeModel,
  FormatModel,
  ItemTypeModel,
  MessageModel,
  OperationModel,
  SpecModel,
  ValueListModel,
  VersionModel,
} from "../model/ir.js";
import { containerSources, operationSources, type Emitter } from "./generated-file.js";
import { type Code, concat, lines, raw, ts, type Interpolation } from "./ts/code.js";
import { accessor, ident, jsdoc, lit } from "./ts/escape.js";
import { call, condition, parenList, statements } from "./ts/layouts.js";
import {
  CONTAINER_MODULES,
  containerSymbols,
  messageSymbols,
  operationModule,
  valueListSymbols,
} from "./ts/model-symbols.js";
import { runtime, type Sym } from "./ts/symbols.js";
import { TsFile } from "./ts/ts-file.js";

const v = runtime.validation;
const f = runtime.formats;

/** operations/<name>/validators.ts (validators and type guards) and containers/validators.ts. */
export const validatorsEmitter: Emitter = {
  name: "validators",
  operation: ({ operation }) => {
    const file = new TsFile(operationModule(operation, "validators"), operationSources(operation));
    for (const message of [operation.request, operation.response])
      file.add(validateFunction(operation, message), guardFunction(operation, message));
    return [file.toGeneratedFile()];
  },
  shared: emitContainerChecks,
};

function emitContainerChecks(model: SpecModel) {
  if (model.containers.length === 0) return [];
  const file = new TsFile(
    CONTAINER_MODULES.validators,
    containerSources(model),
    "Checks of the container types, called by the validators of every operation that has them. Not part of the public API: use the operations' validators.",
  );
  for (const c of model.containers) {
    const where: Where = { source: "value", base: ts`${v.at}(path, index)` };
    file.add(ts`
      /** Checks the fields of a {@link ${ident(c.typeName)}} (a plain object already) at \`path\`, item \`index\` of a list or -1. */
      export function ${containerSymbols(c).check}${parenList([ts`value: Record<string, unknown>`, ts`path: string`, ts`index: number`, ts`issues: ${v.Issues}`])}: void {
        ${fieldChecks(c.fields, where)}
      }
    `);
  }
  return [file.toGeneratedFile()];
}

function validateFunction(op: OperationModel, message: MessageModel): Code {
  const sym = messageSymbols(op, message);
  const prefix = lit(op.interfaceVersion.prefix);
  const tolerant = message.unknownFields === "warning";
  const declared = message.versionField ? local(message.versionField) : raw("undefined");
  const issues = tolerant
    ? ts`${v.responseIssues}(${prefix}, options)`
    : ts`${v.requestIssues}(${declared}, ${prefix}, options)`;
  const doc = tolerant
    ? "Forward compatible: unknown fields, unknown values of a value list, format deviations and fields newer than `options.interfaceVersion` are warnings, unless `options.strict` is set."
    : "Unknown fields are errors, and so is a field that appeared after the interface version the request declares (or `options.interfaceVersion`).";
  const where: Where = { source: "input", base: null };
  return ts`
    ${jsdoc([`Checks that \`input\` is a valid {@link ${sym.type.name}}, collecting every problem. Never throws, whatever \`input\` is; the value is returned as is, not copied.`, "", doc])}
    export function ${sym.validate}${parenList([ts`input: unknown`, ts`options?: ${v.ValidateOptions}`])}: ${v.ValidationResult}<${sym.type}> {
      try {
        if (!${v.isPlainObject}(input)) return ${v.failure}(${v.notAnObject}("", input));
        ${reads(message.fields, where)}
        const issues = ${issues};
        ${fieldChecks(message.fields, where, false)}
        return issues.result(input);
      } catch {
        return ${v.failure}(${v.unreadable}());
      }
    }
  `;
}

function guardFunction(op: OperationModel, message: MessageModel): Code {
  const sym = messageSymbols(op, message);
  return ts`
    /** Whether \`input\` is a valid {@link ${ident(sym.type.name)}} (see {@link ${ident(sym.validate.name)}}). */
    export function ${sym.guard}${parenList([ts`input: unknown`, ts`options?: ${v.ValidateOptions}`])}: input is ${sym.type} {
      return ${sym.validate}(input, options).ok;
    }
  `;
}

/** Which object the fields are read from, and the expression of its JSON Pointer (null at the top of a message). */
interface Where {
  readonly source: "input" | "value";
  readonly base: Code | null;
}

const local = (name: string): Code => ident(`$${name}`);

/** A JSON Pointer below `where`: a string literal when it is known, a template literal when it depends on a path or an index. */
function pointerTo(where: Where, segments: readonly (string | Code)[]): Code {
  if (where.base === null && segments.every((s) => typeof s === "string"))
    return lit(segments.map((s) => `/${s}`).join(""));
  // Field names are identifiers (checked before emitting): nothing in them needs escaping in a template literal.
  const parts: Interpolation[] = segments.map((s) =>
    typeof s === "string" ? raw(`/${ident(s).part as string}`) : ts`/\${${s}}`,
  );
  return concat(raw("`"), ...(where.base ? [ts`\${${where.base}}`] : []), ...parts, raw("`"));
}

/** Each field's own value, read once: a polluted Object.prototype fills no field. */
function reads(fields: readonly FieldModel[], where: Where): Code {
  return statements(
    fields.map(
      (field) =>
        ts`const ${local(field.name)} = ${call(v.own, [ts`${raw(where.source)}${accessor(field.name)}`, ts`${v.INHERITED}${accessor(field.name)}`])};`,
    ),
  );
}

/** The checks of every field, their versions, then the keys the object holds. Container checks read their fields first. */
function fieldChecks(fields: readonly FieldModel[], where: Where, withReads = true): Code {
  const blocks = fields.map((field) => fieldCheck(field, where));
  const reading = withReads && fields.length > 0 ? [reads(fields, where)] : [];
  return lines([...reading, ...blocks, ...versionChecks(fields, where), unknownKeys(fields, where)], true);
}

/** Interface versions start at 1.0: a field of 1.0 is in every version, and is not checked against one. */
const versioned = (field: FieldModel): field is FieldModel & { since: VersionModel } =>
  field.since !== null && field.since.major * 10000 + field.since.minor > 10000;

/**
 * Fields that appeared after the version checked against, in one block that
 * runs only when that version is older than the newest of them: a message of
 * a recent version pays one comparison.
 */
function versionChecks(fields: readonly FieldModel[], where: Where): Code[] {
  const checked = fields.filter(versioned);
  const newest = checked.reduce<VersionModel | null>(
    (a, f) => (a && a.major * 10000 + a.minor >= f.since.major * 10000 + f.since.minor ? a : f.since),
    null,
  );
  if (!newest) return [];
  const calls = checked.map(
    (f) => ts`issues.since(${pointerTo(where, [f.name])}, ${local(f.name)}, ${f.since.major}, ${f.since.minor});`,
  );
  return [
    ts`
      if (issues.isBefore(${newest.major}, ${newest.minor})) {
        ${statements(calls)}
      }
    `,
  ];
}

function fieldCheck(field: FieldModel, where: Where): Code {
  const $ = local(field.name);
  const ptr = pointerTo(where, [field.name]);
  const body = valueChecks(field.type, field.valueList, field.format, $, ptr, where, [field.name]);
  if (!field.required) {
    return ts`
      if (${$} !== undefined) {
        ${body}
      }
    `;
  }
  return ts`
    if (${$} === undefined) {
      ${report("error", v.missingField, [ptr])}
    } else {
      ${body}
    }
  `;
}

function unknownKeys(fields: readonly FieldModel[], where: Where): Code {
  const source = raw(where.source);
  const report = ts`if (${v.hasOwn}(${source}, key)) issues.lenient(${v.unknownField}(${v.pointer}(${where.base ?? lit("")}, key)));`;
  if (fields.length === 0)
    return ts`
    for (const key in ${source}) {
      ${report}
    }
  `;
  return ts`
    for (const key in ${source}) {
      switch (key) {
        ${statements(fields.map((field) => ts`case ${lit(field.name)}:`))}
          break;
        default:
          ${report}
      }
    }
  `;
}

/** `issues.error(missingField(ptr));`: an issue reported as an error, or as `lenient` (an error only when strict). */
const report = (how: "error" | "lenient", builder: Sym, args: readonly Code[]): Code =>
  ts`${call(raw(`issues.${how}`), [call(builder, args)])};`;

/** The type test of each kind of value, and what the issue says was expected. */
function typeTest(kind: FieldTypeModel["kind"], $: Code): { test: Code; expected: string } {
  switch (kind) {
    case "string":
    case "interfaceVersion":
      return { test: ts`typeof ${$} !== "string"`, expected: "a string" };
    case "integer":
      return {
        test: condition("||", [ts`typeof ${$} !== "number"`, ts`!Number.isInteger(${$})`]),
        expected: "an integer",
      };
    case "container":
      return { test: ts`!${v.isPlainObject}(${$})`, expected: "an object" };
    case "list":
      return { test: ts`!Array.isArray(${$})`, expected: "a list" };
  }
}

/** The checks of one value (a field's, or a list item's): an if/else-if chain, its type first. */
function valueChecks(
  type: FieldTypeModel | ItemTypeModel,
  valueList: ValueListModel | null,
  format: FormatModel | null,
  $: Code,
  ptr: Code,
  where: Where,
  segments: readonly (string | Code)[],
  itemOf: Code | null = null,
): Code {
  const { test, expected } = typeTest(type.kind, $);
  const branches: [Code, Code][] = [[test, report("error", v.wrongType, [ptr, lit(expected), $])]];
  if (type.kind === "interfaceVersion") {
    const prefix = lit(type.prefix);
    branches.push([
      ts`${v.declaredVersion}(${$}, ${prefix}) < 0`,
      report("error", v.badInterfaceVersion, [ptr, prefix, $]),
    ]);
  }
  if (type.kind === "string" && valueList?.match === "exact") {
    branches.push([
      ts`!${valueListSymbols(valueList).guard}(${$})`,
      report("lenient", v.unknownValue, [ptr, $, lit(valueList.typeName)]),
    ]);
  }
  if (format) branches.push(formatBranch(type, format, $, ptr));
  let otherwise: Code | null = null;
  if (type.kind === "container") {
    // A container is checked where it is: a field (its own pointer) or an item of a list (the list's pointer and index).
    otherwise = ts`${call(containerSymbols(type.container).check, [$, itemOf ?? ptr, raw(itemOf ? "i" : "-1"), raw("issues")])};`;
  }
  if (type.kind === "list") {
    const item = ident(`${$.part as string}Item`);
    const items = type.items;
    const itemSegments = [...segments, raw("i")];
    otherwise = ts`
      for (let i = 0; i < ${$}.length; i++) {
        const ${item}: unknown = ${$}[i];
        ${valueChecks(items.type, items.valueList, items.format, item, pointerTo(where, itemSegments), where, itemSegments, ptr)}
      }
    `;
  }
  return ifChain(branches, otherwise);
}

/**
 * A format on the fast path: one regular expression and one length compare
 * (UTF-16 length bounds the number of characters from above); the helper that
 * writes the exact issue runs only when they fail.
 */
function formatBranch(type: FieldTypeModel | ItemTypeModel, format: FormatModel, $: Code, ptr: Code): [Code, Code] {
  if (type.kind === "integer") {
    return [
      condition("||", [ts`${$} < 0`, ts`${$} >= ${raw(`1e${format.maxLength}`)}`]),
      report("lenient", f.integerFormatIssue, [ptr, $, raw(String(format.maxLength))]),
    ];
  }
  const pattern = f[`FORMAT_${format.charClass}`];
  return [
    condition("||", [ts`!${pattern}.test(${$})`, ts`${$}.length > ${format.maxLength}`]),
    report("lenient", f.textFormatIssue, [ptr, $, lit(format.charClass), raw(String(format.maxLength))]),
  ];
}

function ifChain(branches: readonly [Code, Code][], otherwise: Code | null): Code {
  const parts = branches.map(
    ([test, then], i) => ts`
    ${raw(i === 0 ? "if" : "} else if")} (${test}) {
      ${then}
  `,
  );
  const tail = otherwise
    ? ts`
      } else {
        ${otherwise}
      }
    `
    : raw("}");
  return statements([...parts, tail]);
}
