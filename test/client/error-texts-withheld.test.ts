// The texts of a reply that a failed call keeps whole, not only the message's
// summary of them, withhold the secret key and the request's seal: an http
// error's body, the excerpt of a reply that is not JSON, and the words a fetch
// of one's own rejected with. Code logs the error whole, and a sealed request
// read from a log could be sent again.
import { expect, test } from "vitest";
import type { FetchLike } from "../../generated/runtime/client-fetch.js";
import { LONGEST_CHECKED_VALUE, SECRET_MASK } from "../../generated/runtime/client-secrets.js";
import { SEAL_FIELD } from "../../generated/runtime/platform.js";
import { callWith, replyConfig } from "../support/reply-server.js";

const KEY = "echoed-key-0001";

/**
 * A call sealed with `key` (KEY unless given) whose fetch answers `status` with `body(sent)`, `sent` the request's
 * JSON as posted, and with a Location of `location(sent)` when given; the reply read up to `maxReplyBytes` if given.
 */
async function failed(
  body: (sent: string) => string,
  status: number,
  {
    maxReplyBytes,
    location,
    key = KEY,
  }: { maxReplyBytes?: number; location?: (sent: string) => string; key?: string } = {},
) {
  let sentSeal = "";
  const fetch: FetchLike = async (_url, init) => {
    const sent = String(init.body);
    sentSeal = String((JSON.parse(sent) as Record<string, unknown>)[SEAL_FIELD]);
    const bytes = new TextEncoder().encode(body(sent));
    const headers = new Headers(location === undefined ? {} : { location: location(sent) });
    return { status, headers, text: async () => "read as a stream", body: new Blob([bytes]).stream() };
  };
  const result = await callWith({ ...replyConfig("http://127.0.0.1:9", maxReplyBytes, fetch), secretKey: key });
  if (result.ok) throw new Error("the call succeeded");
  expect(sentSeal).toMatch(/^[0-9a-f]{64}$/);
  return { error: result.error, sentSeal };
}

test("an http error's body holds neither the key nor the request's seal, as its message does not", async () => {
  const { error, sentSeal } = await failed((sent) => `proxy refused ${sent} with key ${KEY}`, 502);
  if (error.kind !== "http") throw new Error(`not an http error: ${error.kind}`);
  expect(error.body).toContain(`with key ${SECRET_MASK}`);
  expect(error.body).toContain(`"${SEAL_FIELD}":"${SECRET_MASK}"`);
  expect(error.body).not.toContain(KEY);
  expect(error.body).not.toContain(sentSeal);
  // What is not secret is still there to read.
  expect(error.body).toContain('"currencyCode":"978"');
});

test("the key cut at the end of the body's excerpt is withheld from its start", async () => {
  const { error } = await failed(() => `${"x".repeat(990)} ${KEY} and more after the cut`, 500);
  if (error.kind !== "http") throw new Error(`not an http error: ${error.kind}`);
  const start = `${"x".repeat(990)} `;
  expect(error.body.startsWith(start) && error.body.endsWith("…")).toBe(true);
  // The mask, cut at the excerpt's bound as any text there is: no character of the key after the page's own.
  const rest = error.body.slice(start.length, -1);
  expect(rest.length).toBeGreaterThan(0);
  expect(SECRET_MASK.startsWith(rest)).toBe(true);
});

test("an http error's body cut at maxReplyBytes holds neither the key nor the request's seal", async () => {
  // Past the bound, the body is read only as far as it and cut there: the other way to its excerpt.
  const echo = (sent: string) => `refused ${sent} with key ${KEY} ${"y".repeat(600)}`;
  const { error, sentSeal } = await failed(echo, 503, { maxReplyBytes: 400 });
  if (error.kind !== "http") throw new Error(`not an http error: ${error.kind}`);
  expect(error.body.endsWith("…")).toBe(true);
  expect(error.body).toContain(`with key ${SECRET_MASK}`);
  expect(error.body).toContain(`"${SEAL_FIELD}":"${SECRET_MASK}"`);
  expect(error.body).not.toContain(KEY);
  expect(error.body).not.toContain(sentSeal);
});

