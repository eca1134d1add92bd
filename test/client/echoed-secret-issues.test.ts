// A reply's field that holds a secret of the request (Sips echoing a card
// number into a free text field, in the wrong format) is not quoted by the
// result's issues, errors or warnings, sealed and verified as the reply is; nor
// is a reply that is one JSON text echoing it; nor the words of a fetch of one's
// own that quote the request it was handed. Every operation whose request holds
// a field marked sensitive is called with its OpenAPI examples over a real
// socket; the field each reply puts the card in is the first whose validation
// quotes it, found by the operation's own validator. None is named here.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type ClientResult, createClient, type FetchLike, formatIssue, operations } from "../../generated/index.js";
import { SECRET_MASK } from "../../generated/runtime/client-secrets.js";
import { SEAL_FIELD } from "../../generated/runtime/platform.js";
import { callFields, exampleOf } from "../support/openapi-examples.js";

type Descriptor = (typeof operations)[keyof typeof operations];
type Call = (fields: unknown) => Promise<ClientResult<unknown>>;

const CARD = "4970100000000003";
const KEY = "echoed-secret-issues-key";

/** The request's fields: its example without what the client fills, each secret field the card number. */
function fieldsOf(op: Descriptor): Record<string, unknown> {
  const fields = callFields(op.request.name);
  for (const field of op.request.fields) if (field.sensitive !== undefined) fields[field.name] = CARD;
  return fields;
}

/** Every issue of a validation's result, errors and warnings. */
function issuesOf(result: ReturnType<Descriptor["response"]["validate"]>) {
  return result.ok ? result.warnings : [...result.errors, ...result.warnings];
}

/**
 * The example reply with the card number in the first top-level text field, not itself a secret, whose issue
 * quotes it (a value list, a format, a length it does not fit): the field's name and the reply.
 */
function echoingReply(op: Descriptor): { field: string; reply: Record<string, unknown> } | null {
  const example = exampleOf(op.response.name);
  for (const field of op.response.fields) {
    if (field.type !== "string" || field.sensitive !== undefined || field.name === SEAL_FIELD) continue;
    const reply = { ...example, [field.name]: CARD };
    if (issuesOf(op.response.validate(reply)).some((i) => "received" in i && i.received === CARD))
      return { field: field.name, reply };
  }
  return null;
}

const withSecrets = Object.values(operations).filter((op) => op.request.fields.some((f) => f.sensitive !== undefined));
const echoing = withSecrets.flatMap((op) => {
  const found = echoingReply(op);
  return found === null ? [] : [[op.name, op, found] as const];
});

/** What the server answers; set by each test before its call. */
let answer = "";
let server: Server;
let base = "";
beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(answer));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const callOf = (op: Descriptor, fetch?: FetchLike): Call => {
  const client = createClient({
    environment: base as `http://${string}`,
    merchantId: "002001000000001",
    keyVersion: 1,
    secretKey: KEY,
    ...(fetch === undefined ? {} : { fetch }),
  }) as unknown as Record<string, Call>;
  return client[op.name] as Call;
};

/** A result's issues: an ok one's warnings, an error's issues and warnings. */
function issuesIn(result: ClientResult<unknown>) {
  if (result.ok) return result.warnings;
  return "issues" in result.error ? [...result.error.issues, ...result.error.warnings] : [];
}

/**
 * Every text of a result but a verified reply's own fields (its data, the card where Sips put it): an error's
 * JSON and message, an ok result's warnings, each issue as formatIssue renders it.
 */
function textsOf(result: ClientResult<unknown>): string[] {
  const issues = issuesIn(result);
  const whole = result.ok ? [JSON.stringify(result.warnings)] : [JSON.stringify(result), result.error.message];
  return [...whole, ...issues.map((i) => formatIssue(i))];
}

test("some operation whose request holds a secret has a reply field whose issue would quote a card number", () => {
  expect(echoing.length).toBeGreaterThan(0);
});

