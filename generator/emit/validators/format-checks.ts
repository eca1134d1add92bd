// The checks of a value's format, after its type and value list in its
// chain (value-checks.ts): an integer's range, a text's characters and its
// UTF-16 length; none where an exact list already admits only values within it.

import { FORMAT_PATTERNS, formatCharsText, formatLengthText, integerFormatTexts } from "../../../runtime/formats.js";
import type { FieldTypeModel, FormatModel, ItemTypeModel } from "../../model/field-model.js";
import type { ValueListModel } from "../../model/value-list-model.js";
import { type Code, ts } from "../ts/code.js";
import { lit } from "../ts/escape.js";
import { call, condition } from "../ts/layouts.js";
import { runtime } from "../ts/symbols.js";
import { report, type Where } from "./where.js";

const f = runtime.formats;

/**
 * Whether every value of an exact list is within the format (its characters,
 * its UTF-16 length): a value the list's guard admits then is too, and the
 * format's checks, which come after the guard in the chain, could never report.
 */
export function listWithinFormat(valueList: ValueListModel, format: FormatModel): boolean {
  const pattern = FORMAT_PATTERNS[format.charClass];
  return valueList.values.every(({ value }) => value.length <= format.maxLength && pattern.test(value));
}

/**
 * A format: an integer's range; a text's characters (a loop for the ASCII
 * classes), then its UTF-16 length, which bounds its number of characters
 * from above: the helper that counts them runs only when that is over.
 */
export function formatBranches(
  type: FieldTypeModel | ItemTypeModel,
  format: FormatModel,
  $: Code,
  ptr: Code,
  where: Where,
): [Code, Code][] {
  const max = ts`${format.maxLength}`;
  if (type.kind === "integer") {
    const texts = integerFormatTexts(format.maxLength);
    return [
      [
        condition("||", [ts`${$} < 0`, ts`${$} >= 1e${format.maxLength}`]),
        report(where, "lenient", call(f.integerFormatIssue, [ptr, $, lit(texts.negative), lit(texts.digits)])),
      ],
    ];
  }
  const { charClass, maxLength } = format;
  const chars = call(f.formatCharsIssue, [ptr, $, lit(formatCharsText(charClass, maxLength))]);
  const length = call(f.formatLengthIssue, [ptr, $, max, lit(formatLengthText(charClass, maxLength))]);
  return [
    [ts`!${f[`conforms${charClass}`]}(${$})`, report(where, "lenient", chars)],
    [ts`${$}.length > ${max}`, report(where, "lenient", length, true)],
  ];
}
