// A validator's unknown field near exactly one field of its message names that
// field, in the issue's message and as `meant`, by the package's one rule of
// suggestions (runtime/closest-names.ts, nearNames): a slip of the keyboard (a
// character left out, doubled, swapped with the next), a letter put for
// another, the name in any case; none for a name far from all, nor where two
// fields are as close. No field of the message is ever reported unknown,
// strict or not. The fields are read from the generated descriptors of a few
// real operations: requests, a response with a valid path, responses whose
// facts stop (a field beyond them is a warning that says so).
import fc from "fast-check";
import { expect, test } from "vitest";
import { type MessageDescriptor, operations, type ValidationIssue } from "../../generated/index.js";
import { nearNames } from "../../generated/runtime/closest-names.js";
import { MEANT_WITHIN_PROBLEMS, unknownFieldIssue, UNKNOWN_FIELD_TEXT } from "../../generated/runtime/issues.js";
import { SLIP_KINDS, type SlipKind, slipped } from "../support/name-slips.js";
import { drawOf } from "../support/property-runs.js";

type Message = Pick<MessageDescriptor<unknown>, "fields" | "validate">;
const messages: readonly (readonly [string, Message])[] = [
  ["paymentTokenInitialize.request", operations.paymentTokenInitialize.request],
  ["paymentTokenInitialize.response", operations.paymentTokenInitialize.response],
  ["acceptChallenge.response", operations.acceptChallenge.response],
  ["refund.request", operations.refund.request],
  ["getTransactionData.response", operations.getTransactionData.response],
];

/** Every issue, strict or not: lenient, an unknown field is a warning, and one beyond a message's facts says so. */
const issuesOf = (message: Message, value: unknown, strict = true): ValidationIssue[] => {
  const result = message.validate(value, { strict });
  return result.ok ? [...result.warnings] : [...result.errors, ...result.warnings];
};

const unknownOf = (message: Message, value: unknown, strict = true): ValidationIssue[] =>
  issuesOf(message, value, strict).filter((issue) => issue.code === "unknown-field");

const draw = fc.record({
  message: fc.constantFrom(...messages),
  field: fc.nat(),
  kind: fc.constantFrom(...SLIP_KINDS),
  at: fc.nat(),
  others: fc.array(fc.nat(), { maxLength: 4 }),
});

test("each slip of a real field near it alone is reported unknown naming that field, and no real field is ever reported unknown", () => {
  const reached = new Map<SlipKind, number>();
  fc.assert(
    fc.property(draw, ({ message: [name, message], field, kind, at, others }) => {
      const names = message.fields.map((f) => f.name);
      const meant = names[field % names.length] as string;
      const near = slipped(meant, kind, at);
      // A slip that is as near another field names neither (the last test).
      fc.pre(near !== meant && near !== "" && nearNames(near, names).length === 1);
      reached.set(kind, (reached.get(kind) ?? 0) + 1);
      // Real fields beside the slip, any values: whatever else is wrong with them, none is unknown.
      const value: Record<string, unknown> = { [near]: "x" };
      for (const other of others) value[names[other % names.length] as string] = "x";
      for (const strict of [true, false]) {
        expect(unknownOf(message, value, strict), `${name}: ${near} ~ ${meant}`).toEqual([
          expect.objectContaining({ path: `/${near}`, meant, message: expect.stringMatching(`; did you mean ${meant}\\?$`) }),
        ]);
      }
    }),
    drawOf(400, 4000),
  );
  for (const kind of SLIP_KINDS) expect(reached.get(kind) ?? 0, kind).toBeGreaterThan(10);
});

test("a letter put for another, a swapped pair, a case slip: each names the field meant", () => {
  const refund = operations.refund.request;
  const names = refund.fields.map((f) => f.name);
  expect(names).toEqual(expect.arrayContaining(["operationAmount", "transactionReference"]));
  for (const [key, meant] of [
    ["operationAmounx", "operationAmount"],
    ["transactionReferense", "transactionReference"],
    ["opreationAmount", "operationAmount"],
    ["trasnactionReference", "transactionReference"],
    ["OPERATIONAMOUNT", "operationAmount"],
    ["TransactionREFERENCE", "transactionReference"],
  ] as const) {
    // Strict or not: the request's facts stop, so that lenient, the issue is a warning that says so.
    for (const strict of [true, false])
      expect(unknownOf(refund, { [key]: "x" }, strict), key).toEqual([
        { path: `/${key}`, code: "unknown-field", message: expect.stringMatching(`; did you mean ${meant}\\?$`), meant },
      ]);
  }
});

test("a name far from every field names none", () => {
  for (const key of ["somethingElse", "transactionRef", "amountOfTheOperation", "x"]) {
    expect(nearNames(key, operations.refund.request.fields.map((f) => f.name)), key).toEqual([]);
    expect(unknownOf(operations.refund.request, { [key]: "x" }), key).toEqual([
      { path: `/${key}`, code: "unknown-field", message: UNKNOWN_FIELD_TEXT },
    ]);
  }
});

