// What an HTTP error's message quotes of a Sips reply in its body, on a fixture
// request whose secret is an IBAN: the field the reply names in error is not
// named where it holds that secret, in any form a name can give it, and the
// status message the reply claims is cut as the summary's other quotes are.
import { expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import { BODY_SUMMARY_LENGTH } from "../../generated/runtime/client-body-summary.js";
import { BODY_EXCERPT_LENGTH, readReply } from "../../generated/runtime/client-reply.js";
import { secretMasker } from "../../generated/runtime/client-secrets.js";
import { textField } from "../support/field-descriptor.js";

/** An operation whose status names the field in error, as Sips's do; its status and fields are the spec's. */
const op = Object.values(operations).find((o) => o.status?.errorField && o.status.formatError && o.status.messageField);
if (op?.status == null) throw new Error("no operation's status names a field in error any more");
const { field, formatError, messageField, errorField } = op.status;

const IBAN = "FR7630006000011234567890189";
const mask = secretMasker(
  { fields: [textField("iban", { sensitive: "the buyer's IBAN" })], factsStop: null },
  JSON.stringify({ iban: IBAN }),
);

/** The message of the http error a 400 whose body is `body` gives, read against the fixture's request. */
function messageOf(body: string): string {
  const result = readReply(
    op as never,
    { status: 400, body },
    { secretKey: "fixture-key", sealAlgorithm: undefined, mask },
  );
  if (result.ok || result.error.kind !== "http") throw new Error(`not an http error: ${JSON.stringify(result)}`);
  return result.error.message;
}

const claim = (named: string) => `{"${field}":"${formatError}","${String(errorField)}":"${named}"}`;

test("a field named in error that is no secret is named", () => {
  expect(messageOf(claim("iban"))).toBe(
    `the server answered HTTP 400 (it claims status "${formatError}", naming the field "iban")`,
  );
});

test.each([
  ["as sent", IBAN],
  ["in groups of four, with dots as a nested name has", "FR76.3000.6000.0112.3456.7890.189"],
  ["in a list's brackets", `iban[${IBAN}]`],
  ["in JSON escapes", `\\u0046R76${IBAN.slice(4)}`],
])("a field named in error that holds the request's IBAN %s is not named", (_how, named) => {
  const message = messageOf(claim(named));
  expect(message).toBe(`the server answered HTTP 400 (it claims status "${formatError}")`);
});

test("a claimed status message is cut at the summary's length in an http error, at an excerpt's in a refused reply", () => {
  // Within the body's excerpt, which is read as JSON: a longer body is cut, and no Sips reply then.
  const claimed = (words: string) => `{"${field}":"${formatError}","${String(messageField)}":"${words}"}`;
  expect(messageOf(claimed("w".repeat(BODY_SUMMARY_LENGTH * 3)))).toBe(
    `the server answered HTTP 400 (it claims status "${formatError}": "${"w".repeat(BODY_SUMMARY_LENGTH - 1)}…")`,
  );
  const body = claimed("w".repeat(BODY_EXCERPT_LENGTH * 2));
  const unsealed = readReply(
    op as never,
    { status: 200, body },
    { secretKey: "fixture-key", sealAlgorithm: undefined },
  );
  expect(unsealed.ok ? "" : unsealed.error.message).toContain(`: "${"w".repeat(BODY_EXCERPT_LENGTH - 1)}…")`);
});

// A secret that holds a dot of its own (a login, a holder's name), beside the IBAN, masked as it is written.
const LOGIN = "jean.dupont.1980";
const masks = secretMasker(
  {
    fields: [
      textField("iban", { sensitive: "the buyer's IBAN" }),
      textField("login", { sensitive: "the buyer's login" }),
    ],
    factsStop: null,
  },
  JSON.stringify({ iban: IBAN, login: LOGIN }),
);

/** messageOf, read against the request that holds both secrets. */
function messageWithBoth(body: string): string {
  const result = readReply(
    op as never,
    { status: 400, body },
    { secretKey: "fixture-key", sealAlgorithm: undefined, mask: masks },
  );
  if (result.ok || result.error.kind !== "http") throw new Error(`not an http error: ${JSON.stringify(result)}`);
  return result.error.message;
}

test.each([
  ["a secret that holds dots, as written", LOGIN, LOGIN.replace("1980", "1981")],
  // The body is masked as it is written: an escape hides the secret there, not in the value read from it.
  ["a secret that holds dots, a dot written as a JSON escape", LOGIN.replace(".", "\\u002e"), "jean.dupont.1981"],
  ["the IBAN cut by brackets", `FR76[3000]6000${IBAN.slice(12)}`, `FR76[3000]6000${IBAN.slice(12, -1)}0`],
])("a field named in error that holds %s is not named", (_how, named, other) => {
  expect(messageWithBoth(claim(named))).toBe(`the server answered HTTP 400 (it claims status "${formatError}")`);
  // A name that differs from the secret by a digit is named: what withholds it is the secret.
  expect(messageWithBoth(claim(other))).toBe(
    `the server answered HTTP 400 (it claims status "${formatError}", naming the field "${other}")`,
  );
});

test("a name longer than a field's can be is not named, nor one starting with a digit", () => {
  const plain = `the server answered HTTP 400 (it claims status "${formatError}")`;
  expect(messageOf(claim("a".repeat(64)))).toBe(`${plain.slice(0, -1)}, naming the field "${"a".repeat(64)}")`);
  expect(messageOf(claim("a".repeat(65)))).toBe(plain);
  expect(messageOf(claim("1iban"))).toBe(plain);
});

test("a reply that names a field in error but claims no status says neither", () => {
  expect(messageOf(`{"${String(errorField)}":"iban"}`)).not.toContain("naming the field");
});
