// What a fetch's rejection says, for the message of a call's network error:
// its message and its cause's (where Node's fetch puts the reason), the
// reasons an AggregateError gathers, capped as a reply's body is, never an
// exception whatever was thrown (a fetch of the caller's own may reject with
// anything). The exchange that meets it is client-post.ts.

import { excerptOf } from "./client-reply.js";
import { anError, isError } from "./is-error.js";

/**
 * The error's own message and its cause's (fetch puts the reason, such as ECONNREFUSED, in the cause). A
 * fetch of the caller's own may reject with anything: an object's `message` is read, and what cannot be
 * described (a getter that throws, an object with no way to be text) is said so, never a rejection. Capped
 * as a reply's body is: such a message may be of any length (a wrapper's that holds the reply it refused).
 */
export function describeError(error: unknown): string {
  return excerptOf(uncappedDescription(error));
}

function uncappedDescription(error: unknown): string {
  try {
    if (!isError(error)) {
      const message =
        typeof error === "object" && error !== null ? (error as { message?: unknown }).message : undefined;
      return typeof message === "string" ? message : String(error);
    }
    const cause = isError(error.cause) ? `: ${reasonOf(error.cause)}` : "";
    return `${error.message}${cause}`;
  } catch {
    return "a failure that cannot be described";
  }
}

/**
 * What an error says: its message, else the messages of the errors it gathers. A host whose every
 * address refused or timed out (localhost's ::1 and 127.0.0.1, say) fails as an AggregateError
 * with an empty message of its own.
 */
function reasonOf(error: Error): string {
  if (error.message !== "") return error.message;
  const gathered = (error as { errors?: unknown }).errors;
  const reasons = Array.isArray(gathered)
    ? gathered.filter((e): e is Error => isError(e) && e.message !== "").map((e) => e.message)
    : [];
  const code = (error as { code?: unknown }).code;
  // Its class, in words, where nothing else tells: "fetch failed: an AggregateError with no message".
  return reasons.length > 0
    ? reasons.join("; ")
    : typeof code === "string"
      ? code
      : `${anError(String(error.name))} with no message`;
}
