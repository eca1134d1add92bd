// The origin and path of the OpenAPI servers' addresses, cut from the text
// where the address is plain and parsed otherwise: always what the URL parser
// gives, on addresses made of the pieces that make parsers disagree.
import fc from "fast-check";
import { expect, test } from "vitest";
import { urlParts } from "../../generator/emit/openapi/url-parts.js";
import { drawOf } from "../support/property-runs.js";

const parsed = (url: string) => {
  const { origin, pathname } = new URL(url);
  return { origin, pathname };
};
const cut = (url: string) => {
  const { origin, pathname } = urlParts(url);
  return { origin, pathname };
};

test.each([
  "https://office-server.sogenactif.com/rs-services/v2/wallet/getWalletData",
  "https://office.example.com/",
  "https://a.b/x//y/",
  "HTTPS://Office.Example.COM/rs-services/v2/x",
  "https://office.example.com:443/x",
  "https://office.example.com:8443/x",
  "https://office.example.com/a/./b/../c",
  "https://office.example.com/a/%2e%2e/b",
  "https://office.example.com/a/.hidden/b",
  "https://office.example.com/a b/c?d#e",
  "https://office.example.com/a\\b",
  "https://10.0.0.1/x",
  "https://0x7f.1/x",
  "https://xn--bcher-kva.example/x",
  "https://b\u00fccher.example/x",
  "https://user:pass@office.example.com/x",
  "https://office.example.com./x",
])("%s", (url) => {
  expect(cut(url)).toEqual(parsed(url));
});

// Addresses built from drawn parts, most of them plain enough to be cut (labels joined by hyphens, paths ending
// in "/" or holding empty segments, where a cut that drops a character would show), the rest made to be parsed by
// one odd part: a host in capitals or of digits, punycode, a port, a dot segment, a character to escape.
const plainLabel = fc.stringMatching(/^[a-z0-9]{1,3}(-[a-z0-9]{1,3}){0,2}$/);
const lastLabel = fc.stringMatching(/^[a-z][a-z0-9]{0,2}(-[a-z0-9]{1,3}){0,2}$/);
const oddLabel = fc.constantFrom(
  "A",
  "Ex-Ample",
  "-a",
  "a-",
  "a--b",
  "xn--bcher-kva",
  "0x7f",
  "10",
  "1",
  "b\u00fccher",
);
const label = fc.oneof({ arbitrary: plainLabel, weight: 6 }, { arbitrary: oddLabel, weight: 1 });
const plainSegment = fc.stringMatching(/^[A-Za-z0-9_~-][A-Za-z0-9._~-]{0,3}$/);
const oddSegment = fc.constantFrom(".", "..", "%2e", ".x", "%41", "a b", "a?b", "a#b", "\u00e9", "a\\b");
const segment = fc.oneof({ arbitrary: plainSegment, weight: 6 }, { arbitrary: fc.constant(""), weight: 2 }, oddSegment);
const address = fc
  .tuple(
    fc.oneof({ arbitrary: fc.constantFrom("https", "http"), weight: 8 }, fc.constant("HTTPS")),
    fc.array(label, { maxLength: 3 }),
    fc.oneof({ arbitrary: lastLabel, weight: 6 }, oddLabel),
    fc.oneof({ arbitrary: fc.constant(""), weight: 8 }, fc.constantFrom(":443", ":80", ":8080")),
    fc.array(segment, { maxLength: 4 }),
    fc.boolean(),
  )
  .map(([scheme, labels, last, port, segments, slash]) => {
    const path = `/${segments.join("/")}${slash && segments.length > 0 ? "/" : ""}`;
    return `${scheme}://${[...labels, last].join(".")}${port}${path}`;
  })
  .filter((url) => URL.canParse(url));

/** What an address holds that a cut could get wrong, or that must send it to the parser. */
function shapes(url: string): string[] {
  const { hostname, pathname } = new URL(url);
  const rest = url.slice(url.indexOf("//") + 2);
  const host = rest.split(/[:/]/)[0] ?? "";
  const segments = pathname.split("/").slice(1);
  return [
    ...(host.includes("-") ? ["a hyphen in the host"] : []),
    ...(host.split(".").at(-1)?.includes("-") ? ["a hyphen in the last label"] : []),
    ...(pathname.length > 1 && pathname.endsWith("/") ? ["a path ending in /"] : []),
    ...(segments.slice(0, -1).includes("") ? ["an empty segment"] : []),
    ...(host !== hostname ? ["a host the parser rewrites"] : []),
    ...(/^[^/]*:/.test(rest) ? ["a port"] : []),
    ...(/\/(\.|%2e)/.test(rest) ? ["a segment starting with a dot"] : []),
  ];
}

/** How often each case must be drawn: enough that a cut wrong in that case alone fails. */
const AT_LEAST = 15;
/** On the fixed seed (test/support/property-runs.ts) every counter below reaches AT_LEAST from 200 draws. */
const QUICK = 400;
const DEEP = 5000;

test("any address the parser takes: the same origin and path", () => {
  const met = new Map<string, number>();
  fc.assert(
    fc.property(address, (url) => {
      const result = urlParts(url);
      const how = result instanceof URL ? "parsed" : "cut";
      for (const shape of shapes(url)) met.set(`${how}, ${shape}`, (met.get(`${how}, ${shape}`) ?? 0) + 1);
      expect(cut(url)).toEqual(parsed(url));
    }),
    drawOf(QUICK, DEEP),
  );
  const cases = [
    ...["a hyphen in the host", "a hyphen in the last label", "a path ending in /", "an empty segment"].map(
      (shape) => `cut, ${shape}`,
    ),
    ...["a host the parser rewrites", "a port", "a segment starting with a dot"].map((shape) => `parsed, ${shape}`),
  ];
  expect(cases.filter((name) => (met.get(name) ?? 0) < AT_LEAST)).toEqual([]);
});
