// The note a call's http error ends with where its base URL's path starts the
// operation's own (the reference index's base address given as a base URL, or
// a proxy's mount that takes it off, which the note's question allows for):
// said of a whole segment only, whatever way the base is written, and only of
// an http error, never of a reply the server gave otherwise. The mock's 404 is the
// http error; the operation's path comes from the registry.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createClient } from "../../generated/index.js";
import { startMockServer, type MockServer } from "../../generated/mock.js";
import { path, secretKey } from "../support/mock-seed-operation.js";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ secretKey });
});
afterAll(() => server.close());

/** The operation's path's first segment ("/rs-services"), and the two after it (the base address's path). */
const [, first = "", second = ""] = path.split("/");
if (first.length < 3 || second === "") throw new Error(`${path} has no base address's path to give`);
const basePath = `/${first}/${second}`;

const NOTE = "whole path after the base URL's";

async function callAt(environment: `http://${string}`) {
  const client = createClient({ environment, merchantId: "002001000000001", keyVersion: 1, secretKey });
  return client.paymentTokenInitialize({ sdkOperationName: "CARDORDER", sdkVersion: "2.0.4" });
}

test("a base address's path, with a trailing slash or not, is noted on the mock's 404", async () => {
  for (const base of [`${server.url}${basePath}`, `${server.url}${basePath}/`] as const) {
    const result = await callAt(base);
    expect(result.ok ? null : result.error).toMatchObject({ kind: "http", status: 404 });
    expect(result.ok ? "" : result.error.message, base).toContain(
      `; the path called (${basePath}${path}) holds ${basePath} twice, as the client puts paymentTokenInitialize's ${NOTE}`,
    );
  }
});

test("the note asks, as a proxy mounted at the path, which takes it off, is as valid: a first segment alone as well", async () => {
  // A reverse proxy at /rs-services that strips it: the server behind it sees the operation's path once.
  for (const mount of [`/${first}`, basePath]) {
    const result = await callAt(`${server.url}${mount}`);
    expect(result.ok ? null : result.error).toMatchObject({ kind: "http", status: 404 });
    expect(result.ok ? "" : result.error.message, mount).toMatch(
      new RegExp(
        `; the path called \\(${mount}${path}\\) holds ${mount} twice, .*: unless a proxy there takes ${mount} off, give the server's origin alone \\(${server.url}\\), or an environment's name to reach Sips$`,
      ),
    );
  }
});

test("a proxy's path that starts the operation's path within a segment, or in another case, is not noted", async () => {
  // "/rs" starts "/rs-services/..." as text, not as a path: the URL called holds no path twice.
  for (const base of [`${server.url}/${first.slice(0, 2)}`, `${server.url}${basePath.toUpperCase()}`] as const) {
    const result = await callAt(base);
    expect(result.ok ? null : result.error).toMatchObject({ kind: "http", status: 404 });
    expect(result.ok ? "" : result.error.message, base).not.toContain(NOTE);
  }
});

test("a reply other than an http error, at a base address's path, is not noted: the server answered the call", async () => {
  // A server that serves the doubled path (a proxy's rewrite) and answers 200 with an unsealed reply.
  const called: string[] = [];
  const client = createClient({
    environment: `http://127.0.0.1:9${basePath}`,
    merchantId: "002001000000001",
    keyVersion: 1,
    secretKey,
    fetch: async (url) => {
      called.push(url);
      return { status: 200, text: async () => "{}" };
    },
  });
  const result = await client.paymentTokenInitialize({ sdkOperationName: "CARDORDER", sdkVersion: "2.0.4" });
  expect(called).toEqual([`http://127.0.0.1:9${basePath}${path}`]);
  expect(result.ok ? null : result.error.kind).not.toBe("http");
  expect(result.ok ? "" : result.error.message).not.toContain(NOTE);
});
