import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { RawDictionary, RawField } from "../rules/raw-spec.js";
import { resolveField } from "../rules/resolve-field.js";
import type { Located } from "./located.js";
import type { OperationMessages } from "./passed-parts.js";
import { isLeftOut, type Unchecked } from "./unchecked.js";

const CODES = ["accepted", "formatError", "signatureError"] as const;

/**
 * The error field holds a request field's name, which the mock puts there: text that no value list limits, or
 * the mock would answer with what the response validator refuses.
 */
function checkErrorField(op: Located<OperationMessages>, dictionary: ReadonlyMap<string, RawField>): Diagnostic[] {
  const name = op.raw.status?.errorField;
  const written = name === undefined ? undefined : op.raw.response.fields[name];
  const resolved = name === undefined || written === undefined ? undefined : resolveField(name, written, dictionary);
  if (name === undefined || resolved === undefined) return [];
  const type = resolved.type ?? "string";
  if (type === "string" && resolved.valueList === undefined) return [];
  const is = resolved.valueList === undefined ? `of type ${type}` : `limited to value list "${resolved.valueList}"`;
  return [diagnostic("status-error-field-not-text", op.map.value(["status", "errorField"]), { field: name, is })];
}

/**
 * An operation's status block names response fields, and its codes are values
 * the status field takes (its list's, or the operation's own): a mock
 * answering with another code would send what the response validator refuses.
 */
export function checkStatus(
  op: Located<OperationMessages>,
  dictionary: ReadonlyMap<string, RawField>,
  dictionaries: readonly Located<RawDictionary>[],
  unchecked?: Unchecked,
  /** The platform's errorField: the response field in which Sips names the request field in error. */
  errorField?: string,
): Diagnostic[] {
  const status = op.raw.status;
  if (!status) return [];
  const out: Diagnostic[] = [];
  const fields = op.raw.response.fields;
  for (const key of ["field", "messageField", "errorField"] as const) {
    const name = status[key];
    if (
      name !== undefined &&
      !Object.hasOwn(fields, name) &&
      !isLeftOut(unchecked, op.file.displayPath, "response", name)
    ) {
      out.push(diagnostic("unknown-status-field", op.map.value(["status", key]), { field: name }));
    }
  }
  out.push(...checkErrorField(op, dictionary));
  // A response that names the field in error, and a status that does not say where: the mock's format error names none.
  if (status.errorField === undefined && errorField !== undefined && Object.hasOwn(fields, errorField))
    out.push(diagnostic("status-error-field-unset", op.map.key(["status"]), { field: errorField }));
  const written = fields[status.field];
  const resolved = written && resolveField(status.field, written, dictionary);
  const listName = resolved?.valueList;
  if (listName === undefined) return out;
  const list = dictionaries.map((d) => d.raw.valueLists?.[listName]).find((l) => l !== undefined);
  if (!list) return out;
  // The codes the operation's own field takes: the mock answers with them, the response validator checks them.
  // Values that are not in the list are reported as such: until they are fixed, the list's codes all stand.
  const taken = resolved?.values?.every((v) => Object.hasOwn(list.values, v)) ? resolved.values : undefined;
  const of = taken
    ? `the values ${op.raw.operation}'s ${status.field} takes (${taken.join(", ")})`
    : `value list "${listName}"`;
  for (const key of CODES) {
    const code = status[key];
    if (code !== "undocumented" && (!Object.hasOwn(list.values, code) || (taken && !taken.includes(code)))) {
      out.push(diagnostic("unknown-status-code", op.map.value(["status", key]), { code, of }));
    }
  }
  return out;
}
