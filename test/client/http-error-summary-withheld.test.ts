// An http error's message never quotes the secret key nor the request's seal,
// in whatever form the body gives them: JSON escapes that a Sips reply's
// fields are read through, the escapes JSON writes of a key that holds a quote,
// or the start of one at the end of the body's excerpt, where it was cut. The
// words a Sips reply claims are escaped as a quoted line is.
import { expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import type { FetchLike } from "../../generated/runtime/client-fetch.js";
import { SECRET_MASK } from "../../generated/runtime/client-secrets.js";
import { SEAL_FIELD } from "../../generated/runtime/platform.js";
import { callWith, replyConfig } from "../support/reply-server.js";

const KEY = "reply-key-0001";

/** The message of the http error a call sealed with `secretKey` gets for `body` (given what was sent). */
async function messageFor(body: (sent: string) => string, status = 500, secretKey = KEY): Promise<string> {
  const fetch: FetchLike = async (_url, init) => {
    const bytes = new TextEncoder().encode(body(String(init.body)));
    return { status, text: async () => "read as a stream", body: new Blob([bytes]).stream() };
  };
  const result = await callWith({ ...replyConfig("http://127.0.0.1:9", undefined, fetch), secretKey });
  if (result.ok || result.error.kind !== "http") throw new Error(`not an http error: ${JSON.stringify(result)}`);
  return result.error.message;
}

/** Each character of `text` as a JSON \u escape: the text JSON.parse reads back, that the body's text hides. */
const escaped = (text: string): string =>
  [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");

const { status } = operations.paymentWebInit;
const spec = () => {
  if (status === null || status.formatError === null || status.messageField === null || status.errorField === null)
    throw new Error("paymentWebInit's spec no longer gives a status, its message and its error field");
  return {
    ...status,
    formatError: status.formatError,
    messageField: status.messageField,
    errorField: status.errorField,
  };
};

test("a Sips reply that writes the key in JSON escapes has it withheld, in its message and as the field it names", async () => {
  const { field, formatError, messageField, errorField } = spec();
  const said = await messageFor(
    () => `{"${field}":"${formatError}","${messageField}":"bad key ${escaped(KEY)}","${errorField}":"${escaped(KEY)}"}`,
    400,
  );
  expect(said).toBe(`the server answered HTTP 400 (it claims status "${formatError}": "bad key ${SECRET_MASK}")`);
});

test("a key that JSON escapes (a quote, a backslash) is withheld as a JSON page quotes it", async () => {
  const key = 'k"ey\\0001';
  const said = await messageFor(() => JSON.stringify({ error: `bad key ${key}` }), 403, key);
  expect(said).toBe(`the server answered HTTP 403: "{\\"error\\":\\"bad key ${SECRET_MASK}\\"}"`);
});

test("the start of the key or of the seal where the body's excerpt was cut is withheld too", async () => {
  // The first line that says something starts near the excerpt's end (1000 characters): its cut falls in the key.
  const key = await messageFor(() => `${"\n".repeat(990)}key ${KEY} refused`);
  // The body's excerpt masks the key before it is cut (error.body holds no key either): the mask may be cut there.
  const shown = /^the server answered HTTP 500: "key (.+)…"$/.exec(key)?.[1] ?? "";
  expect(shown.length > 0 && SECRET_MASK.startsWith(shown), key).toBe(true);
  // A page echoing the request, its seal cut a few characters in.
  const seal = await messageFor((sent) => {
    const at = sent.indexOf(`"${SEAL_FIELD}":"`) + SEAL_FIELD.length + 4;
    return `${"\n".repeat(995 - at)}${sent}`;
  });
  const sealShown = new RegExp(`\\\\"${SEAL_FIELD}\\\\":\\\\"(.+)…"$`).exec(seal)?.[1] ?? "";
  expect(sealShown.length > 0 && SECRET_MASK.startsWith(sealShown), seal).toBe(true);
});

/** A mark of each kind a log viewer acts on or hides, and the escapes the message is to give of them. */
const MARKS = "a\u202eb\u2066c\u200bd\u200ee\u061cf\ufeffg\u00adh\u0085i";
const MARKS_ESCAPED = "a\\u202eb\\u2066c\\u200bd\\u200ee\\u061cf\\ufeffg\\u00adh\\u0085i";

test("bidirectional, zero-width and C1 marks are escaped, in what a Sips reply claims and in a quoted line", async () => {
  const { field, formatError, messageField } = spec();
  const said = await messageFor(() => JSON.stringify({ [field]: formatError, [messageField]: MARKS }));
  expect(said).toBe(`the server answered HTTP 500 (it claims status "${formatError}": "${MARKS_ESCAPED}")`);
  // A line's spaces are collapsed, U+FEFF among them.
  expect(await messageFor(() => `<p>${MARKS}</p>`)).toBe(
    `the server answered HTTP 500: "${MARKS_ESCAPED.replace("\\ufeff", " ")}"`,
  );
});

test("a page's title that holds the key has it withheld", async () => {
  expect(await messageFor(() => `<html><title>bad key ${KEY}</title>`, 403)).toBe(
    `the server answered HTTP 403: "bad key ${SECRET_MASK}"`,
  );
});

test("a field named in error that has not the shape of a field's name is not named", async () => {
  const { field, formatError, errorField } = spec();
  for (const named of ["amount\u202e", "amount is bad", "<b>amount</b>", "4970100000000003"])
    expect(await messageFor(() => JSON.stringify({ [field]: formatError, [errorField]: named }), 400)).toBe(
      `the server answered HTTP 400 (it claims status "${formatError}")`,
    );
});