test("a redirect's Location, named in the http error, holds neither the key nor the request's seal", async () => {
  let seal = "";
  const location = (sent: string) => {
    seal = String((JSON.parse(sent) as Record<string, unknown>)[SEAL_FIELD]);
    return `https://login.example/?key=${KEY}&seal=${seal}&then=pay`;
  };
  const { error } = await failed(() => "", 302, { location });
  if (error.kind !== "http") throw new Error(`not an http error: ${error.kind}`);
  expect(error.message).toContain(`key=${SECRET_MASK}&seal=${SECRET_MASK}&then=pay`);
  expect(error.message).not.toContain(KEY);
  expect(error.message).not.toContain(seal);
});

test("a key with a quote and a backslash is withheld as JSON escapes it too", async () => {
  const key = 'odd"key\\0002';
  const { error } = await failed(() => JSON.stringify({ echoed: { said: key } }), 400, { key });
  if (error.kind !== "http") throw new Error(`not an http error: ${error.kind}`);
  expect(error.body).toBe(`{"echoed":{"said":"${SECRET_MASK}"}}`);
});

test("a 2xx reply that is not JSON is quoted without the key or the request's seal", async () => {
  const { error, sentSeal } = await failed((sent) => `<p>echo ${sent} ${KEY}</p>`, 200);
  if (error.kind !== "invalid-response") throw new Error(`not an invalid response: ${error.kind}`);
  const received = String(error.issues[0]?.received);
  expect(received).toContain(`"${SEAL_FIELD}":"${SECRET_MASK}"`);
  expect(received).not.toContain(KEY);
  expect(received).not.toContain(sentSeal);
});

test("a fetch of one's own that rejects quoting the request has its seal withheld in the network error", async () => {
  let sentSeal = "";
  const fetch: FetchLike = async (_url, init) => {
    const sent = String(init.body);
    sentSeal = String((JSON.parse(sent) as Record<string, unknown>)[SEAL_FIELD]);
    throw new Error(`gave up on ${sent}`);
  };
  const result = await callWith({ ...replyConfig("http://127.0.0.1:9", undefined, fetch), secretKey: KEY });
  if (result.ok || result.error.kind !== "network") throw new Error("not a network error");
  expect(sentSeal).not.toBe("");
  expect(result.error.message).toContain(`"${SEAL_FIELD}":"${SECRET_MASK}"`);
  expect(result.error.message).not.toContain(sentSeal);
});

/** A reply of 200 that is the request echoed, its status message quoting `said(sent seal)`; sealed or not. */
async function echoed(said: (seal: string) => string, sealed: boolean) {
  let sentSeal = "";
  const fetch: FetchLike = async (_url, init) => {
    const sent = JSON.parse(String(init.body)) as Record<string, unknown>;
    sentSeal = String(sent[SEAL_FIELD]);
    const { [SEAL_FIELD]: _seal, ...rest } = sent;
    const reply = { ...(sealed ? sent : rest), redirectionStatusMessage: said(sentSeal) };
    return { status: 200, text: async () => JSON.stringify(reply) };
  };
  const result = await callWith({ ...replyConfig("http://127.0.0.1:9", undefined, fetch), secretKey: KEY });
  if (result.ok) throw new Error("the call succeeded");
  return { error: result.error, sentSeal };
}

test.each([
  ["whose seal does not verify", true, "seal-mismatch"],
  ["with no seal", false, "unsealed-response"],
])("a reply %s quotes its status message without the key or the request's seal", async (_, sealed, kind) => {
  const { error, sentSeal } = await echoed((seal) => `refused ${seal} for key ${KEY}`, sealed);
  expect(error.kind).toBe(kind);
  const logged = JSON.stringify(error);
  expect(logged).toContain(`refused ${SECRET_MASK} for key ${SECRET_MASK}`);
  expect(logged).not.toContain(KEY);
  expect(logged).not.toContain(sentSeal);
});

