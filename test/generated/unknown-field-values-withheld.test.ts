// A value under a name the spec does not know is never in what a validation,
// the client or the mock gives back: not quoted in a text, not carried in an
// issue's `received`. The spec cannot say such a value is no card number (a
// fraud check's reply that echoes the card under a field newer than the spec),
// and a result's issues and warnings end up in logs whole. Drawn over every
// operation of the repository's spec, request and response, a card number (as
// text and as a number) or the secret key put under an unknown name at the top
// of a message or inside any of its containers and lists of containers, in a
// message otherwise drawn as the other property tests draw them.
import fc from "fast-check";
import { afterAll, beforeAll, expect, test } from "vitest";
import {
  createClient,
  type FieldDescriptor,
  formatIssue,
  type MessageDescriptor,
  operations,
  type ValidationIssue,
  type ValidationResult,
} from "../../generated/index.js";
import { type MockServer, startMockServer } from "../../generated/mock.js";
import { objectArb } from "../support/message-arbitrary.js";
import { drawOf } from "../support/property-runs.js";
import { expectSame } from "../support/quick-expect.js";

const CARD = "4111111111111111";
const secretKey = "002001000000001_KEY1_withheld";
/** What must never show: the card number (whichever way it is written) and the key. */
const NEVER = [CARD, secretKey];
const SECRETS = [CARD, Number(CARD), secretKey];

/** Every text and value an issue list holds, as a log would: JSON of the issues, and each as formatIssue renders it. */
const logged = (issues: readonly ValidationIssue[]): string =>
  `${JSON.stringify(issues)}\n${issues.map(formatIssue).join("\n")}`;

/** Checked first, expect called on a failure alone (quick-expect.ts): the property below runs this for every draw. */
function expectWithheld(result: ValidationResult<unknown>): void {
  const issues = [...(result.ok ? [] : result.errors), ...result.warnings];
  expectSame(issues.some((i) => i.code === "unknown-field"), true);
  for (const issue of issues)
    if (issue.code === "unknown-field" && "received" in issue) expect(issue).not.toHaveProperty("received");
  const text = logged(issues);
  for (const secret of NEVER) if (text.includes(secret)) expect(text).not.toContain(secret);
}

/** Where in a message an unknown field can go: the top, or inside a container or a list of containers, by field names. */
function placesOf(fields: readonly FieldDescriptor[], at: readonly string[] = []): { at: string[]; known: string[] }[] {
  const here = { at: [...at], known: fields.map((f) => f.name) };
  const inner = fields.flatMap((f) => {
    const nested = f.type === "container" ? f.fields : f.type === "list" ? f.items?.fields : null;
    return nested ? placesOf(nested, [...at, f.name]) : [];
  });
  return [here, ...inner];
}

/** `message` with `name: value` put at `at` (a list holds one item there, a container is made where absent). */
function withUnknown(
  message: Record<string, unknown>,
  fields: readonly FieldDescriptor[],
  at: readonly string[],
  name: string,
  value: unknown,
): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...message };
  const [first, ...rest] = at;
  if (first === undefined) {
    Object.defineProperty(copy, name, { value, enumerable: true, writable: true, configurable: true });
    return copy;
  }
  const field = fields.find((f) => f.name === first);
  const nested = (field?.type === "list" ? field.items?.fields : field?.fields) ?? [];
  const inner = withUnknown({}, nested, rest, name, value);
  copy[first] = field?.type === "list" ? [inner] : inner;
  return copy;
}

const messages = Object.values(operations).flatMap((op) =>
  (["request", "response"] as const).map((kind) => ({
    name: `${op.name} ${kind}`,
    prefix: op.interfaceVersion.prefix,
    message: op[kind] as MessageDescriptor<unknown>,
  })),
);

test("the repository's spec gives messages with containers to put a field in", () => {
  expect(messages.length).toBeGreaterThan(10);
  expect(messages.some(({ message }) => placesOf(message.fields).length > 1)).toBe(true);
});

test.each(messages)("$name: an unknown field's value is in no issue, lenient or strict", ({ prefix, message }) => {
  const places = placesOf(message.fields);
  const known = new Set(places.flatMap((p) => p.known));
  const draw = fc.record({
    base: objectArb(message.fields, { prefix, unknownKeys: ["unknownField"] }),
    place: fc.constantFrom(...places),
    name: fc.oneof(fc.constantFrom("cardNumber2", "pan", "__proto__", "a/b~c"), fc.string({ minLength: 1 })),
    secret: fc.constantFrom(...SECRETS),
    strict: fc.boolean(),
  });
  fc.assert(
    fc.property(
      draw.filter(({ name }) => !known.has(name)),
      ({ base, place, name, secret, strict }) => {
        expectWithheld(message.validate(withUnknown(base, message.fields, place.at, name, secret), { strict }));
      },
    ),
    drawOf(60, 400),
  );
});

let mock: MockServer;
const op = operations.paymentTokenInitialize;
const { status } = op;
if (!status) throw new Error("paymentTokenInitialize has no status block");
const valid = { sdkOperationName: "CARDORDER", sdkVersion: "2.0.4" } as never;

beforeAll(async () => {
  mock = await startMockServer({
    secretKey,
    handlers: {
      // A reply that echoes the card under a name the spec does not hold; with sdkVersion 9.9.9, also a wrong status.
      paymentTokenInitialize: (request) =>
        ({
          ...((request as { sdkVersion?: string }).sdkVersion === "9.9.9" ? { [status.field]: 42 } : {}),
          echoedPan: CARD,
        }) as never,
    },
  });
});
afterAll(async () => {
  await mock.close();
});

const client = () => createClient({ environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey });

test("the client's result of a reply that echoes a card number under an unknown name holds it only in the response", async () => {
  const accepted = await client().paymentTokenInitialize(valid);
  if (!accepted.ok) throw new Error(`the call failed: ${accepted.error.message}`);
  expect((accepted.response as unknown as Record<string, unknown>)["echoedPan"]).toBe(CARD);
  expectWithheld({ ok: true, value: null, warnings: accepted.warnings });

  const refused = await client().paymentTokenInitialize({ ...(valid as object), sdkVersion: "9.9.9" } as never);
  expect(refused).toMatchObject({ ok: false, error: { kind: "invalid-response", sealVerified: true } });
  const text = JSON.stringify(refused);
  for (const secret of NEVER) expect(text).not.toContain(secret);
});

test("the client's refusal, and the mock's, of a request with a card number under an unknown name", async () => {
  const refused = await client().paymentTokenInitialize({ ...(valid as object), pan: CARD } as never);
  expect(refused).toMatchObject({ ok: false, error: { kind: "invalid-request", sent: "no" } });
  for (const secret of NEVER) expect(JSON.stringify(refused)).not.toContain(secret);

  const sealedFields: Record<string, unknown> = {
    interfaceVersion: op.interfaceVersion.recommended ?? `${op.interfaceVersion.prefix}2.0`,
    keyVersion: 1,
    merchantId: "002001000000001",
    ...(valid as object),
    pan: CARD,
  };
  sealedFields["seal"] = op.request.seal(sealedFields as never, secretKey);
  const reply = await fetch(`${mock.url}${new URL(op.endpoints.test as string).pathname}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(sealedFields),
  });
  const body = await reply.text();
  // Refused as Sips refuses a format error (a documented code, sealed), where a 400's body would name each issue.
  expect((JSON.parse(body) as Record<string, unknown>)[status.field]).not.toBe(status.accepted);
  for (const secret of NEVER) expect(body).not.toContain(secret);
});
