// Which of an operation's addresses a base URL serves it at: a mock server or a
// proxy given instead of an environment puts the operations' paths under it.

/**
 * The JSON address whose path a base URL (a mock, a proxy) serves the
 * operation at: that of "prod", else of the first environment with one.
 */
export function primaryEndpoint(endpoints: { readonly [environment: string]: string }): string {
  return Object.hasOwn(endpoints, "prod") ? (endpoints["prod"] as string) : (Object.values(endpoints)[0] ?? "");
}

/** The POST form address of prod, else of the first environment with one: its path is where a mock or a base URL serves the form. */
export function primaryPostAddress(addresses: {
  readonly [environment: string]: { readonly post?: string };
}): string | undefined {
  const prod = Object.hasOwn(addresses, "prod") ? addresses["prod"]?.post : undefined;
  return prod ?? Object.values(addresses).find((a) => a.post !== undefined)?.post;
}

/** An environment's name as the spec writes it: the page's label in lower case. */
const ENVIRONMENT_NAME = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/;

/** Whether `text` is written as an environment's name is ("prod", "simu"), whether or not an operation has it. */
export const isEnvironmentName = (text: string): boolean => ENVIRONMENT_NAME.test(text);

/** Whether `text` names an environment or is a base URL (see baseUrl): what a form, and a decoder, is told where it runs by. */
export const isEnvironmentOrBase = (text: string): boolean => isEnvironmentName(text) || baseUrl(text) !== null;

/**
 * The type of a base URL given instead of an environment's name (a mock server's `url`, a proxy): text that starts
 * as an http(s) URL, so that a misspelt name does not compile. `baseUrl` below still checks the whole URL.
 */
export type BaseUrl = `http://${string}` | `https://${string}`;

/**
 * A URL object (`new URL(mock.url)`) given as an environment, by what is read of it: the package's types name no
 * `URL`, which a consumer compiled without the DOM's or Node's types does not have.
 */
export interface UrlObject {
  readonly href: string;
}

/** An environment given as a URL object (UrlObject), taken as its `href`; anything else as it is. */
export const environmentText = (environment: unknown): unknown =>
  typeof environment === "object" && environment !== null && typeof (environment as UrlObject).href === "string"
    ? (environment as UrlObject).href
    : environment;

/**
 * An http(s) URL given instead of an environment (a mock server, a proxy), as
 * the base the operations' paths are put under: its origin and path without
 * the trailing "/"; null for anything else, a query or a fragment included.
 */
export function baseUrl(text: string): string | null {
  const url = URL.canParse(text) ? new URL(text) : null;
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.search !== "" || url.hash !== "")
    return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}
