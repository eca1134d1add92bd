// An http error's body with some bytes that are not UTF-8 (a page in Latin-1,
// one bad byte) is still quoted, its words saying why the call failed; only a
// body mostly made of such bytes, or holding a control character, is said not
// to be text, and the message says which and how many.
import { expect, test } from "vitest";
import type { FetchLike } from "../../generated/runtime/client-fetch.js";
import { callWith, replyConfig } from "../support/reply-server.js";

/** The message of the http error a call gets when the server answers 503 with these bytes. */
async function messageFor(bytes: Uint8Array): Promise<string> {
  const fetch: FetchLike = async () => ({ status: 503, text: async () => "", body: new Blob([bytes]).stream() });
  const result = await callWith(replyConfig("http://127.0.0.1:9", undefined, fetch));
  if (result.ok || result.error.kind !== "http") throw new Error(`not an http error: ${JSON.stringify(result)}`);
  return result.error.message;
}

/** Text as Latin-1 bytes: each accented letter one byte that UTF-8 cannot read. */
const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

test("a page in Latin-1 is quoted, each byte UTF-8 cannot read shown as U+FFFD", async () => {
  const page = latin1("<html><title>Service indisponible, réessayez dans quelques minutes</title></html>");
  expect(await messageFor(page)).toBe(
    'the server answered HTTP 503: "Service indisponible, r\ufffdessayez dans quelques minutes"',
  );
});

test("one bad byte in a long line does not hide the line", async () => {
  const line = new Uint8Array([...new TextEncoder().encode("maintenance until 14:00 "), 0xc3, ...latin1(" UTC")]);
  expect(await messageFor(line)).toBe('the server answered HTTP 503: "maintenance until 14:00 \ufffd UTC"');
});

test("a body mostly of bytes that are not UTF-8 is not text, and the message says how many", async () => {
  const bytes = new Uint8Array([0xff, 0xfe, 0xfd, 0xfc, 0x41, 0xfb, 0xfa, 0x42]);
  expect(await messageFor(bytes)).toBe(
    "the server answered HTTP 503 with a body that is not text (6 of its 8 characters read are bytes that are not UTF-8)",
  );
});

test("a quarter of such bytes is still text, more is not", async () => {
  const bytes = (replaced: number, plain: number) =>
    new Uint8Array([...new Array<number>(replaced).fill(0xff), ...new Array<number>(plain).fill(0x61)]);
  expect(await messageFor(bytes(2, 6))).toBe(`the server answered HTTP 503: "\ufffd\ufffdaaaaaa"`);
  expect(await messageFor(bytes(3, 6))).toMatch(
    /not text \(3 of its 9 characters read are bytes that are not UTF-8\)$/,
  );
});

test("a control character makes a body not text whatever else it holds, the message naming it", async () => {
  expect(await messageFor(new Uint8Array([0x4f, 0x4b, 0x00, 0x4f, 0x4b]))).toBe(
    "the server answered HTTP 503 with a body that is not text (it holds the control character U+0000)",
  );
});
