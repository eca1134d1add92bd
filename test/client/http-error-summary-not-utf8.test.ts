// A body whose bytes are not UTF-8 (a Latin-1 error page) is said not to be
// text, as the summary's contract gives it, never quoted with the characters
// a decoder could not read (U+FFFD) in place of its own.
import { expect, test } from "vitest";
import type { FetchLike } from "../../generated/runtime/client-fetch.js";
import { callWith, replyConfig } from "../support/reply-server.js";

test("a page in Latin-1, with no control character, is said to be a body that is not text", async () => {
  // "<title>Accès refusé</title>" in ISO-8859-1: è and é are one byte each, neither UTF-8.
  const page = Uint8Array.from(
    [..."<title>Acc"]
      .map((c) => c.charCodeAt(0))
      .concat(
        [0xe8],
        [..."s refus"].map((c) => c.charCodeAt(0)),
        [0xe9],
        [..."</title>"].map((c) => c.charCodeAt(0)),
      ),
  );
  const fetch: FetchLike = async () => ({
    status: 403,
    text: async () => "read as a stream",
    body: new Blob([page]).stream(),
  });
  const result = await callWith(replyConfig("http://127.0.0.1:9", undefined, fetch));
  expect(result.ok ? null : result.error.message).toBe("the server answered HTTP 403 with a body that is not text");
});
