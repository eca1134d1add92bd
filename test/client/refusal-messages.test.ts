// An error's message says what was wrong, not only how much: a refused request,
// an invalid reply, a reply that cannot go to Paypage and a genuine Paypage
// response that is not valid name their first issues as formatIssue renders
// them, so that code that logs `error.message` alone (as the users' guide's
// first example does) tells which field to fix. The rendering quotes only what
// every text of the package may: a sensitive field's value never.
import { expect, test } from "vitest";
import {
  createClient,
  type FetchLike,
  formatIssue,
  type OperationName,
  operations,
  paypagePostForm,
  paypageRedirectionForm,
} from "../../generated/index.js";
import { type MockHandler, startMockServer } from "../../generated/mock.js";
import { callFields } from "../support/openapi-examples.js";

const secretKey = "refusal-messages-key";
const credentials = { merchantId: "002001000000001", keyVersion: 1, secretKey } as const;

/** A fetch that records what it is handed and answers nothing: a refused request never reaches it. */
function recorder(): { sent: unknown[]; fetch: FetchLike } {
  const sent: unknown[] = [];
  return {
    sent,
    fetch: async (input) => {
      sent.push(input);
      throw new Error("not expected");
    },
  };
}

/** What a message names after its count: the issues as formatIssue renders them, the first three and how many more. */
function named(issues: readonly Parameters<typeof formatIssue>[0][]): string {
  const shown = issues.slice(0, 3).map(formatIssue);
  return `: ${[...shown, ...(issues.length > 3 ? [`and ${issues.length - 3} more`] : [])].join("; ")}`;
}

test("a refused request's message names its problem: the field and what it must be", async () => {
  const { sent, fetch } = recorder();
  const sips = createClient({ environment: "test", ...credentials, fetch });
  const result = await sips.cancel({ currencyCode: "978", transactionReference: "x".repeat(36), operationAmount: 5 });
  if (result.ok || result.error.kind !== "invalid-request") throw new Error("expected an invalid-request error");
  expect(result.error.issues).toHaveLength(1);
  expect(result.error.message).toBe(`the request is invalid (1 problem); it was not sent${named(result.error.issues)}`);
  expect(result.error.message).toContain("/transactionReference must be at most 35 characters");
  expect(sent).toEqual([]);
});

test("a message names three problems and counts the rest, which the error's issues hold", async () => {
  const { fetch } = recorder();
  const sips = createClient({ environment: "test", ...credentials, fetch });
  const fields = {
    currencyCode: "97",
    transactionReference: 42,
    operationAmount: "5",
    operationOrigin: 1,
    s10TransactionReference: "1",
  };
  const result = await sips.cancel(fields as never);
  if (result.ok || result.error.kind !== "invalid-request") throw new Error("expected an invalid-request error");
  const { issues, message } = result.error;
  expect(issues.length).toBeGreaterThan(3);
  expect(message).toBe(`the request is invalid (${issues.length} problems); it was not sent${named(issues)}`);
  expect(message).toMatch(new RegExp(`; and ${issues.length - 3} more$`));
});

test("a sensitive field's value is not in the message that names its problem", async () => {
  // Each request field marked sensitive (a card number), read from the registry, given as a number: its own
  // refusal, which the message names, with the operation's example request (openapi.json) for the other fields.
  const { fetch } = recorder();
  const sips = createClient({ environment: "test", ...credentials, fetch });
  const sensitive = Object.entries(operations).flatMap(([name, { request }]) =>
    request.fields.filter((f) => f.sensitive !== undefined).map((f) => [name as OperationName, f.name] as const),
  );
  expect(sensitive.length).toBeGreaterThan(0);
  for (const [name, field] of sensitive) {
    const fields = callFields(operations[name].request.name);
    const secret = 4100000000000010;
    const call = sips[name] as (fields: object) => ReturnType<typeof sips.cancel>;
    const result = await call({ ...fields, [field]: secret });
    if (result.ok || result.error.kind !== "invalid-request") throw new Error(`${name}: expected an invalid-request`);
    expect(result.error.message, name).toContain(`/${field} must be a string`);
    expect(result.error.message, name).not.toContain(String(secret));
  }
});

test("a value outside its field's list is named by its kind and length alone, in a message with no sensitive field", async () => {
  // A value the spec does not know may be anything (a card number typed into the wrong field): the message that
  // names its problem, which ends up in logs, says what it is, never what it holds.
  const { fetch } = recorder();
  const sips = createClient({ environment: "test", ...credentials, fetch });
  const secret = "4100000000000010";
  expect(operations.cancel.request.fields.some((f) => f.sensitive !== undefined)).toBe(false);
  const fields = { currencyCode: secret, transactionReference: "order42x1", operationAmount: 5 };
  const result = await sips.cancel(fields as never);
  if (result.ok || result.error.kind !== "invalid-request") throw new Error("expected an invalid-request error");
  const unknown = result.error.issues.find((issue) => issue.code === "unknown-value");
  expect(unknown?.path).toBe("/currencyCode");
  expect(result.error.message).toContain(formatIssue(unknown as Parameters<typeof formatIssue>[0]));
  expect(result.error.message).toContain(`got a string of ${secret.length} characters`);
  expect(result.error.message).not.toContain(secret);
});

test("an invalid reply's message names its problem", async () => {
  const wrongType: MockHandler = () => ({ responseCode: 12345 });
  const mock = await startMockServer({ secretKey, handlers: { cancel: wrongType } });
  try {
    const sips = createClient({ environment: mock.url, ...credentials });
    const result = await sips.cancel({ currencyCode: "978", transactionReference: "order42x1", operationAmount: 5 });
    if (result.ok || result.error.kind !== "invalid-response") throw new Error("expected an invalid-response error");
    expect(result.error.message).toBe(`the reply is not a valid message (1 problem)${named(result.error.issues)}`);
    expect(result.error.message).toContain("/responseCode must be a string, got number 12345");
  } finally {
    await mock.close();
  }
});

test("a reply that cannot go to Paypage, and a form that cannot be built, name their problems", () => {
  const refused = paypageRedirectionForm({ redirectionStatusCode: "00", seal: "0".repeat(64) });
  if (refused.ok) throw new Error("a reply without its redirection cannot be posted");
  expect(refused.error.message).toBe(
    `the reply cannot be posted to Paypage (${refused.error.issues.length} problem${refused.error.issues.length === 1 ? "" : "s"})${named(refused.error.issues)}`,
  );
  expect(refused.error.message).toContain("/redirectionUrl ");
  const form = paypagePostForm({ amount: -1, currencyCode: "978" }, { environment: "simu", ...credentials });
  if (form.ok) throw new Error("a negative amount is no amount");
  expect(form.error.message).toBe(
    `the request is invalid (${form.error.issues.length} problem${form.error.issues.length === 1 ? "" : "s"}); no form was built${named(form.error.issues)}`,
  );
  expect(form.error.message).toContain("/amount ");
});
