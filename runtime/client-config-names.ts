// The names a client's configuration gives, checked against those the client
// knows: the environment its calls go to (or another server's base URL), and the
// operations its interfaceVersions name. A name not known is a TypeError: a
// programmer's mistake, said with what would do.

import { nearNames, youMean } from "./closest-names.js";
import { didYouMean } from "./environment-meant.js";
import { baseUrl, environmentText, isEnvironmentName } from "./operation-addresses.js";

/**
 * Where a configuration's calls go: an environment the caller knows (any name the package has, without `known`),
 * or else the base URL of another server, given as text or as a URL object.
 *
 * @throws TypeError for neither.
 */
export function targetOf(
  given: unknown,
  known: readonly string[] | undefined,
): { readonly base: string | null; readonly environment: string | null } {
  const environment = environmentText(given);
  if (typeof environment === "string" && (known ? known.includes(environment) : isEnvironmentName(environment)))
    return { base: null, environment };
  const base = typeof environment === "string" ? baseUrl(environment) : null;
  if (base === null) {
    const names = known ? `one of ${known.join(", ")}` : 'an environment name such as "prod"';
    // A slip of a name ("tset", "Prod") names the one meant; the text itself is not quoted (a URL may hold a password).
    const near = known && typeof environment === "string" ? nearNames(environment, known) : [];
    throw new TypeError(
      `environment must be ${names} or an http(s) base URL such as "http://127.0.0.1:8080"${didYouMean(near)}`,
    );
  }
  return { base, environment: null };
}

/** A misspelt operation (a key the types let through, from JSON or JavaScript) would have its version silently not sent. */
export function assertVersionNames(versions: unknown, operations: readonly string[]): void {
  if (typeof versions !== "object" || versions === null) return;
  for (const name of Object.keys(versions))
    if (!operations.includes(name))
      throw new TypeError(
        `interfaceVersions.${name}: the client has no such operation (${operationsLike(name, operations)})`,
      );
}

/** A misspelt operation's closest names, or, when none is close, every name (a client may have 30). */
function operationsLike(name: string, operations: readonly string[]): string {
  const near = nearNames(name, operations);
  return near.length > 0 ? youMean(near) : `it has ${operations.join(", ")}`;
}