test("a reply that is the request's seal alone, a JSON text, is refused without quoting it", async () => {
  let sentSeal = "";
  const fetch: FetchLike = async (_url, init) => {
    sentSeal = String((JSON.parse(String(init.body)) as Record<string, unknown>)[SEAL_FIELD]);
    return { status: 200, text: async () => JSON.stringify(sentSeal) };
  };
  const result = await callWith({ ...replyConfig("http://127.0.0.1:9", undefined, fetch), secretKey: KEY });
  if (result.ok || result.error.kind !== "invalid-response") throw new Error("not an invalid response");
  expect(result.error.issues.length).toBeGreaterThan(0);
  expect(JSON.stringify(result.error)).not.toContain(sentSeal);
});

test("a reply that is a JSON text too long to mask is not quoted where it holds the request's seal", async () => {
  let sentSeal = "";
  const fetch: FetchLike = async (_url, init) => {
    const sent = String(init.body);
    sentSeal = String((JSON.parse(sent) as Record<string, unknown>)[SEAL_FIELD]);
    // The request echoed inside a long text: the request itself holds no secret field.
    return { status: 200, text: async () => JSON.stringify(`${"x".repeat(LONGEST_CHECKED_VALUE)} ${sent}`) };
  };
  const result = await callWith({ ...replyConfig("http://127.0.0.1:9", undefined, fetch), secretKey: KEY });
  if (result.ok || result.error.kind !== "invalid-response") throw new Error("not an invalid response");
  expect(result.error.issues.length).toBeGreaterThan(0);
  expect(JSON.stringify(result.error)).not.toContain(sentSeal);
  // A long text that quotes neither is shown as before.
  const plain: FetchLike = async () => ({ status: 200, text: async () => JSON.stringify("y".repeat(1200)) });
  const shown = await callWith({ ...replyConfig("http://127.0.0.1:9", undefined, plain), secretKey: KEY });
  if (shown.ok || shown.error.kind !== "invalid-response") throw new Error("not an invalid response");
  expect(shown.error.issues.map((issue) => issue.received)).toContain("y".repeat(1200));
});

test("a long text is searched for a key with a quote and a backslash as written, not only as JSON escapes it", async () => {
  const key = 'echoed"key\\0002';
  // The reply is one JSON text: once read, it quotes the key as written, not as its JSON.
  const fetch: FetchLike = async () => ({
    status: 200,
    text: async () => JSON.stringify(`${"x".repeat(LONGEST_CHECKED_VALUE)} ${key}`),
  });
  const result = await callWith({ ...replyConfig("http://127.0.0.1:9", undefined, fetch), secretKey: key });
  if (result.ok || result.error.kind !== "invalid-response") throw new Error("not an invalid response");
  expect(result.error.issues.length).toBeGreaterThan(0);
  const received = result.error.issues.map((issue) => String(issue.received));
  expect(received.filter((text) => text.includes(key))).toEqual([]);
  // Escaped only, as a page quoting the request's JSON has it: searched too.
  const escaped = JSON.stringify(key).slice(1, -1);
  const quoted: FetchLike = async () => ({
    status: 200,
    text: async () => JSON.stringify(`${"x".repeat(LONGEST_CHECKED_VALUE)} ${escaped}`),
  });
  const again = await callWith({ ...replyConfig("http://127.0.0.1:9", undefined, quoted), secretKey: key });
  if (again.ok || again.error.kind !== "invalid-response") throw new Error("not an invalid response");
  expect(again.error.issues.map((issue) => String(issue.received)).filter((text) => text.includes(escaped))).toEqual(
    [],
  );
});
