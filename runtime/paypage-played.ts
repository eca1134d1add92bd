// Which operations send the buyer to Paypage from their JSON reply: one rule,
// which the generator reads from its model (the paypage module's redirection
// form) and the mock server from the registry (its local Paypage's redirection).

/** An environment's addresses by kind, as the registry (absent: none) and the generator's model (null) give them. */
export interface AddressKinds {
  readonly json?: string | null | undefined;
  readonly post?: string | null | undefined;
}

/**
 * Whether an operation's JSON reply sends the buyer to Paypage: it has a callback (what Paypage posts back), a
 * JSON address (where it is initialized) and a POST form address (what the buyer's browser posts the reply's
 * redirection to), in whichever environments.
 */
export function redirectsToPaypage(hasCallback: boolean, addresses: Iterable<AddressKinds>): boolean {
  let json = false;
  let post = false;
  for (const kinds of addresses) {
    json ||= typeof kinds.json === "string";
    post ||= typeof kinds.post === "string";
  }
  return hasCallback && json && post;
}
