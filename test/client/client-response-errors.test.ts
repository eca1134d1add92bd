// The generated client against the real mock server on loopback (test/support/client-mock.ts), and against injected
// fetches for what a healthy server never does: invalid-response, seal-mismatch and unsealed-response, a reply that
// cannot be trusted as it is.
import { describe, expect, test } from "vitest";
import { createClient } from "../../generated/index.js";
import {
  callWith,
  config,
  fields,
  fixed,
  op,
  secretKey,
  spy,
  status,
  useClientMock,
  example,
} from "../support/client-mock.js";

useClientMock();

describe("each error kind", () => {
  test("invalid-response: a body that is not JSON, or a sealed reply that is not a valid message", async () => {
    // What came instead is in the issue, capped as an HTTP error's body is: it is what tells why.
    const notJson = await createClient(config({ fetch: fixed(200, "<html>") })).paymentTokenInitialize(fields);
    expect(notJson.ok ? null : notJson.error).toMatchObject({
      kind: "invalid-response",
      sent: "yes",
      issues: [{ path: "", code: "not-an-object", received: "<html>" }],
      sealVerified: false,
    });
    const longPage = await createClient(config({ fetch: fixed(200, "y".repeat(5000)) })).paymentTokenInitialize(fields);
    const received =
      longPage.ok || longPage.error.kind !== "invalid-response" ? null : longPage.error.issues[0]?.received;
    expect(received).toBe(`${"y".repeat(999)}…`);
    // Valid JSON, sealed, but not a valid message: a code of the wrong type.
    const wrongType = await callWith(() => ({ [status.field]: 0 }));
    expect(wrongType.ok ? null : wrongType.error).toMatchObject({
      kind: "invalid-response",
      sent: "yes",
      issues: [{ path: `/${status.field}`, code: "type" }],
    });
  });

  test("seal-mismatch: a reply that names another algorithm and is sealed with it, to a client that pins none", async () => {
    const other = "SHA-256";
    const reply = { ...example, [status.field]: status.accepted, sealAlgorithm: other };
    const sealedOther = { ...reply, seal: op.response.seal(reply as never, secretKey, other) };
    // Genuine under the algorithm it names, but the request was sealed with the default one: not trusted.
    expect(op.response.verify(sealedOther as never, secretKey)).toBe(true);
    const result = await callWith(() => sealedOther);
    expect(result.ok ? null : result.error).toMatchObject({ kind: "seal-mismatch", statusCode: status.accepted });
  });

  test("seal-mismatch: a forged seal, or a reply sealed with another key, with the status it claims", async () => {
    const forged = await callWith(() => ({ [status.field]: status.accepted, seal: "0".repeat(64) }));
    expect(forged.ok ? null : forged.error).toMatchObject({ kind: "seal-mismatch", statusCode: status.accepted });
    const otherKey = await createClient(config({ secretKey: "not-the-server-key" })).paymentTokenInitialize(fields);
    expect(otherKey.ok ? null : otherKey.error).toMatchObject({
      kind: "seal-mismatch",
      sent: "yes",
      statusCode: status.signatureError,
    });
  });

  test("unsealed-response: the status code and message it claims, never verified", async () => {
    const strip = (body: string) => JSON.stringify({ ...(JSON.parse(body) as object), seal: undefined });
    const { fetch: stripped } = spy(strip);
    const unsealed = await createClient(config({ fetch: stripped, secretKey: "another" })).paymentTokenInitialize(
      fields,
    );
    expect(unsealed.ok ? null : unsealed.error).toMatchObject({
      kind: "unsealed-response",
      sent: "yes",
      statusCode: status.signatureError,
    });
  });

  test("unsealed-response: a claimed signature error says to check the key of the keyVersion; another code does not", async () => {
    if (status.signatureError === null) throw new Error("the seed operation's status names no signature error");
    const advice = "check that secretKey is the shop's key of the configured keyVersion";
    const refused = await callWith(() => ({ [status.field]: status.signatureError, seal: null }));
    expect(refused.ok ? null : refused.error).toMatchObject({
      kind: "unsealed-response",
      statusCode: status.signatureError,
      message: expect.stringContaining(advice),
    });
    const accepted = await callWith(() => ({ [status.field]: status.accepted, seal: null }));
    expect(accepted.ok ? null : accepted.error).toMatchObject({
      kind: "unsealed-response",
      statusCode: status.accepted,
    });
    expect(accepted.ok ? "" : accepted.error.message).not.toContain(advice);
  });

  test("unsealed-response: a code it claims outside its list is said by its length after the codes the field takes, its message capped as a body is, both cut as an excerpt in the error", async () => {
    const [code, text] = ["9".repeat(5000), "x".repeat(20_000)];
    if (status.messageField === null) throw new Error("the seed operation's status block has no message field");
    const reply = JSON.stringify({ [status.field]: code, [status.messageField]: text });
    const result = await createClient(config({ fetch: fixed(200, reply) })).paymentTokenInitialize(fields);
    // The codes the field takes, as the response's validator names them for a value outside the list.
    const checked = op.response.validate({ [status.field]: code }, { strict: true });
    const issue = checked.ok ? undefined : checked.errors.find((e) => e.code === "unknown-value");
    const named = /\((.+)\)$/.exec(issue?.message ?? "")?.[1];
    if (named === undefined) throw new Error(`the validator names no values of ${status.field}`);
    expect(result.ok ? null : result.error).toEqual({
      kind: "unsealed-response",
      sent: "yes",
      message: `the reply has no seal (it claims a status its field does not list (${named}), a string of 5000 characters: "${text.slice(0, 999)}…"): trust nothing in it`,
      // Cut where they are longer than an excerpt: masking a text costs its length times the request's secrets'.
      statusCode: `${code.slice(0, 999)}…`,
      statusMessage: `${text.slice(0, 999)}…`,
    });
  });
});
