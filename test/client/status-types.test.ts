// An operation's status is typed as it has one: `StatusDescriptor` where its
// spec gives a status block, `null` where it gives none, so that
// `operations.<name>.status.field` needs no check for an operation whose
// documentation names its status field, and a test of one that has none
// does not compile. Which operations have one comes from spec/; the type-level
// lines are the test where the type-check fails.
import { expect, expectTypeOf, test } from "vitest";
import { type OperationName, operations, type StatusDescriptor } from "../../generated/index.js";
import { specOperationFacts } from "../support/operation-facts.js";

type StatusOf<N extends OperationName> = (typeof operations)[N]["status"];
/** How an operation's status is typed: null alone, a descriptor alone, or either (not narrowed). */
type StatusKind<N extends OperationName> = [StatusOf<N>] extends [null]
  ? "none"
  : [null] extends [StatusOf<N>]
    ? "either"
    : "some";
type Kinds = { [N in OperationName]: StatusKind<N> }[OperationName];

test("no operation's status is typed as either a descriptor or null", () => {
  expectTypeOf<"either">().not.toExtend<Kinds>();
  expectTypeOf<StatusOf<OperationName>>().toEqualTypeOf<StatusDescriptor | null>();
});

test("each operation's status is null exactly where its spec gives no status block", () => {
  const facts = specOperationFacts();
  expect([...facts.keys()].sort()).toEqual(Object.keys(operations).sort());
  for (const [name, fact] of facts) {
    const status = (operations as Record<string, { status: StatusDescriptor | null }>)[name]?.status;
    expect(status === null, name).toBe(!fact.hasStatus);
  }
});
