// Fields beyond a message's saved facts, in the types a program writes and
// reads (see facts-stop.ts: Sips documents fields the spec does not hold).
// Read, such a message is open: its known fields keep their exact types and
// any other is `unknown`, to be narrowed before use. Written, they are given
// apart, under `beyondFacts`, so that a misspelt known field still does not
// compile; the client puts them into the message before it validates and
// seals it, where they are fields like any other.

import { pointer } from "./json-pointer.js";
import { meantText, TYPE_TEXTS } from "./issues.js";
import type { KEY_VERSION_FIELD, MERCHANT_ID_FIELD, SEAL_ALGORITHM_FIELD, SEAL_FIELD } from "./platform.js";
import { issue } from "./validation.js";
import type { ValidationIssue } from "./validation-types.js";
import { hasOwn, isPlainObject } from "./message-reads.js";
import { type NearNames, slipsOf } from "./field-slips.js";
import { IssueMeant } from "./site-free.js";
import { nearNames } from "./closest-names.js";
import type { FieldDescriptor } from "./field-descriptor.js";

/** The property of a call's fields that holds its fields beyond the facts. */
export const BEYOND_FACTS_FIELD = "beyondFacts";

/**
 * Fields beyond the facts of a message whose known fields are `Known`'s: any other name, any value. Not a known
 * field, whose value then must be a {@link GivenAmongTheFields} ({@link FilledFromTheConfiguration} for one the
 * caller never gives), nor the seal's algorithm ({@link SealedWithTheDefault}: a request without the field names
 * none and is sealed with the platform's default, which a field named so would contradict); nor a
 * name one slip of the keyboard away from a known one (`transactionRefrence`), whose value must be a
 * {@link DidYouMean}: the compiler's error names the field meant, as it does for a misspelt field among the fields.
 * No field name of the spec or of its pages is such a slip of another.
 */
export type FieldsBeyondFacts<Known> = { readonly [field: string]: unknown } & {
  readonly [
    // sealAlgorithm among them where the request holds it: the client refuses its slips as any other's.
    K in keyof Known & string as Exclude<NearNames<K>, keyof Known | typeof SEAL_ALGORITHM_FIELD>
  ]?: DidYouMean<K>;
} & {
  readonly [
    K in Exclude<keyof Known, typeof MERCHANT_ID_FIELD | typeof KEY_VERSION_FIELD | typeof SEAL_FIELD>
  ]?: GivenAmongTheFields<K>;
} & {
  // The fields the client and the POST form fill in themselves: from the configuration, and the seal.
  readonly [
    K in Extract<keyof Known, typeof MERCHANT_ID_FIELD | typeof KEY_VERSION_FIELD | typeof SEAL_FIELD>
  ]?: FilledFromTheConfiguration<K>;
} & {
  readonly [K in Exclude<typeof SEAL_ALGORITHM_FIELD, keyof Known>]?: SealedWithTheDefault<K>;
};

/** What a field beyond the facts named after one the caller never gives takes: none, as GivenAmongTheFields. */
export interface FilledFromTheConfiguration<Name> {
  /** Never written: the type exists for the compiler's error. */
  readonly "is filled in from the configuration (the seal computed), not given": Name;
}

/** What `sealAlgorithm` takes beyond the facts of a request without the field: none, as GivenAmongTheFields. */
export interface SealedWithTheDefault<Name> {
  /** Never written: the type exists for the compiler's error. */
  readonly "is no field of this request, which is sealed with the platform's default algorithm": Name;
}

/**
 * What a field beyond the facts named after a known field takes: no value one writes, so that the compiler refuses
 * it with this name, and the field's, in its error.
 */
export interface GivenAmongTheFields<Name> {
  /** Never written: the type exists for the compiler's error. */
  readonly "is a field the spec holds: give it among the fields, not beyondFacts": Name;
}

/** What a field beyond the facts one slip away from the known field `Name` takes: none, as GivenAmongTheFields. */
export interface DidYouMean<Name> {
  /** Never written: the type exists for the compiler's error. */
  readonly "is one slip away from a field the spec holds": Name;
}

/** What a call of an operation whose request's facts stop takes beside its fields: those beyond the facts. */
export interface BeyondFactsFields<Known> {
  /** Fields the spec's facts do not hold, sent, validated (as warnings) and sealed as the request's own. */
  readonly beyondFacts?: FieldsBeyondFacts<Known>;
}

/** A message received whose facts stop: its known fields exact, any other `unknown` (narrow it before use). */
export type OpenBeyondFacts<T> = T & { readonly [field: string]: unknown };

const none: readonly ValidationIssue[] = [];

/**
 * Moves a call's fields beyond the facts (`message.beyondFacts`) into the
 * message itself, for a request whose facts stop: each read once, in its
 * order. Refused, with the message left without them: a `beyondFacts` that is
 * not a plain object, that names a field of `filled` (those the caller gives
 * nowhere: the configuration, or the seal, fills them in), of `known` (the
 * fields the request holds: given among the fields), `beyondFacts` itself or a
 * field given among the fields, one slip away from a known one (field-slips.ts), or that cannot be read.
 * Nothing to do, and nothing allocated, for a message without it.
 */
