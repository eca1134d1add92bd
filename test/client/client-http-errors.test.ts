// The generated client against the real mock server on loopback (test/support/client-mock.ts), and against injected
// fetches for what a healthy server never does: http, a reply whose status is not success (its excerpt capped), a
// redirect not followed.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, test } from "vitest";
import { createClient, type FetchLike } from "../../generated/index.js";
import { config, fields, fixed, server, useClientMock } from "../support/client-mock.js";

useClientMock();

describe("each error kind", () => {
  test("http: the status and a capped excerpt of the body", async () => {
    const result = await createClient(config({ fetch: fixed(502, "x".repeat(5000)) })).paymentTokenInitialize(fields);
    expect(result.ok ? null : result.error).toMatchObject({ kind: "http", status: 502 });
    if (!result.ok && result.error.kind === "http") expect(result.error.body.length).toBeLessThanOrEqual(1000);
    const notFound = await createClient(config({ environment: `${server.url}/elsewhere` })).paymentTokenInitialize(
      fields,
    );
    expect(notFound.ok ? null : notFound.error).toMatchObject({ kind: "http", status: 404 });
  });

  test("http: a redirect is the error it is, not followed, and the sealed request goes nowhere else", async () => {
    const hits: string[] = [];
    let answer = 307;
    const redirecting = createServer((req, res) => {
      hits.push(`${req.method} ${req.url}`);
      req.resume();
      if (req.url === "/moved") return void res.end("{}");
      res.writeHead(answer, { location: "/moved" }).end("moved");
    });
    await new Promise<void>((resolve) => redirecting.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = redirecting.address() as AddressInfo;
      const client = createClient(config({ environment: `http://127.0.0.1:${port}` }));
      for (const code of [301, 302, 303, 307, 308]) {
        answer = code;
        const result = await client.paymentTokenInitialize(fields);
        expect(result.ok ? null : result.error).toEqual({
          kind: "http",
          sent: "yes",
          message: `the server answered HTTP ${code} (a redirect to /moved, which the client does not follow)`,
          status: code,
          body: "moved",
        });
      }
      // Statuses of 3xx that fetch never follows are not called redirects: each is told by what it is.
      for (const [code, note] of [
        [300, " (multiple choices, the server's preferred one at /moved)"],
        [304, " (not modified)"],
        [305, " (its Location is /moved)"],
      ] as const) {
        answer = code;
        const result = await client.paymentTokenInitialize(fields);
        expect(result.ok ? null : result.error.message).toBe(`the server answered HTTP ${code}${note}`);
      }
      expect(hits.filter((hit) => hit.endsWith("/moved"))).toEqual([]);
      // A Location as long as a header may be is capped as the body is.
      const far = `/${"x".repeat(16_000)}`;
      const long: FetchLike = async () => ({
        status: 302,
        text: async () => "",
        headers: new Headers({ location: far }),
      });
      const capped = await createClient(config({ fetch: long })).paymentTokenInitialize(fields);
      expect(capped.ok ? null : capped.error.message).toBe(
        `the server answered HTTP 302 (a redirect to ${far.slice(0, 999)}…, which the client does not follow)`,
      );
      // A fetch of one's own whose headers are not a Headers (or throw) gives a redirect without its Location.
      for (const headers of [
        { location: "/moved" },
        {
          get: () => {
            throw new Error("no");
          },
        },
        null,
      ]) {
        const own: FetchLike = async () => ({ status: 302, text: async () => "", headers });
        const result = await createClient(config({ fetch: own })).paymentTokenInitialize(fields);
        expect(result.ok ? null : result.error.message).toBe(
          "the server answered HTTP 302 (a redirect, which the client does not follow)",
        );
      }
      // A browser's fetch hides a redirect it does not follow: status 0, no headers, "opaqueredirect" its type.
      const opaque: FetchLike = async () => ({ status: 0, type: "opaqueredirect", text: async () => "" });
      const hidden = await createClient(config({ fetch: opaque })).paymentTokenInitialize(fields);
      expect(hidden.ok ? null : hidden.error).toEqual({
        kind: "http",
        sent: "yes",
        message:
          "the server answered with a redirect, which the client does not follow (an opaque redirect: the fetch hides its status and Location)",
        status: 0,
        body: "",
      });
    } finally {
      redirecting.close();
    }
  });
});
