/**
 * A URL's origin and path. Parsing a URL costs some microseconds, thousands of times a run: one whose host is a
 * plain lower-case domain name (labels of letters and digits joined by single hyphens, the last starting with a
 * letter: never an address nor punycode), with no port, and whose path is only segments of unreserved characters
 * (none a dot segment) is as the parser would give it, and is cut instead; others are parsed.
 */
export function urlParts(url: string): { readonly origin: string; readonly pathname: string } {
  const plain = PLAIN_URL.exec(url);
  return plain === null ? new URL(url) : { origin: plain[1] as string, pathname: plain[2] as string };
}

const PLAIN_URL =
  /^(https?:\/\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\.)*[a-z][a-z0-9]*(?:-[a-z0-9]+)*)((?:\/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*)?)+)$/;
