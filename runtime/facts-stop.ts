// Messages whose saved facts stop before their documentation page does: Sips
// documents fields the spec does not hold, so a field the spec does not know
// may be a real one. Their validation reports such a field as a warning that
// names the gap, instead of refusing the message; `strict` refuses it still.

import { meantText, optionsFailure } from "./issues.js";
import { IssueMeant } from "./site-free.js";
import { issue } from "./validation.js";
import type { ValidateOptions, ValidationIssue, ValidationResult } from "./validation-types.js";

/** Where a message's saved facts stop, and where the rest is documented. */
export interface FactsStopDescriptor {
  /** Whose facts: "paymentWebInit's request", "paymentWebInit's callback (paypageResponse)". */
  readonly of: string;
  /** The last field of the page the facts reach; null when the spec does not say. */
  readonly after: string | null;
  /** Where Sips documents the rest (the page's address). */
  readonly see: string;
  /**
   * What secret of the buyer a field beyond the facts carries ("the buyer's IBAN"), where one does: the spec cannot
   * name that field, so any field beyond the facts may be it, and a log of what is sent should hold the known fields
   * alone. The message's issues carry no value.
   */
  readonly sensitive?: string;
}

/** The warning that replaces an unknown-field issue of a message whose facts stop: the same path, no value. */
export function beyondFacts(unknown: ValidationIssue, stop: FactsStopDescriptor): ValidationIssue {
  const where = stop.after === null ? "" : ` (the last field they hold is ${stop.after})`;
  const message = `is not in the spec's saved facts of ${stop.of}, which stop before the page does${where}; see ${stop.see}`;
  const { meant } = unknown;
  return meant === undefined
    ? issue(unknown.path, "unknown-field", message)
    : new IssueMeant(unknown.path, "unknown-field", meantText(message, meant), meant);
}

/** A top-level field of the message: "/name", one segment. */
const topLevel = (path: string): boolean => path.length > 1 && path.indexOf("/", 1) < 0;

/** Whether a validation refused the message as a whole, as validators do before they read any option. */
const refusedWhole = (errors: readonly ValidationIssue[]): boolean =>
  errors.length === 1 &&
  errors[0]?.path === "" &&
  (errors[0].code === "not-an-object" || errors[0].code === "unreadable");

/**
 * `validate`, with each unknown field at the top of the message a warning
 * naming the gap (unless `options.strict`). Other errors stay errors; the
 * message is valid when they were the only ones. `readsStrict`: `validate`
 * reads `options.strict` itself (a response's or a callback's, lenient unless
 * strict), so an unknown field it calls an error was refused as strict, and
 * the options are not read a second time here.
 */
export function factsStopValidate<T>(
  validate: (value: unknown, options?: ValidateOptions) => ValidationResult<T>,
  stop: FactsStopDescriptor,
  readsStrict = false,
): (value: unknown, options?: ValidateOptions) => ValidationResult<T> {
  return (value, options) => {
    const result = validate(value, options);
    // A valid message without warnings, the usual case, is returned as it is: nothing to move, nothing allocated.
    if (result.ok && result.warnings.length === 0) return result;
    const warnings = result.warnings.map((w) =>
      w.code === "unknown-field" && topLevel(w.path) ? beyondFacts(w, stop) : w,
    );
    if (result.ok) return { ok: true, value: result.value, warnings };
    // A message refused whole (not an object, unreadable, or its options unreadable) has no field to move.
    if (refusedWhole(result.errors)) return result;
    // Read here, where the validator does not read it: a getter or proxy that throws now gives a result too.
    let strict = readsStrict;
    if (!readsStrict) {
      try {
        strict = options?.strict === true;
      } catch {
        return optionsFailure();
      }
    }
    const moved: ValidationIssue[] = [];
    const kept: ValidationIssue[] = [];
    for (const e of result.errors) (!strict && e.code === "unknown-field" && topLevel(e.path) ? moved : kept).push(e);
    const all = [...warnings, ...moved.map((e) => beyondFacts(e, stop))];
    // Validators return the value as given: with no other error, it is the message.
    if (kept.length === 0) return { ok: true, value: value as T, warnings: all };
    return { ok: false, errors: kept, warnings: all };
  };
}
