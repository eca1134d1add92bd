// What the runtime's issue texts are held to (test/generated/issue-texts-*.test.ts):
// the messages the runtime wrote before, in full, at run time (written out here
// as they were), the values the properties draw, and how many draws: on the
// fixed seed by default, twice the draws at which a property's counters hold,
// and with SIPS_DEEP=1 as many as before (test/support/property-runs.ts).
import fc from "fast-check";

/** Draws per property (100 hold the counters of most). */
export const RUNS = [200, 3000] as const;
/** The kinds of value anyValue draws. */
export const DRAWN_KINDS = ["array", "boolean", "long string", "null", "number", "object", "string", "undefined"];
/** Any UTF-16 text, lone surrogates and control characters included, text near each class, digits alone and letters alone. */
export const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(...'09azAZ@[`{ ~\u007f\u00e9\u0000\u001f/"\\'), maxLength: 30 }),
  fc.string({ unit: fc.constantFrom("0", "9"), maxLength: 30 }),
  fc.string({ unit: fc.constantFrom("a", "Z"), maxLength: 30 }),
);
/** Longer text than fast-check's default size draws: longer than describe shows. */
export const longText = fc.string({ unit: "binary", maxLength: 80, size: "max" });
/** Any value: text, longer text, anything else. */
export const anyValue = fc.oneof(text, longText, fc.anything());

// What the runtime wrote before.
const MAX_SHOWN = 40;
/** What the counters tell apart: the kinds describe names, and a string cut from one shown whole. */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "string" && value.length > MAX_SHOWN) return "long string";
  return typeof value;
}
/** The first `n` units of a text, less a first half of a surrogate pair left last: a cut never splits a character. */
export const cutWhole = (text: string, n: number): string =>
  /[\uD800-\uDBFF]$/.test(text.slice(0, n)) ? text.slice(0, n - 1) : text.slice(0, n);
/** The former describe. */
export function formerDescribe(value: unknown): string {
  try {
    if (value === null) return "null";
    if (Array.isArray(value)) return "an array";
    switch (typeof value) {
      case "string":
        return value.length > MAX_SHOWN
          ? `${JSON.stringify(cutWhole(value, MAX_SHOWN))}… (${[...value].length} characters)`
          : JSON.stringify(value);
      case "number":
      case "boolean":
      case "bigint":
        return `${typeof value} ${String(value)}`;
      case "object":
        return "an object";
      default:
        return typeof value;
    }
  } catch {
    return "an unreadable value";
  }
}
