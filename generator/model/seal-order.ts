import { compareText } from "../rules/code-point-order.js";

/**
 * The seal rule's field order: every field not excluded, by name in plain
 * code-point order (upper case before lower case), which is what Sips
 * implementations do by sorting field names as strings.
 */
export function sealOrder(fieldNames: readonly string[], exclude: readonly string[]): string[] {
  return fieldNames.filter((name) => !exclude.includes(name)).sort(compareText);
}
