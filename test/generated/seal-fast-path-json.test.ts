// The generated sealing strings against the runtime's generic rule
// (test/support/seal-fast-path-cases.ts) on what JSON.stringify writes in its
// own way, wherever it stands: a toJSON (its key, one inherited or hidden, what
// it gives), values JSON writes apart (BigInts, boxed values, functions,
// symbols, sparse lists, typed arrays, maps), a list where a container
// belongs. Both paths seal the JSON copy, or refuse what JSON refuses.
import { describe, expect, test } from "vitest";
import { expectSame } from "../support/quick-expect.js";
import { cases, nestingPlaces, outcome, type Place, sealedFields } from "../support/seal-fast-path-cases.js";
import { someCases } from "../support/some-cases.js";

/**
 * Values JSON.stringify writes in its own way, each made anew for each place: what it writes is the sealing string
 * of the JSON copy; what it refuses (a BigInt), both paths refuse with a TypeError.
 */
const jsonOwnWays: [string, () => unknown][] = [
  ["a BigInt", () => 12n],
  ["a boxed BigInt", () => Object(12n)],
  ["a boxed number", () => Object.assign(new Number(5), { maskedPan: "x" })],
  ["a boxed number whose valueOf is its own", () => Object.assign(new Number(5), { valueOf: () => 7 })],
  ["a boxed string with fields of its own", () => Object.assign(new String("ab"), { maskedPan: "x", a: "y" })],
  ["a boxed boolean", () => new Boolean(false)],
  ["a function", () => () => "no"],
  ["a function with a toJSON", () => Object.assign(() => "no", { toJSON: () => ({ b: "2", a: "1" }) })],
  ["a symbol", () => Symbol("s")],
  ["a symbol as a key", () => ({ [Symbol("s")]: "hidden", a: "1" })],
  ["-0", () => -0],
  ["a sparse list", () => Object.assign(new Array(4), { 1: "a", 3: "b" })],
  ["a list with fields of its own", () => Object.assign(["a"], { maskedPan: "x", extra: "y" })],
  ["a list with a toJSON of its own", () => Object.assign(["a"], { toJSON: () => ["b", { c: "d" }] })],
  [
    "a list with a getter",
    () =>
      Object.defineProperty(["a", "b"], 1, {
        get: () => "got",
        enumerable: true,
      }),
  ],
  ["an object with a null prototype", () => Object.assign(Object.create(null), { b: "2", a: "1" })],
  ["a typed array", () => new Uint8Array([1, 2, 10, 11, 12])],
  ["a Map", () => new Map([["maskedPan", "x"]])],
  ["a Set with a field of its own", () => Object.assign(new Set(["x"]), { maskedPan: "y" })],
];

