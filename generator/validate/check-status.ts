import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { RawDictionary, RawField, RawOperation } from "../rules/raw-spec.js";
import { resolveField } from "../rules/resolve-field.js";
import type { Located } from "./located.js";

const CODES = ["accepted", "formatError", "signatureError"] as const;

/**
 * An operation's status block names response fields, and its codes are values
 * of the status field's value list: a mock answering with another code would
 * send what the response validator refuses.
 */
export function checkStatus(
  op: Located<RawOperation>,
  dictionary: ReadonlyMap<string, RawField>,
  dictionaries: readonly Located<RawDictionary>[],
): Diagnostic[] {
  const status = op.raw.status;
  if (!status) return [];
  const out: Diagnostic[] = [];
  const fields = op.raw.response.fields;
  for (const key of ["field", "messageField"] as const) {
    const name = status[key];
    if (name !== undefined && !Object.hasOwn(fields, name)) {
      out.push(diagnostic("unknown-status-field", op.map.value(["status", key]), { field: name }));
    }
  }
  const written = fields[status.field];
  const listName = written && resolveField(status.field, written, dictionary)?.valueList;
  if (listName === undefined) return out;
  const list = dictionaries.map((d) => d.raw.valueLists?.[listName]).find((l) => l !== undefined);
  if (!list) return out;
  for (const key of CODES) {
    const code = status[key];
    if (code !== "undocumented" && !Object.hasOwn(list.values, code)) {
      out.push(diagnostic("unknown-status-code", op.map.value(["status", key]), { code, list: listName }));
    }
  }
  return out;
}
