// The mock carries a container the reply shares with its request back field
// by field, as the reply's container describes it, and a list of containers
// item by item: only fields both sides describe alike, in objects and lists of
// the reply's own. On fixture descriptors (the echo itself), then on the
// registry's operations whose reply shares a container with the request, sent
// as the spec's sealed example (openapi.json) with a container of the test's
// own (a handler that changes its mockReply's container changes neither the
// request nor the next copy).
import { expect, test } from "vitest";
import type { FieldDescriptor } from "../../generated/index.js";
import { operations } from "../../generated/index.js";
import { type MockHandler, startMockServer } from "../../generated/mock.js";
import { echoedFields } from "../../generated/runtime/mock-echo.js";
import { exampleOf, uncoveredOperations } from "../support/openapi-examples.js";

const field = (name: string, type: FieldDescriptor["type"], more: Partial<FieldDescriptor> = {}): FieldDescriptor => ({
  name,
  presence: "optional",
  condition: null,
  since: null,
  type,
  format: null,
  description: name,
  valueList: null,
  fields: null,
  items: null,
  ...more,
});
const container = (name: string, fields: FieldDescriptor[]) => field(name, "container", { fields });
const listOf = (name: string, fields: FieldDescriptor[]) =>
  field(name, "list", { items: { type: "container", format: null, valueList: null, fields } });

test("a container's fields both sides describe alike come back, the others not, nested ones too", () => {
  const sent = [
    container("reference", [
      field("id", "string"),
      field("day", "string"),
      field("count", "integer"),
      container("inner", [field("a", "string"), field("b", "string")]),
    ]),
  ];
  const replied = [
    container("reference", [
      field("id", "string"),
      field("count", "string"), // another type: not carried back
      container("inner", [field("a", "string")]),
      field("onlyInReply", "string"),
    ]),
  ];
  const request = { reference: { id: "7", day: "20260101", count: 3, inner: { a: "x", b: "y" } } };
  expect(echoedFields(replied, sent, request)).toEqual({ reference: { id: "7", inner: { a: "x" } } });
});

test("a list of containers comes back item by item; one whose items differ in type does not", () => {
  const sent = [listOf("means", [field("id", "string"), field("brand", "string")]), field("tags", "list")];
  const replied = [listOf("means", [field("id", "string")]), listOf("tags", [field("x", "string")])];
  const request = { means: [{ id: "1", brand: "VISA" }, { id: "2" }], tags: ["a"] };
  expect(echoedFields(replied, sent, request)).toEqual({ means: [{ id: "1" }, { id: "2" }] });
});

test("what comes back shares no object with the request", () => {
  const fields = [container("reference", [field("id", "string")]), listOf("means", [field("id", "string")])];
  const request = { reference: { id: "7" }, means: [{ id: "1" }] };
  const echoed = echoedFields(fields, fields, request) as typeof request;
  expect(echoed).toEqual(request);
  expect(echoed.reference).not.toBe(request.reference);
  expect(echoed.means).not.toBe(request.means);
  expect(echoed.means[0]).not.toBe(request.means[0]);
});

type Operation = (typeof operations)[keyof typeof operations];
/** Each operation whose reply has a container its request has too: the container's name and a value of it. */
const sharing = Object.values(operations as Record<string, Operation>).flatMap((op) =>
  op.response.fields.flatMap((replied) => {
    const sent = op.request.fields.find((f) => f.name === replied.name && f.type === "container");
    // A field of text the two containers both describe, which takes any text (no format, no list).
    const inner = sent?.fields?.find(
      (f) =>
        f.type === "string" &&
        f.format === null &&
        f.valueList === null &&
        replied.fields?.some((r) => r.name === f.name && r.type === "string"),
    );
    return replied.type === "container" && inner ? [{ op, name: replied.name, inner: inner.name }] : [];
  }),
);

test("the registry holds every operation of spec/, its request with an example (the cases below are drawn from it)", () => {
  expect(uncoveredOperations(Object.values(operations as Record<string, Operation>))).toEqual([]);
});

test("some operation's reply shares a container with its request (else the case below checks nothing)", () => {
  expect(sharing.length).toBeGreaterThan(0);
});

test.each(sharing)(
  "$op.name: a handler that changes its mockReply's $name changes neither the request nor the next copy",
  async ({ op, name, inner }) => {
    let request: Record<string, unknown> = {};
    let next: Record<string, unknown> = {};
    const handler: MockHandler = (given, mockReply) => {
      request = given;
      const first = mockReply();
      (first[name] as Record<string, unknown>)[inner] = "changed";
      next = mockReply();
      return first;
    };
    const secretKey = "mock-echo-key";
    const mock = await startMockServer({ secretKey, handlers: { [op.name]: handler } });
    try {
      // The spec's sealed example of the request, with a container of the test's own.
      const message = { ...exampleOf(op.request.name), [name]: { [inner]: "own-1" } };
      const reply = await fetch(`${mock.url}${new URL(Object.values(op.endpoints)[0] as string).pathname}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...message, seal: op.request.seal(message as never, secretKey) }),
      });
      const answered = (await reply.json()) as Record<string, unknown>;
      expect(answered[name], JSON.stringify(answered)).toEqual({ [inner]: "changed" });
      expect(request[name]).toEqual({ [inner]: "own-1" });
      expect(next[name]).toEqual({ [inner]: "own-1" });
    } finally {
      await mock.close();
    }
  },
);
