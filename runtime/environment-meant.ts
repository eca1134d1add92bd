// The environment a slip of a name was meant for ("smiu", "PROD"), as a form's
// or a decoder's refusal of it names it: the rule of every suggestion of the
// package (nearNames), over the operation's own environments.

import { nearNames, youMean } from "./closest-names.js";

/**
 * The names `given` is plausibly meant for: of `withForm` (the environments with a POST form address) where one is
 * near, else of the operation's other environments (of `all`); none for what is not text or is near none. Only
 * names given are returned, never the text itself: it may be a URL holding a password.
 */
export function meantEnvironments(given: unknown, withForm: readonly string[], all: readonly string[]): string[] {
  if (typeof given !== "string") return [];
  const near = nearNames(given, withForm);
  if (near.length > 0) return near;
  // The name itself is not suggested: an environment without a form address is refused as what it is.
  const others = all.filter((name) => name !== given && !withForm.includes(name));
  return nearNames(given, others);
}

/** " (did you mean simu?)" for a TypeError's end, as the client's configuration says it; "" when none is near. */
export const didYouMean = (near: readonly string[]): string => (near.length > 0 ? ` (${youMean(near)})` : "");
