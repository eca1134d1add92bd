// A page that echoes the request it received (a proxy's, a firewall's, a
// server's error page) gives the client its secrets back: each text of a reply
// a result carries (an http error's body, a reply that is not JSON, a Location,
// the status a refused reply claims) has them masked. Every operation whose
// request holds a field marked sensitive, or a secret beyond its facts, is
// called with its OpenAPI example over a real socket; none is named here.
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type ClientResult, createClient, formatIssue, operations } from "../../generated/index.js";
import { BODY_EXCERPT_LENGTH } from "../../generated/runtime/client-reply.js";
import { SECRET_MASK } from "../../generated/runtime/client-secrets.js";
import { callFields } from "../support/openapi-examples.js";

type Descriptor = (typeof operations)[keyof typeof operations];
type Call = (fields: unknown) => Promise<ClientResult<unknown>>;

/** Card numbers, one per secret field of a request, the first in every call. */
const cardNumber = (i: number) => `49701000000000${String(3 + 8 * i).padStart(2, "0")}`;
const FIRST = cardNumber(0);
const BEYOND_NAME = "aFieldBeyondTheRequestFacts";

/** The request's fields for a call: its example without what the client fills, each secret a card number. */
function fieldsOf(op: Descriptor): { fields: Record<string, unknown>; secrets: string[] } {
  const fields = callFields(op.request.name);
  const secrets: string[] = [];
  for (const field of op.request.fields)
    if (field.sensitive !== undefined) fields[field.name] = cardNumber(secrets.push(cardNumber(secrets.length)) - 1);
  if (op.request.factsStop?.sensitive !== undefined)
    fields.beyondFacts = { [BEYOND_NAME]: cardNumber(secrets.push(cardNumber(secrets.length)) - 1) };
  return { fields, secrets };
}

const holdsSecret = (op: Descriptor) =>
  op.request.factsStop?.sensitive !== undefined || op.request.fields.some((f) => f.sensitive !== undefined);
const withSecrets = Object.values(operations).filter(holdsSecret);
const withStatus = withSecrets.filter((op) => op.status !== null);

