// What a field's change does to the code that sends or reads its message.
// A callback's fields are classed as a response's (breaking-response), but a
// reviewer must not read them as the client's: Sips posts the callback to the
// shop, whose decoder verifies its seal and then validates it.

/** What a required field's absence does to a message: "Requests without it are refused", and so on. */
export function refusedWithout(message: "request" | "response", decoder: string | null): string {
  if (decoder !== null)
    return `${decoder} refuses a posted result without it (a required error once its seal verifies: not ok, no fields to trust)`;
  return message === "request" ? "Requests without it are refused" : "Responses without it are refused";
}

/**
 * Whom a field removed breaks; one of a message whose facts stop is beyond them now: warned of, not refused. A
 * callback's may still come from Sips, to the shop's decoder.
 */
export function removedFor(message: "request" | "response", beyond: boolean, decoder: string | null): string {
  if (decoder !== null)
    return `code reading it stops compiling; ${decoder} takes a posted result that still carries it with an unknown-field warning (an error when strict)`;
  if (message !== "request") return "code reading it stops compiling";
  return beyond
    ? "code setting it stops compiling (a sender gives it under beyondFacts now), and requests carrying it get a warning, refused when strict, as beyond the saved facts"
    : "requests carrying it are refused and code setting it stops compiling";
}
