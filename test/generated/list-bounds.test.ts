// The validators read a list's length once, as JSON.stringify does, and refuse
// a list longer than a JSON text could carry before reading its first item: a
// proxy claiming 2^32 - 1 items gives one error at once, where walking it
// index by index would hang. Every list field of every message, of the
// repository's spec and of the golden fixture (a list of values too).
import { describe, expect, test } from "vitest";
import type { MessageDescriptor, ValidationResult } from "../../generated/index.js";
import { MAX_LIST_ITEMS } from "../../generated/runtime/message-reads.js";
import { loadedOutput } from "../support/previous-output.js";

// The outputs of both specs, loaded once per worker (test/support/seal-fast-path-cases.ts loads them too).
const packages = [(await loadedOutput("repository")).pkg, (await loadedOutput("golden")).pkg];

/** A proxy of `items` whose length is `length`, counting the reads of anything else. */
function claiming(length: unknown, items: unknown[] = []): { list: unknown[]; reads: () => number } {
  let reads = 0;
  const list = new Proxy(items, {
    get(target, key, receiver) {
      if (key === "length") return length;
      reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { list, reads: () => reads };
}

const lists = packages.flatMap((pkg) => Object.values(pkg.operations)).flatMap((op) =>
  (["request", "response"] as const).flatMap((kind) => {
    const message = op[kind] as MessageDescriptor<unknown>;
    return message.fields
      .filter((f) => f.type === "list")
      .map((f) => ({ name: `${op.name} ${kind} ${f.name}`, field: f.name, message }));
  }),
);

/** The issues of the list field and its items, as text. */
const issuesAt = (result: ValidationResult<unknown>, field: string) =>
  [...(result.ok ? [] : result.errors), ...result.warnings]
    .filter((i) => i.path === `/${field}` || i.path.startsWith(`/${field}/`))
    .map((i) => `${i.path} ${i.code} ${i.message}`);

test("the spec has list fields", () => {
  expect(lists.length).toBeGreaterThan(0);
});

describe.each(lists)("$name", ({ field, message }) => {
  test.each([[2 ** 32 - 1], [MAX_LIST_ITEMS + 1], [Number.POSITIVE_INFINITY], [1e300]])(
    "a list claiming %d items: one error, no item read",
    (length) => {
      const { list, reads } = claiming(length);
      expect(issuesAt(message.validate({ [field]: list }, { strict: true }), field)).toEqual([
        `/${field} max-length must have at most ${MAX_LIST_ITEMS} items`,
      ]);
      expect(reads()).toBe(0);
    },
  );

  test("a sparse array of length 2^32 - 1 too", () => {
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    expect(issuesAt(message.validate({ [field]: sparse }), field)).toHaveLength(1);
  });

  test("a length a JSON text could carry is read as JSON.stringify reads it (ToLength)", () => {
    // Items of no type a list holds: one issue each.
    for (const [length, want] of [
      [2, 2],
      ["2", 2],
      [1.7, 1],
      [-5, 0],
      [Number.NaN, 0],
    ] as const) {
      const { list } = claiming(length, [true, true, true]);
      expect(issuesAt(message.validate({ [field]: list }, { strict: true }), field)).toHaveLength(want);
    }
  });
});
