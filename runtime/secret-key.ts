// The merchant's secret key, as every function that seals or verifies takes it,
// and the keys a shop holds while it replaces one, as a verifier takes them.

import { baseUrl, isEnvironmentName, isEnvironmentOrBase } from "./operation-addresses.js";
import { PRODUCTION_HOSTS, PUBLIC_TEST_SECRET_KEY } from "./platform.js";
import { isWellFormed } from "./text-prefix.js";
import { describeKind } from "./issue-format.js";
import { SEAL_ALGORITHM_NAMES } from "./seal-algorithms.js";
import { didYouMean, meantEnvironments } from "./environment-meant.js";

/**
 * A key that is not a non-empty string with no lone surrogate is a programmer
 * error, reported without showing it, under `name`. A lone surrogate is
 * hashed as U+FFFD, so two different keys would seal alike.
 */
export function assertSecretKey(secretKey: unknown, name = "secretKey"): asserts secretKey is string {
  if (typeof secretKey !== "string" || secretKey === "" || !isWellFormed(secretKey))
    throw new TypeError(`${name} must be a non-empty string with no lone surrogate, got ${refusedKey(secretKey)}`);
  // A key alone may be the algorithm's place's; a list's key, an algorithm's name put among them.
  if (secretKey.length <= LONGEST_ALGORITHM_NAME && namesAlgorithm(secretKey))
    throw new TypeError(
      `${name} is the name of a seal algorithm ("${secretKey}"), not a key${name === "secretKey" ? ": the key and the algorithm swapped?" : ""}`,
    );
}

/** The longest algorithm's name: a longer key names none, and is not compared. */
const LONGEST_ALGORITHM_NAME = Math.max(...SEAL_ALGORITHM_NAMES.map((algorithm) => algorithm.length));

/**
 * Whether a key is an algorithm's name, in any case: no shop's key is, and one sealed with it would be a seal anyone
 * could make (the call `seal(message, "HMAC-SHA-256")`, the key left out). Quoted, as the name is no secret.
 */
const namesAlgorithm = (secretKey: string): boolean =>
  SEAL_ALGORITHM_NAMES.some((algorithm) => algorithm.toLowerCase() === secretKey.toLowerCase());

/**
 * What a refused key was, by its kind alone: never a character nor the length of it (a key with a lone surrogate,
 * often one cut inside a surrogate pair, is still a key; a number given for one may be its digits). Undefined is
 * most often a variable of the environment not set.
 */
export function refusedKey(secretKey: unknown): string {
  if (secretKey === undefined) return "undefined (is the environment variable it is read from set?)";
  if (typeof secretKey === "string")
    return secretKey === "" ? "an empty string" : "a string that holds a lone surrogate";
  // A list by the words the decoders' refusals use; anything else, a revoked proxy among them, as describeKind says.
  if (!isList(secretKey)) return describeKind(secretKey);
  try {
    return secretKey.length === 0 ? "an empty list" : "a list";
  } catch {
    return "an unreadable value";
  }
}

/** The environment where payments are real: a key there must be the shop's own. */
const PRODUCTION_ENVIRONMENT = "prod";

/**
 * The public simulation shop's key, which anyone can seal with, configured for production: Sips would refuse each
 * request it seals, and a reply or a Paypage response sealed with it proves nothing. A programmer error, said
 * before anything is sent, rather than a signature error from Sips.
 */
export function assertKeyForEnvironment(secretKey: unknown, environment: unknown): void {
  if (environment === PRODUCTION_ENVIRONMENT && secretKey === PUBLIC_TEST_SECRET_KEY)
    throw new TypeError(
      `secretKey is the public test key of the Sips simulation shop, which anyone can seal with: environment "${PRODUCTION_ENVIRONMENT}" takes the key Sips gave your shop`,
    );
}

/** The host of each production address met, parsed once: a mock's calls with the public key check each one. */
const productionHosts = new Map<string, string>();

/**
 * A URL's host as DNS reads it: "host." (a fully qualified name) is "host", and the scheme and the port are not
 * part of it (the URL parser has already put it in lower case and its IDN in Punycode). Every trailing dot: "host.."
 * resolves nowhere, but a key refused there costs no one anything, where one taken would be the public key beside
 * a production host's name.
 */
function hostOf(url: string): string {
  // The last base asked about, kept: a mock's calls with the public key ask of the same one each time.
  if (url !== lastBase) {
    lastHost = new URL(url).hostname.replace(/\.+$/, "");
    lastBase = url;
  }
  return lastHost;
}

let lastBase: string | undefined;
let lastHost = "";

/**
 * `assertKeyForEnvironment` for a base URL given instead of an environment (`base` as `baseUrl` writes it): one at
 * the host of a production address reaches production as "prod" does. That host is the operation's own production
 * address's, or any the spec gives another operation (PRODUCTION_HOSTS: Office's server for a Paypage decoder is
 * production's all the same); whatever its scheme, port or trailing dot, it is the production server's, never a
 * mock's. `address` picks the address the call uses from an environment's.
 */