describe.each(echoing)("%s", (_name, op, { field, reply }) => {
  test("a sealed reply that echoes the card number into a field: its issue names the field, not the card", async () => {
    answer = JSON.stringify({ ...reply, [SEAL_FIELD]: op.response.seal(reply as never, KEY) });
    const result = await callOf(op)(fieldsOf(op));
    for (const text of textsOf(result)) expect(text).not.toContain(CARD);
    const told = issuesIn(result).filter((i) => i.path === `/${field}`);
    expect(told.length).toBeGreaterThan(0);
    for (const issue of told) expect(issue).not.toHaveProperty("received");
    if (!result.ok) expect(result.error).toMatchObject({ kind: "invalid-response", sealVerified: true });
  });

  test("…and the card number as a number where a text is due: the error names the field, not the card", async () => {
    // A type error, an error whether or not validation is strict: the errors are masked as the warnings are.
    const typed = { ...reply, [field]: Number(CARD) };
    answer = JSON.stringify({ ...typed, [SEAL_FIELD]: op.response.seal(typed as never, KEY) });
    const result = await callOf(op)(fieldsOf(op));
    expect(result).toMatchObject({ ok: false, error: { kind: "invalid-response", sealVerified: true } });
    for (const text of textsOf(result)) expect(text).not.toContain(CARD);
    const told = result.ok ? [] : result.error.kind === "invalid-response" ? result.error.issues : [];
    expect(told.filter((i) => i.path === `/${field}`).map((i) => [i.code, "received" in i])).toEqual([["type", false]]);
  });
});

describe.each(withSecrets.map((op) => [op.name, op] as const))("%s", (_name, op) => {
  test("a reply that is one JSON text echoing the card number: its issue does not quote it", async () => {
    answer = JSON.stringify(`refused: card ${CARD}`);
    const result = await callOf(op)(fieldsOf(op));
    expect(result).toMatchObject({ ok: false, error: { kind: "invalid-response", sealVerified: false } });
    for (const text of textsOf(result)) expect(text).not.toContain(CARD);
    expect(result.ok || ("issues" in result.error && result.error.issues[0]?.path)).toBe("");
  });

  test("a fetch of one's own whose rejection quotes the request: the network error's message masks the card", async () => {
    const quoting: FetchLike = (_url, init) => Promise.reject(new Error(`could not post ${init.body}`));
    const result = await callOf(op, quoting)(fieldsOf(op));
    expect(result).toMatchObject({ ok: false, error: { kind: "network", sent: "maybe" } });
    for (const text of textsOf(result)) expect(text).not.toContain(CARD);
    expect(result.ok || result.error.message).toContain(SECRET_MASK);
  });

  test("…and one whose words are cut inside the card number: the start of it is masked too", async () => {
    const quoting: FetchLike = () => Promise.reject(new Error(`${"x".repeat(995)}${CARD}`));
    const result = await callOf(op, quoting)(fieldsOf(op));
    expect(result.ok || result.error.message).toMatch(/x\[withheld\]…$/);
    expect(JSON.stringify(result)).not.toContain(CARD.slice(0, 4));
  });
});

test("a reply's issues of a request without a secret still quote their values", async () => {
  const op = Object.values(operations).find(
    (o) =>
      !o.request.fields.some((f) => f.sensitive !== undefined) &&
      o.request.factsStop?.sensitive === undefined &&
      echoingReply(o) !== null,
  );
  if (op === undefined) throw new Error("no operation without a secret has a reply field whose issue quotes a value");
  const found = echoingReply(op);
  if (found === null) throw new Error("unreachable");
  answer = JSON.stringify({ ...found.reply, [SEAL_FIELD]: op.response.seal(found.reply as never, KEY) });
  const result = await callOf(op)(fieldsOf(op));
  expect(issuesIn(result).some((i) => i.path === `/${found.field}` && i.received === CARD)).toBe(true);
});