export function mergeBeyondFacts(
  message: Record<string, unknown>,
  known: ReadonlySet<string>,
  filled: ReadonlySet<string>,
): readonly ValidationIssue[] {
  if (!hasOwn(message, BEYOND_FACTS_FIELD)) return none;
  const beyond = message[BEYOND_FACTS_FIELD];
  delete message[BEYOND_FACTS_FIELD];
  const path = pointer("", BEYOND_FACTS_FIELD);
  // Given as undefined, as an optional property may be without exactOptionalPropertyTypes: none given.
  if (beyond === undefined) return none;
  try {
    // Without the value: it holds the fields the spec does not know, where a secret it cannot mark travels (an IBAN
    // beyond addDirectDebit's facts), and the client refuses it before the validator that would withhold it.
    if (!isPlainObject(beyond)) return [issue(path, "type", TYPE_TEXTS.object)];
    const errors: ValidationIssue[] = [];
    const read: [string, unknown][] = [];
    for (const name of Object.keys(beyond)) {
      if (filled.has(name))
        errors.push(issue(pointer(path, name), "unknown-field", "is filled in from the configuration, not given"));
      else if (known.has(name) || name === BEYOND_FACTS_FIELD)
        errors.push(issue(pointer(path, name), "unknown-field", "is a field the spec holds: give it among the fields"));
      else if (hasOwn(message, name))
        errors.push(issue(pointer(path, name), "unknown-field", "is given among the fields too"));
      else {
        const slips = slipsOf(name, known);
        if (slips.length === 0) read.push([name, beyond[name]]);
        else errors.push(slipIssue(pointer(path, name), slips));
      }
    }
    if (errors.length > 0) return errors;
    // Defined, not set: a field named __proto__ stays a field, as JSON.parse and a spread make it.
    for (const [name, value] of read)
      Object.defineProperty(message, name, { value, enumerable: true, writable: true, configurable: true });
    return none;
  } catch {
    return [issue(path, "unreadable", "could not be read (a property getter or proxy threw)")];
  }
}

/**
 * The refusal of a name one slip away from the known fields `slips` (one or more, in order): as a validator's
 * unknown field, it gives the field meant as `meant` when it is the only one; two or more it names in its message,
 * none as `meant`, since any of them may be the one meant.
 */
function slipIssue(path: string, slips: readonly string[]): ValidationIssue {
  const [meant] = slips;
  const text = meantText("is not a field the spec holds", slips.join(" or "));
  const message = `${text} (a field beyond the spec's facts is sent as it is named)`;
  return slips.length === 1 && meant !== undefined
    ? new IssueMeant(path, "unknown-field", message, meant)
    : issue(path, "unknown-field", message);
}

/**
 * The fields of a call, given among its fields though the spec does not hold them (code the types do not reach:
 * they take such a field under `beyondFacts` alone), that are refused: one slip away from a field it holds, where
 * it would be sent in place of the field meant; and under `strict` (the client's option) every other, which would
 * be sent with a warning alone. Read before the fields beyond the facts are merged in: those, given apart on
 * purpose, are sent under `strict` too.
 */
export function refusedAmongFields(
  message: Record<string, unknown>,
  known: ReadonlySet<string>,
  strict = false,
  fields: readonly FieldDescriptor[] = [],
): ValidationIssue[] {
  const refused: ValidationIssue[] = [];
  for (const name of Object.keys(message)) {
    if (known.has(name) || name === BEYOND_FACTS_FIELD) continue;
    const slips = slipsOf(name, known);
    if (slips.length > 0) refused.push(slipIssue(pointer("", name), slips));
    else if (strict) refused.push(notHeldIssue(pointer("", name), nearNames(name, [...known], containedNames(fields))));
  }
  return refused;
}

/**
 * Why `strict` refuses a field no slip of a known one, with the names it is plausibly meant for (nearNames, the
 * package's one rule of suggestions), the only one as `meant` where it is a field of the message itself, and what
 * to do instead if it is a field Sips has.
 */
function notHeldIssue(path: string, near: readonly string[]): ValidationIssue {
  const [meant] = near;
  const held = near.length === 0 ? NOT_HELD : meantText(NOT_HELD, near.join(" or "));
  const message = `${held} (refused under strict: give a field beyond the spec's facts under beyondFacts)`;
  return near.length === 1 && meant !== undefined && !meant.includes(".")
    ? new IssueMeant(path, "unknown-field", message, meant)
    : issue(path, "unknown-field", message);
}

const NOT_HELD = "is not a field the spec holds";

/** The fields of the message's containers, named by their container's path ("cardData.cardNumber"), at every depth. */
function containedNames(fields: readonly FieldDescriptor[], within = ""): string[] {
  return fields.flatMap((field) => {
    const inner = field.fields ?? field.items?.fields ?? null;
    if (inner === null) return [];
    const at = `${within}${field.name}.`;
    return [...inner.map((f) => `${at}${f.name}`), ...containedNames(inner, at)];
  });
}
