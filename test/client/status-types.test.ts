// An operation's status is typed as it has one: a `StatusDescriptor` of its
// field names and codes as literals where its spec gives a status block,
// `null` where it gives none, so that
// `operations.<name>.status.field` needs no check for an operation whose
// documentation names its status field, and a test of one that has none
// does not compile. Which operations have one comes from spec/; the type-level
// lines are the test where the type-check fails.
import { expect, expectTypeOf, test } from "vitest";
import {
  type OperationDescriptor,
  type OperationName,
  operations,
  type StatusDescriptor,
} from "../../generated/index.js";
import { specOperationFacts } from "../support/operation-facts.js";

type StatusOf<N extends OperationName> = (typeof operations)[N]["status"];
/** How an operation's status is typed: null alone, a descriptor alone, or either (not narrowed). */
type StatusKind<N extends OperationName> = [StatusOf<N>] extends [null]
  ? "none"
  : [null] extends [StatusOf<N>]
    ? "either"
    : "some";
type Kinds = { [N in OperationName]: StatusKind<N> }[OperationName];

/** The keys of an operation's status typed wider than a literal (a `string`): none, where each is its literal. */
type Widened<N extends OperationName> = {
  [K in keyof StatusDescriptor]-?: StatusOf<N> extends null
    ? never
    : string extends NonNullable<StatusOf<N>>[K]
      ? `${N}.status.${K}`
      : never;
}[keyof StatusDescriptor];

test("no operation's status is typed as either a descriptor or null", () => {
  expectTypeOf<"either">().not.toExtend<Kinds>();
  expectTypeOf<StatusOf<OperationName>>().toExtend<StatusDescriptor | null>();
});

test("each key of a status is typed as its literal, so that a reply's status field is read by its name", () => {
  expectTypeOf<{ [N in OperationName]: Widened<N> }[OperationName]>().toEqualTypeOf<never>();
});

test("each operation's status is null exactly where its spec gives no status block", () => {
  const facts = specOperationFacts();
  expect([...facts.keys()].sort()).toEqual(Object.keys(operations).sort());
  for (const [name, fact] of facts) {
    const status = (operations as Record<string, { status: StatusDescriptor | null }>)[name]?.status;
    expect(status === null, name).toBe(!fact.hasStatus);
  }
});

/** An operation's descriptor named with the type arguments OperationDescriptor took before the status's. */
type NamedAsBefore<N extends OperationName> =
  (typeof operations)[N] extends OperationDescriptor<infer Q, infer R, infer E, infer C, infer V, StatusOf<N>>
    ? OperationDescriptor<Q, R, E, C, V>
    : never;

test("an OperationDescriptor named with the arguments it took before the status's still takes its operation", () => {
  // The assignment is the check: it fails to type-check where an operation no longer fits its old naming.
  const named: { readonly [N in OperationName]: NamedAsBefore<N> } = operations;
  expect(Object.keys(named).sort()).toEqual(Object.keys(operations).sort());
  expectTypeOf<OperationDescriptor<unknown, unknown>["status"]>().toEqualTypeOf<StatusDescriptor | null>();
});
