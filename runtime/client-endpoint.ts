// Where a call goes: the URL of an operation's JSON endpoint in the configured
// environment, or under the configured base URL at its primary endpoint's path.

import type { ResolvedConfig } from "./client-config.js";
import { primaryEndpoint } from "./operation-addresses.js";

/**
 * The URL of an operation's JSON endpoint in the configured environment (a base
 * URL takes the path of its primary endpoint), or why there is none: the
 * operation has no address in that environment.
 */
export function endpointUrl(
  config: ResolvedConfig,
  operation: { readonly name: string; readonly endpoints: { readonly [environment: string]: string } },
): { readonly url: string } | { readonly missing: string } {
  const { endpoints } = operation;
  if (config.base !== null) return { url: `${config.base}${primaryPath(endpoints)}` };
  const env = config.environment ?? "";
  if (Object.hasOwn(endpoints, env)) return { url: endpoints[env] as string };
  return {
    missing: `${operation.name} has no ${env} endpoint (it has ${Object.keys(endpoints).join(", ")})`,
  };
}

/** The path of each operation's primary endpoint, parsed once: a URL parse per call is a good part of a call's own work. */
const primaryPaths = new WeakMap<object, string>();

function primaryPath(endpoints: { readonly [environment: string]: string }): string {
  let path = primaryPaths.get(endpoints);
  if (path === undefined) primaryPaths.set(endpoints, (path = new URL(primaryEndpoint(endpoints)).pathname));
  return path;
}

/**
 * What an HTTP error of a call to a base URL adds where the base's path also starts the operation's own path, which
 * the client puts after it whole, so that the path called holds those segments twice: asked, not asserted. Given the
 * reference index's base address (".../rs-services/v2") as a base, it is a slip no server of Sips's paths serves;
 * a proxy mounted at that path which takes it off is as valid a setup, and its own error is the server's to explain.
 * Empty otherwise: a base's path of its own ("/sips") starts no operation's path.
 */
export function repeatedBasePath(
  base: string,
  operation: { readonly name: string; readonly endpoints: { readonly [environment: string]: string } },
): string {
  const { origin, pathname } = new URL(base);
  const own = primaryPath(operation.endpoints);
  if (pathname === "/" || !own.startsWith(`${pathname}/`)) return "";
  return `; the path called (${pathname}${own}) holds ${pathname} twice, as the client puts ${operation.name}'s whole path after the base URL's: unless a proxy there takes ${pathname} off, give the server's origin alone (${origin}), or an environment's name to reach Sips`;
}