test("a message holding every field of its operation has no unknown field", () => {
  for (const [name, message] of messages) {
    const value = Object.fromEntries(message.fields.map((f) => [f.name, "x"]));
    for (const strict of [true, false]) expect(unknownOf(message, value, strict), name).toEqual([]);
  }
});

/** Every message of the registry, requests and responses. */
const everyMessage = Object.entries(operations).flatMap(([operation, d]) =>
  (["request", "response"] as const).map((role) => [`${operation}.${role}`, d[role] as Message] as const),
);

/** A typo of one of `names`: a slip, a letter put for another, a case changed, or a text of its own. */
const typoOf = (names: readonly string[]) =>
  fc.oneof(
    fc
      .tuple(fc.constantFrom(...names), fc.constantFrom(...SLIP_KINDS), fc.nat())
      .map(([name, kind, at]) => slipped(name, kind, at)),
    fc
      .tuple(fc.constantFrom(...names), fc.nat(), fc.constantFrom("x", "Q", "_", "0"))
      .map(([name, at, c]) => name.slice(0, at % name.length) + c + name.slice((at % name.length) + 1)),
    fc.constantFrom(...names).map((name) => name.toUpperCase()),
    fc.string({ maxLength: 24 }),
  );

test("any field an unknown key is said to be meant for is a field of its message, the one nearNames gives", () => {
  let named = 0;
  fc.assert(
    fc.property(
      fc.constantFrom(...everyMessage).chain(([at, message]) =>
        fc.tuple(fc.constant([at, message] as const), typoOf(message.fields.map((f) => f.name))),
      ),
      fc.boolean(),
      ([[at, message], key], strict) => {
        const names = message.fields.map((f) => f.name);
        fc.pre(!names.includes(key));
        const near = nearNames(key, names);
        for (const issue of unknownOf(message, { [key]: "x" }, strict)) {
          if (issue.meant === undefined) {
            expect(near.length, `${at} ${key}: ${near.join()}`).not.toBe(1);
            expect(issue.message).not.toContain("did you mean");
            continue;
          }
          named++;
          expect(names, `${at} ${key}`).toContain(issue.meant);
          expect([issue.meant], `${at} ${key}`).toEqual(near);
        }
      },
    ),
    drawOf(500, 5000),
  );
  expect(named).toBeGreaterThan(50);
});

test("a name as near two fields names neither: the issue would guess", () => {
  for (const names of [
    ["customerId", "customerIp"],
    ["customerIp", "customerId"],
  ]) {
    const issue = unknownFieldIssue("/customerIx", "customerIx", names);
    expect(issue).toEqual({ path: "/customerIx", code: "unknown-field", message: UNKNOWN_FIELD_TEXT });
  }
  // A name in another case is nearer than one with a character left out: seal, not Seall.
  const named = unknownFieldIssue("/Seal", "Seal", ["Seall", "seal", "amount"]);
  // A plain object, its keys in the order of every other issue's, as a literal would be: logs print it alike.
  expect(named).toStrictEqual({
    path: "/Seal",
    code: "unknown-field",
    message: `${UNKNOWN_FIELD_TEXT}; did you mean seal?`,
    meant: "seal",
  });
  expect(Object.getPrototypeOf(named)).toBe(Object.prototype);
  expect(Object.keys(named)).toEqual(["path", "code", "message", "meant"]);
});

test("past a few problems, an unknown key names no field: a message of many unknown keys asks the rule a bounded number of times", () => {
  const message = operations.acceptChallenge.response;
  const names = message.fields.map((f) => f.name);
  expect(names).toContain("acquirerResponseCode");
  // acquirerResponseCode with each of its letters put for a Q: every key is near it alone.
  const keys = [...names[names.indexOf("acquirerResponseCode")] as string].map(
    (_, i, all) => `${all.slice(0, i).join("")}Q${all.slice(i + 1).join("")}`,
  );
  expect(keys.length).toBeGreaterThan(MEANT_WITHIN_PROBLEMS);
  for (const key of keys) expect(nearNames(key, names)).toEqual(["acquirerResponseCode"]);
  for (const strict of [true, false]) {
    // Its one required field given: the keys are the only problems.
    const unknown = unknownOf(message, { seal: "x", ...Object.fromEntries(keys.map((k) => [k, "x"])) }, strict);
    expect(unknown.map((issue) => issue.path)).toEqual(keys.map((k) => `/${k}`));
    expect(unknown.map((issue) => issue.meant)).toEqual(
      keys.map((_, i) => (i < MEANT_WITHIN_PROBLEMS ? "acquirerResponseCode" : undefined)),
    );
  }
});