describe.each(cases)("$name", ({ message, exclude, generic }) => {
  test("a toJSON is given the key JSON.stringify gives it (the field's name, an item's index), in both paths", () => {
    const sealed = sealedFields(message);
    // One object at every place: met under several keys, it gives each its own text, as JSON writes it.
    const keyed = { toJSON: (key: string) => `<${key}>` };
    let compared = 0;
    for (const [where, place] of nestingPlaces(sealed)) {
      const value = place(keyed);
      const sent = JSON.parse(JSON.stringify(value)) as object;
      const want = generic(sent, exclude);
      expectSame(`${where}: ${generic(value, exclude)}`, `${where}: ${want}`);
      expectSame(`${where}: ${message.sealingString(value as never)}`, `${where}: ${want}`);
      compared++;
    }
    const everywhere = Object.fromEntries(sealed.map((f) => [f.name, keyed]));
    const want = generic(JSON.parse(JSON.stringify(everywhere)) as object, exclude);
    expect(generic(everywhere, exclude)).toBe(want);
    expect(message.sealingString(everywhere as never)).toBe(want);
    expect(compared).toBe(nestingPlaces(sealed).length);
  });

  test("an object whose toJSON for-in does not list (inherited by a Date or a class instance, or hidden) is sealed as JSON sends it, in both paths", () => {
    const sealed = sealedFields(message);
    // No own key for the fast path's pass to meet: only its toJSON, on the prototype, says what JSON sends.
    class Stamped {
      toJSON(key: string): string {
        return `<${key}>`;
      }
    }
    let compared = 0;
    // And one of its own that for-in does not list.
    const hidden = Object.defineProperty({}, "toJSON", { value: (key: string) => `[${key}]`, enumerable: false });
    for (const inherited of [new Date(Date.UTC(2026, 0, 2, 3, 4, 5)), new Stamped(), hidden]) {
      for (const [where, place] of nestingPlaces(sealed)) {
        const value = place(inherited);
        const want = generic(JSON.parse(JSON.stringify(value)) as object, exclude);
        expectSame(`${where}: ${generic(value, exclude)}`, `${where}: ${want}`);
        expectSame(`${where}: ${message.sealingString(value as never)}`, `${where}: ${want}`);
        compared++;
      }
    }
    expect(compared).toBe(3 * nestingPlaces(sealed).length);
  });

  test("what a toJSON gives is not asked for its own toJSON, its fields are (as JSON.stringify writes it), in both paths", () => {
    const sealed = sealedFields(message);
    const inner = { toJSON: (key: string) => `<inner ${key}>`, x: "1" };
    const self: Record<string, unknown> = { y: "2" };
    self["toJSON"] = () => self;
    // Each gives an object that has a toJSON of its own, directly or below: JSON writes the first's fields, asks the others.
    const givers: [string, object][] = [
      ["gives an object with a toJSON", { toJSON: () => inner }],
      ["gives itself", self],
      ["gives a Date", { toJSON: () => new Date(0) }],
      ["gives a list with a toJSON", { toJSON: () => Object.assign(["a", inner], { toJSON: () => "list" }) }],
      ["gives a container holding one", { toJSON: () => ({ b: inner, a: { toJSON: () => inner } }) }],
    ];
    let compared = 0;
    for (const [what, giver] of givers) {
      for (const [where, place] of [["every sealed field", (v: object) => Object.fromEntries(sealed.map((f) => [f.name, v]))], ...nestingPlaces(sealed)] as const) {
        if (sealed.length === 0) continue;
        const value = place(giver);
        const want = generic(JSON.parse(JSON.stringify(value)) as object, exclude);
        expectSame(`${what} at ${where}: ${generic(value, exclude)}`, `${what} at ${where}: ${want}`);
        expectSame(`${what} at ${where}: ${message.sealingString(value as never)}`, `${what} at ${where}: ${want}`);
        compared++;
      }
    }
    expect(compared).toBe(sealed.length === 0 ? 0 : givers.length * (1 + nestingPlaces(sealed).length));
  });

  test.each(jsonOwnWays)(
    "%s, wherever it stands: both paths seal what JSON.stringify writes, or refuse what it refuses",
    (what, make) => {
      const sealed = sealedFields(message);
      const places: [string, Place][] = [
        ["every sealed field", (v) => Object.fromEntries(sealed.map((f) => [f.name, v]))],
        ...nestingPlaces(sealed),
      ];
      for (const [where, place] of sealed.length === 0 ? [] : places) {
        const value = place(make() as object);
        let want: string;
        try {
          want = `= ${generic(JSON.parse(JSON.stringify(value)) as object, exclude)}`;
        } catch (error) {
          want = `! ${(error as Error).constructor.name}`;
        }
        expectSame(`${what} at ${where}, generic: ${outcome(() => generic(value, exclude))}`, `${what} at ${where}, generic: ${want}`);
        expectSame(
          `${what} at ${where}, fast path: ${outcome(() => message.sealingString(value as never))}`,
          `${what} at ${where}, fast path: ${want}`,
        );
      }
    },
  );
});

/** Every container field of every message, and a value of its container type: a list whose own keys are the container's fields. */
const containerSlots = someCases("container fields in a sealed message", cases.flatMap(({ name, message, exclude, generic }) =>
  message.fields.flatMap((field) => {
    const fields = field.type === "list" ? field.items?.fields : field.fields;
    if (!fields) return [];
    const disguised = Object.assign([], Object.fromEntries(fields.map((f) => [f.name, "x"])));
    const value = { [field.name]: field.type === "list" ? [disguised] : disguised };
    return [{ name: `${name} ${field.name}`, message, exclude, generic, value }];
  }),
));

test.each(containerSlots)(
  "$name: a list where a container belongs is sealed by index, as JSON sends it",
  ({ message, exclude, generic, value }) => {
    expect(message.sealingString(value as never)).toBe(generic(value, exclude));
  },
);

test("a BigInt whose prototype gives a toJSON (a common polyfill) is sealed as JSON writes it, in both paths", () => {
  const slots = cases.filter(({ message }) => message.fields.some((f) => message.sealFields.includes(f.name)));
  const proto = BigInt.prototype as unknown as { toJSON?: (key: string) => string };
  proto.toJSON = function (this: bigint, key: string) {
    return `${this}@${key}`;
  };
  try {
    for (const { name, message, exclude, generic } of slots) {
      const value = Object.fromEntries(message.sealFields.map((field) => [field, 12n]));
      const want = generic(JSON.parse(JSON.stringify(value)) as object, exclude);
      expectSame(`${name}: ${generic(value, exclude)}`, `${name}: ${want}`);
      expectSame(`${name}: ${message.sealingString(value as never)}`, `${name}: ${want}`);
    }
  } finally {
    delete proto.toJSON;
  }
});
