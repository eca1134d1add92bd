// The origin and path of the OpenAPI servers' addresses, cut from the text
// where the address is plain and parsed otherwise: always what the URL parser
// gives, on addresses made of the pieces that make parsers disagree.
import fc from "fast-check";
import { expect, test } from "vitest";
import { urlParts } from "../../generator/emit/openapi/url-parts.js";

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

const label = fc.stringMatching(/^[A-Za-z0-9-]{1,6}$/);
const segment = fc.oneof(
  fc.constantFrom("", ".", "..", "%2e", ".x", "x.", "~", "_", "a b", "a?b", "a#b", "\u00e9", "A", "%41"),
  fc.stringMatching(/^[A-Za-z0-9._~%-]{0,6}$/),
);
const address = fc
  .tuple(
    fc.constantFrom("https", "http", "HTTPS"),
    fc.array(label, { minLength: 1, maxLength: 4 }),
    fc.constantFrom("", ":443", ":80", ":8080"),
    fc.array(segment, { minLength: 1, maxLength: 5 }),
  )
  .map(([scheme, labels, port, segments]) => `${scheme}://${labels.join(".")}${port}/${segments.join("/")}`)
  .filter((url) => URL.canParse(url));

test("any address the parser takes: the same origin and path", () => {
  fc.assert(
    fc.property(address, (url) => {
      expect(cut(url)).toEqual(parsed(url));
    }),
    { numRuns: 5000 },
  );
});