export function assertKeyForBase<A>(
  secretKey: unknown,
  base: string,
  addresses: { readonly [environment: string]: A },
  address: (at: A) => string | undefined,
): void {
  if (secretKey !== PUBLIC_TEST_SECRET_KEY) return;
  const at = hostOf(base);
  if (PRODUCTION_HOSTS.includes(at) || at === ownProductionHost(addresses, address))
    assertKeyForEnvironment(secretKey, PRODUCTION_ENVIRONMENT);
}

/** The host of the operation's own production address, if it has one (parsed once for each address). */
function ownProductionHost<A>(
  addresses: { readonly [environment: string]: A },
  address: (at: A) => string | undefined,
): string | undefined {
  if (!Object.hasOwn(addresses, PRODUCTION_ENVIRONMENT)) return undefined;
  const production = address(addresses[PRODUCTION_ENVIRONMENT] as A);
  if (production === undefined) return undefined;
  let host = productionHosts.get(production);
  if (host === undefined) productionHosts.set(production, (host = hostOf(production)));
  return host;
}

/**
 * The keys a posted response (Paypage, Walletpage) is verified with, held to `environment`, where its payment was
 * started (as the form's `environment` names it, or a base URL; `environments` the names of its operation's POST
 * addresses, `addresses` those addresses, production's at least). A seal made with the public test key proves
 * nothing: anyone can make it. It is taken only where the caller says the payment runs elsewhere than production:
 * a name the operation has other than "prod", or a base URL not at production's host. A name the operation does
 * not have ("production", "live") names no place the payment could have run, and is refused with that key; with no
 * environment, none is assumed. A programmer error, as for the form that started the payment, whatever the post;
 * no key is shown.
 */
export function assertKeysForPost(
  keys: string | readonly string[],
  environment: unknown,
  environments: readonly string[],
  addresses: { readonly [environment: string]: { readonly post?: string } },
): void {
  if (environment !== undefined && (typeof environment !== "string" || !isEnvironmentOrBase(environment)))
    throw new TypeError(
      `options.environment must be an environment name such as "prod" or an http(s) base URL such as "http://127.0.0.1:8080"${meantOf(environment, environments, addresses)}`,
    );
  if (!(typeof keys === "string" ? keys === PUBLIC_TEST_SECRET_KEY : keys.includes(PUBLIC_TEST_SECRET_KEY))) return;
  if (environment === undefined)
    throw new TypeError(
      "secretKey is the public test key of the Sips simulation shop, which anyone can seal with: give options.environment, where the payment was started, to verify with it outside production (a simulation environment, a mock's base URL)",
    );
  if (!isEnvironmentName(environment))
    assertKeyForBase(PUBLIC_TEST_SECRET_KEY, baseUrl(environment) as string, addresses, (at) => at.post);
  else if (!environments.includes(environment))
    throw new TypeError(
      `secretKey is the public test key of the Sips simulation shop, which anyone can seal with: options.environment ${JSON.stringify(environment)} is none of the operation's (${environments.join(", ")}), so it cannot say the payment ran outside production${meantOf(environment, environments, addresses)}`,
    );
  else assertKeyForEnvironment(PUBLIC_TEST_SECRET_KEY, environment);
}

/** A slip of a name ("PROD", "smiu") names the one meant: the operation's own with a form address first. */
const meantOf = (environment: unknown, environments: readonly string[], addresses: object): string =>
  didYouMean(meantEnvironments(environment, environments, Object.keys(addresses)));

/** Whether `value` is a list; false for a revoked proxy, which Array.isArray throws on: refusedKey says it. */
function isList(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * The keys a response may be sealed with: one key, or while a new key
 * replaces an old one, the list of those the shop holds, newest first (a
 * payment started under the old key may still come back).
 */
export type SecretKeys = string | readonly string[];

/**
 * The keys as a list of their own (read once: a list changed later changes
 * nothing). Anything but a key as `assertSecretKey` takes it or a non-empty
 * list of them is a programmer error, reported without showing a key.
 */
export function secretKeyList(secretKeys: unknown): readonly string[] {
  if (typeof secretKeys === "string") {
    assertSecretKey(secretKeys);
    return [secretKeys];
  }
  const refused = (what: string) =>
    new TypeError(`secretKey must be a non-empty string or a non-empty list of them, got ${what}`);
  if (!isList(secretKeys)) throw refused(refusedKey(secretKeys));
  let given: unknown[];
  try {
    // Read once, before a key is checked: a proxy's trap may throw on its length or an item, as a revoked one does.
    given = Array.from(secretKeys);
  } catch {
    throw refused("an unreadable value");
  }
  if (given.length === 0) throw refused("an empty list");
  for (const [i, key] of given.entries()) assertSecretKey(key, `secretKey[${i}]`);
  return given as string[];
}