/** How the server answers the body it received; set by each test before its call. */
let answer: (body: string, res: ServerResponse) => void = (_, res) => res.end();
const received: string[] = [];
let server: Server;
let base = "";
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      received.push(body);
      answer(body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const callOf = (op: Descriptor, maxReplyBytes?: number): Call => {
  const client = createClient({
    environment: base as `http://${string}`,
    merchantId: "002001000000001",
    keyVersion: 1,
    secretKey: "echoed-secrets-key",
    ...(maxReplyBytes === undefined ? {} : { maxReplyBytes }),
  }) as unknown as Record<string, Call>;
  return client[op.name] as Call;
};

/** Every text of a result: its JSON, its error's message and each issue as formatIssue renders it. */
function textsOf(result: ClientResult<unknown>): string[] {
  if (result.ok) return [JSON.stringify(result)];
  const { error } = result;
  const issues = "issues" in error ? [...error.issues, ...error.warnings] : [];
  return [JSON.stringify(result), error.message, ...issues.map((i) => formatIssue(i))];
}

/** Calls `op` against the server answering so; checks the server got the secrets and no text holds one. */
async function echoed(op: Descriptor, reply: typeof answer, maxReplyBytes?: number) {
  const { fields, secrets } = fieldsOf(op);
  answer = reply;
  received.length = 0;
  const result = await callOf(op, maxReplyBytes)(fields);
  expect(received).toHaveLength(1);
  for (const secret of secrets) expect(received[0]).toContain(secret);
  for (const text of textsOf(result)) for (const secret of secrets) expect(text).not.toContain(secret);
  return result.ok ? null : result.error;
}

const page = (body: string) => `<html><body><h1>Request refused</h1><pre>${body}</pre></body></html>`;
const grouped = (digits: string, by: string) => digits.replace(/(\d{4})(?=\d)/g, `$1${by}`);

test("the registry has operations whose request holds a secret, some with a status field", () => {
  expect(withStatus.length).toBeGreaterThan(0);
});

describe.each(withSecrets.map((op) => [op.name, op] as const))("%s", (_name, op) => {
  test.each([400, 403, 500, 502])(
    "an HTTP %i page that echoes the request: its body excerpt is masked",
    async (status) => {
      const error = await echoed(op, (body, res) =>
        res.writeHead(status, { "content-type": "text/html" }).end(page(body)),
      );
      expect(error).toMatchObject({ kind: "http", status });
      expect(error?.kind === "http" && error.body).toContain(SECRET_MASK);
    },
  );

  test("a card number a page prints in groups of digits, with spaces or dashes, is masked too", async () => {
    const error = await echoed(op, (_, res) =>
      res.writeHead(500).end(`card ${grouped(FIRST, " ")}, again ${grouped(FIRST, "-")}`),
    );
    expect(error?.kind === "http" && error.body).toBe(`card ${SECRET_MASK}, again ${SECRET_MASK}`);
  });

  test("a 200 that is not JSON and echoes the request: the issue's received text is masked", async () => {
    const error = await echoed(op, (body, res) => res.writeHead(200, { "content-type": "text/html" }).end(page(body)));
    expect(error?.kind).toBe("invalid-response");
    expect(error?.kind === "invalid-response" && error.issues[0]?.received).toContain(SECRET_MASK);
  });

  test("a redirect whose Location echoes the request: the message's Location is masked", async () => {
    const error = await echoed(op, (body, res) => res.writeHead(302, { location: `/refused?${body}` }).end());
    expect(error).toMatchObject({ kind: "http", status: 302 });
    expect(error?.message).toContain(SECRET_MASK);
  });

  test.each([500, 200])(
    "a card number across the end of an HTTP %i page's excerpt: its start there is masked",
    async (status) => {
      // The card's first 4 digits are the excerpt's last characters before its "…", the page going on past it.
      const error = await echoed(op, (body, res) =>
        res.writeHead(status).end("x".repeat(995) + body.slice(body.indexOf(FIRST))),
      );
      const excerpt =
        error?.kind === "http" ? error.body : error?.kind === "invalid-response" ? error.issues[0]?.received : "";
      expect(excerpt).toBe(`${`${"x".repeat(995)}${SECRET_MASK}`.slice(0, 999)}…`);
      expect(JSON.stringify(error)).not.toContain(FIRST.slice(0, 4));
    },
  );

  test("a body cut at maxReplyBytes inside a card number: the part that was read is masked", async () => {
    const error = await echoed(
      op,
      (body, res) => {
        // Written in two chunks, so with no Content-Length: the client reads up to its bound and cuts there.
        res.writeHead(500);
        res.write("x".repeat(56));
        res.end(body.slice(body.indexOf(FIRST)));
      },
      64,
    );
    const body = error?.kind === "http" ? error.body : "";
    expect(body.slice(-SECRET_MASK.length - 1)).toBe(`${SECRET_MASK}…`);
    expect(JSON.stringify(error)).not.toContain(FIRST.slice(0, 8));
  });
});

describe.each(withStatus.map((op) => [op.name, op] as const))("%s, which has a status field", (_name, op) => {
  test("a JSON reply without a seal that echoes the request in its status: the status it claims is masked", async () => {
    const status = op.status?.field ?? "";
    const message = op.status?.messageField ?? "";
    const error = await echoed(op, (body, res) =>
      res
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ [status]: FIRST, ...(message === "" ? {} : { [message]: body }) })),
    );
    expect(error).toMatchObject({ kind: "unsealed-response", statusCode: SECRET_MASK });
  });

  test("a status message longer than an excerpt, near-matches of the card on and on: cut to an excerpt, masked", async () => {
    // Masking costs the text's length times the secrets': a megabyte's would take seconds, an excerpt's does not.
    const message = op.status?.messageField ?? op.status?.field ?? "";
    const near = `${grouped(FIRST.slice(0, -1), " ")} 9 `;
    const error = await echoed(op, (body, res) =>
      res
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ [message]: body + near.repeat(200_000 / near.length) })),
    );
    const claimed = error?.kind === "unsealed-response" ? error : null;
    const text = (message === op.status?.field ? claimed?.statusCode : claimed?.statusMessage) ?? "";
    expect(text.length).toBeLessThanOrEqual(BODY_EXCERPT_LENGTH);
    expect(text.endsWith("…")).toBe(true);
    expect(text).toContain(SECRET_MASK);
  });
});
