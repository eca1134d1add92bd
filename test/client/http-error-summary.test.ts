// An http error's message carries a line of the body that says why (a log
// that keeps only `error.message` keeps the reason): what a Sips reply claims,
// a page's title, or its first line, cut short and escaped; an empty body or
// one that is not text said to be so; never the request's seal or secret key.
import { expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import type { FetchLike } from "../../generated/runtime/client-fetch.js";
import { BODY_SUMMARY_LENGTH } from "../../generated/runtime/client-body-summary.js";
import { SECRET_MASK } from "../../generated/runtime/client-secrets.js";
import { SEAL_FIELD } from "../../generated/runtime/platform.js";
import { callWith, replyConfig } from "../support/reply-server.js";

/** The message of the http error a call gets when the server answers `status` with `body` (text or bytes). */
async function messageFor(body: string | Uint8Array, status = 500, echo = false): Promise<string> {
  const fetch: FetchLike = async (_url, init) => {
    const sent = echo ? `${String(init.body)}\n` : "";
    const bytes = typeof body === "string" ? new TextEncoder().encode(sent + body) : body;
    return { status, text: async () => "read as a stream", body: new Blob([bytes]).stream() };
  };
  const result = await callWith(replyConfig("http://127.0.0.1:9", undefined, fetch));
  if (result.ok || result.error.kind !== "http") throw new Error(`not an http error: ${JSON.stringify(result)}`);
  return result.error.message;
}

const { status } = operations.paymentWebInit;

test("a Sips reply in the body is told by the status it claims, its message and the field it names in error", async () => {
  if (status === null || status.formatError === null || status.messageField === null || status.errorField === null)
    throw new Error("paymentWebInit's spec no longer gives a status, its message and its error field");
  const reply = {
    [status.field]: status.formatError,
    [status.messageField]: "amount is invalid",
    [status.errorField]: "amount",
  };
  expect(await messageFor(JSON.stringify(reply), 400)).toBe(
    `the server answered HTTP 400 (it claims status "${status.formatError}": "amount is invalid", naming the field "amount")`,
  );
});

test("a code the status field does not list is told by its length alone after the codes it takes, a card number never quoted", async () => {
  if (status === null) throw new Error("paymentWebInit's spec no longer gives a status");
  const card = "4970100000000003";
  const message = await messageFor(JSON.stringify({ [status.field]: card }), 400);
  // The codes as the response's validator names them for a value outside the field's list.
  const checked = operations.paymentWebInit.response.validate({ [status.field]: card }, { strict: true });
  const issue = checked.ok ? undefined : checked.errors.find((e) => e.code === "unknown-value");
  const named = /\((.+)\)$/.exec(issue?.message ?? "")?.[1];
  if (named === undefined) throw new Error(`the validator names no values of ${status.field}`);
  expect(message).toBe(
    `the server answered HTTP 400 (it claims a status its field does not list (${named}), a string of 16 characters)`,
  );
});

test("a JSON body that is no Sips reply is quoted as text", async () => {
  expect(await messageFor('{"error":"quota exceeded"}', 429)).toBe(
    'the server answered HTTP 429: "{\\"error\\":\\"quota exceeded\\"}"',
  );
});

test("an HTML page is told by its title, or without one by its first line of text", async () => {
  const page = "<!DOCTYPE html>\n<html><head><title>\n 502 Bad  Gateway </title></head><body>nginx</body></html>";
  expect(await messageFor(page, 502)).toBe('the server answered HTTP 502: "502 Bad Gateway"');
  expect(await messageFor("<html>\n<body>\n<h1>Service unavailable</h1> try later\n</body>", 503)).toBe(
    'the server answered HTTP 503: "Service unavailable try later"',
  );
});

test("an empty body, or one of spaces alone, is said to be empty", async () => {
  expect(await messageFor("", 502)).toBe("the server answered HTTP 502 with an empty body");
  expect(await messageFor(" \r\n\t ", 502)).toBe("the server answered HTTP 502 with an empty body");
});

test("a huge body gives its first line cut short, and a body of bytes that are not text is said to be so", async () => {
  const huge = await messageFor(`${"y".repeat(500_000)}\nsecond line`, 500);
  expect(huge).toBe(`the server answered HTTP 500: "${"y".repeat(BODY_SUMMARY_LENGTH - 1)}…"`);
  const binary = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]);
  expect(await messageFor(binary, 500)).toBe(
    "the server answered HTTP 500 with a body that is not text (it holds the control character U+001A)",
  );
});

test("control and bidirectional characters are escaped, never written to the log as they are", async () => {
  // A line separator inside the line is a space, as other spaces are.
  const message = await messageFor("down \u001b[31mred\u001b[0m \u202eevil\u2028next\u0085\u200b", 500);
  expect(message).toBe('the server answered HTTP 500: "down \\u001b[31mred\\u001b[0m \\u202eevil next\\u0085\\u200b"');
});

test("a page that echoes the request quotes neither its seal nor the secret key", async () => {
  // The request's JSON as the page's first line: its seal with it.
  const echoed = await messageFor("", 400, true);
  expect(echoed).toContain(SECRET_MASK);
  expect(echoed).not.toMatch(new RegExp(`"${SEAL_FIELD}\\\\":\\\\"[0-9a-f]`));
  const key = replyConfig("http://127.0.0.1:9").secretKey as string;
  expect(await messageFor(`bad key ${key} for keyVersion 1`, 403)).toBe(
    `the server answered HTTP 403: "bad key ${SECRET_MASK} for keyVersion 1"`,
  );
});
