// The test Paypage response's checks of what its fields hold beyond a plain
// value, as generated code writes them: a list's items (text or integer, its
// format and limits given as constants) and the instalmentData container.
import {
  conformsA,
  conformsAN,
  conformsANS,
  conformsANSU,
  conformsN,
  formatCharsIssue,
  formatCharsText,
  formatLengthIssue,
  formatLengthText,
  integerFormatIssue,
  integerFormatTexts,
} from "../../generated/runtime/formats.js";
import { expectedInteger, expectedList, expectedString, missingField, unknownField } from "./issue-helpers.js";
import { addError, addLenient, type Found } from "../../generated/runtime/validation.js";
import { INHERITED, hasOwn, own } from "../../generated/runtime/message-reads.js";
import { pointer } from "../../generated/runtime/json-pointer.js";

type Fields = Record<string, unknown>;

const CONFORMS = { N: conformsN, A: conformsA, AN: conformsAN, ANS: conformsANS, ANSU: conformsANSU } as const;
type Class = keyof typeof CONFORMS;

// The checks of list items: as generated code, each gets its format and limits as constants.
export function text(
  value: unknown,
  path: string,
  cls: Class,
  max: number,
  required: boolean,
  strict: boolean,
  found: Found | undefined,
): Found | undefined {
  if (value === undefined) return required ? addError(found, missingField(path)) : found;
  if (typeof value !== "string") return addError(found, expectedString(path, value));
  if (!CONFORMS[cls](value)) return addLenient(found, strict, formatCharsIssue(path, value, formatCharsText(cls, max)));
  if (value.length > max)
    return addLenient(found, strict, formatLengthIssue(path, value, max, formatLengthText(cls, max)));
  return found;
}

/** `limit` is 10 to the power of `digits`. */
export function integer(
  value: unknown,
  path: string,
  digits: number,
  limit: number,
  required: boolean,
  strict: boolean,
  found: Found | undefined,
): Found | undefined {
  if (value === undefined) return required ? addError(found, missingField(path)) : found;
  if (typeof value !== "number" || !Number.isInteger(value)) return addError(found, expectedInteger(path, value));
  if (value < 0 || value >= limit) {
    const texts = integerFormatTexts(digits);
    return addLenient(found, strict, integerFormatIssue(path, value, texts.negative, texts.digits));
  }
  return found;
}

export function checkInstalmentData(
  input: Fields,
  path: string,
  strict: boolean,
  found: Found | undefined,
): Found | undefined {
  found = integer(own(input.number, INHERITED.number), `${path}/number`, 2, 1e2, false, strict, found);
  for (const [name, digits, asInteger] of [
    ["amountsList", 12, true],
    ["datesList", 8, false],
  ] as const) {
    const list = own(input[name], INHERITED[name]);
    if (list === undefined) continue;
    if (!Array.isArray(list)) found = addError(found, expectedList(`${path}/${name}`, list));
    else
      for (let i = 0; i < list.length; i++) {
        const at = pointer(`${path}/${name}`, i);
        const item: unknown = list[i];
        if (item === undefined)
          found = addError(found, asInteger ? expectedInteger(at, item) : expectedString(at, item));
        else if (asInteger) found = integer(item, at, digits, 10 ** digits, true, strict, found);
        else found = text(item, at, "N", digits, true, strict, found);
      }
  }
  for (const key in input) {
    switch (key) {
      case "number":
      case "amountsList":
      case "datesList":
        break;
      default:
        if (hasOwn(input, key)) found = addLenient(found, strict, unknownField(pointer(path, key)));
    }
  }
  return found;
}
