// The control characters U+001C to U+001F (the file, group, record and unit separators) are no text's: an http
// error's body holding one is said not to be text, and which, as with the other controls (the class skips escape,
// U+001B, between them, which a page that colours its words holds).
import { expect, test } from "vitest";
import type { FetchLike } from "../../generated/runtime/client-fetch.js";
import { callWith, replyConfig } from "../support/reply-server.js";

async function messageFor(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const fetch: FetchLike = async () => ({ status: 503, text: async () => "", body: new Blob([bytes]).stream() });
  const result = await callWith(replyConfig("http://127.0.0.1:9", undefined, fetch));
  if (result.ok || result.error.kind !== "http") throw new Error(`not an http error: ${JSON.stringify(result)}`);
  return result.error.message;
}

test.each(["\u001c", "\u001d", "\u001e", "\u001f"])("a body holding %j is not text, and says which", async (c) => {
  const code = c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
  expect(await messageFor(`record${c}field${c}value`)).toBe(
    `the server answered HTTP 503 with a body that is not text (it holds the control character U+${code})`,
  );
});
