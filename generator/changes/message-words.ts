// How a change line names its message and what refuses it, in one place:
// a request (the client refuses it before Sips sees it), a response (the
// client's strict validation of Sips' replies) or a callback, classed as a
// response's but posted by Sips to the shop, whose decoder verifies its seal
// and then validates it. Every field line of a message words it through these,
// so that no callback line reads as the client's replies.

import { callbackDecoderName } from "../rules/operation-declarations.js";
import type { VersionModel } from "../model/field-model.js";
import type { MessageModel } from "../model/operation-model.js";
import type { ChangeClass } from "./change.js";

export interface MessageWords {
  /** How the message is classed: a callback's fields break readers, as a response's do. */
  readonly kind: MessageModel["kind"];
  /** How the lines name it. */
  readonly noun: "request" | "response" | "callback";
  /** The callback's decoder, which the shop calls on a posted result; null for a request or a response. */
  readonly decoder: string | null;
}

/** The words of a message of `kind`; `callback` the callback's name, where the message is one. */
export function wordsFor(kind: MessageModel["kind"], callback: string | null = null): MessageWords {
  if (callback === null) return { kind, noun: kind, decoder: null };
  return { kind: "response", noun: "callback", decoder: callbackDecoderName(callback) };
}

/** Whom a breaking change of the message breaks: senders of a request, readers of a response or callback. */
export const breakingFor = (w: MessageWords): ChangeClass =>
  w.kind === "request" ? "breaking-request" : "breaking-response";

/** What a required field's absence does to a message: "Requests without it are refused", and so on. */
export function refusedWithout(w: MessageWords): string {
  if (w.decoder !== null)
    return `${w.decoder} refuses a posted result without it (a required error once its seal verifies: not ok, no fields to trust)`;
  return w.kind === "request" ? "Requests without it are refused" : "Responses without it are refused";
}

/** Who must now give a required field: a request's senders, or the code that constructs a response or callback. */
export const mustSet = (w: MessageWords): string =>
  w.kind === "request" ? " and senders must set it" : ", and code constructing one must set it";

/** Code that constructs the message, which a field made required stops compiling. */
export const constructing = (w: MessageWords): string => (w.decoder !== null ? "one" : `${w.noun}s`);

/**
 * Whom a field removed breaks; one of a message whose facts stop is beyond them now: warned of, not refused. A
 * callback's may still come from Sips, to the shop's decoder.
 */
export function removedFor(w: MessageWords, beyond: boolean): string {
  if (w.decoder !== null)
    return `code reading it stops compiling; ${w.decoder} takes a posted result that still carries it with an unknown-field warning (an error when strict)`;
  if (w.kind !== "request") return "code reading it stops compiling";
  return beyond
    ? "code setting it stops compiling (a sender gives it under beyondFacts now), and requests carrying it get a warning, refused when strict, as beyond the saved facts"
    : "requests carrying it are refused and code setting it stops compiling";
}

/** What refuses a response or callback carrying a field newer than the version it is read at (strict only). */
export function refusesNewer(w: MessageWords, since: string): string {
  return w.decoder === null
    ? `Strict validation pinned to an interface version before ${since} refuses a message carrying it.`
    : `${w.decoder}, strict and given an interfaceVersion before ${since}, refuses a posted result carrying it (a warning when not strict).`;
}

/**
 * Which messages may carry a field now that its since is earlier: those of the versions from `from` (any, where
 * null: it is accepted in every version now) and before `was`, which the validators refused it in (a response or
 * callback when strict).
 */
export function acceptsEarlier(w: MessageWords, from: VersionModel | null, was: VersionModel): string {
  const versions =
    from === null
      ? `an interface version before ${was.text}`
      : `an interface version from ${from.text} and before ${was.text}`;
  if (w.kind === "request") return `Requests declaring ${versions} may now carry it.`;
  return w.decoder === null
    ? `Strict validation pinned to ${versions} no longer refuses a message carrying it.`
    : `${w.decoder}, strict and given ${versions}, no longer refuses a posted result carrying it.`;
}

/** What refuses a response or callback with a value its field no longer takes (strict only). */
export const refusesValue = (w: MessageWords): string =>
  w.decoder === null
    ? "strict validation refuses it"
    : `${w.decoder} refuses a posted result with it when strict (a warning otherwise)`;

/** What refuses a message with `what` in a field (an error, strict or not). */
export function refusesWith(w: MessageWords, what: string): string {
  if (w.decoder !== null) return `${w.decoder} refuses a posted result with ${what} (once its seal verifies: not ok)`;
  return `a ${w.noun} with ${what} is refused`;
}

/**
 * The issues a sensitive field's change concerns: its message's validation issues, which a callback's decoder
 * returns (and whose reading of Data quotes no text of a message that withholds them).
 */
export const issuesOf = (w: MessageWords): string =>
  w.decoder === null ? `the issues of its ${w.noun}` : `the issues ${w.decoder} returns for its callback`;
