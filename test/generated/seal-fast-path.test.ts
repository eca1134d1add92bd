// The generated sealing strings (keys from one for-in pass, each value read
// once) against the runtime's generic rule, for every message of the
// repository's spec and of the golden fixture (containers in containers,
// lists in containers, every feature of the format): the same
// string, or the same kind of refusal, on hostile messages (null prototype,
// class instances, getters, proxies, cycles, shared references, list proxies)
// and under a polluted Object.prototype, whose fields the generic rule never
// takes and the fast path must not take either. 60 messages each on a fixed
// seed, 40 under a polluted prototype (1,500 and 300 with SIPS_DEEP=1), with
// counters holding that the draw met sealing strings and refusals, every
// sealed field present and absent, and polluted fields the message has and
// lacks, enumerable and not; each sealed field left out in turn, polluted.
// And at every place a nesting can start, the
// nestings just under MAX_SEAL_DEPTH and just over it, and an object whose
// toJSON is inherited (a Date).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { FieldDescriptor, MessageDescriptor } from "../../generated/index.js";
import { variantArb } from "../support/hostile-values.js";
import { objectArb } from "../support/message-arbitrary.js";
import { loadedOutput } from "../support/previous-output.js";
import { drawOf, runs } from "../support/property-runs.js";
import { expectSame } from "../support/quick-expect.js";

/**
 * Per message (test/support/property-runs.ts). The counters of the hostile messages hold from 30 draws on the fixed
 * seed (at 25 a required field is present in every draw of one message); those of the polluted prototype from 25
 * (at 20 one of deletePaymentMean's messages misses a case; at 15 one message did with fewer operations): more buy
 * nothing they check, the rest is room for a new page release's messages.
 */
const QUICK = 60;
const DEEP = 1500;
const RUNS = runs(QUICK, DEEP);
const POLLUTED_QUICK = 40;
const POLLUTED_DEEP = 300;

// Both specs' outputs loaded before the tests are collected (once per worker: list-bounds.test.ts loads them too).
const outputs = [
  ["repository", await loadedOutput("repository")],
  ["golden", await loadedOutput("golden")],
] as const;

const cases = outputs.flatMap(([spec, { pkg, model }]) =>
  Object.values(pkg.operations).flatMap((op) =>
    (["request", "response"] as const).map((kind) => ({
      name: `${spec} spec: ${op.name} ${kind}`,
      prefix: op.interfaceVersion.prefix,
      message: op[kind] as MessageDescriptor<unknown>,
      exclude: new Set(model.platform.seal[kind].exclude),
      spec,
      generic: pkg.genericSealingString,
    })),
  ),
);

const KEY = "seal-fast-path-key";

/** The string, or the error thrown. */
function outcomeOf(run: () => string): { kind: "="; text: string } | { kind: "!"; error: Error } {
  try {
    return { kind: "=", text: run() };
  } catch (error) {
    return { kind: "!", error: error as Error };
  }
}

/** The string, or the kind of error thrown. */
function outcome(run: () => string): string {
  try {
    return `= ${run()}`;
  } catch (error) {
    return `! ${(error as Error).constructor.name}`;
  }
}

/**
 * The generic rule's outcome on a nesting about MAX_SEAL_DEPTH, by spec, excluded fields, the shape around the
 * nesting (SHAPE_MARK where it starts) and its levels: a pure function of these, and each walk is a thousand levels,
 * where many messages share a place (a field of the same name and type, an unknown key of the same container).
 */
const genericAtDepth = new Map<string, string>();
const SHAPE_MARK = { "\u0000nesting": true };

describe.each(cases)("$name", ({ prefix, message, exclude, generic, spec }) => {
  const fields = message.fields.map((f) => f.name);
  const messages = fc.tuple(
    // A required field left out one draw in 8, not 40: the counters need each sealed field absent in some draw.
    objectArb(message.fields, {
      prefix,
      unknownKeys: ["aNewField", "zNewField", "Upper", "seal", "__proto__"],
      requiredAbsentOneIn: 8,
    }),
    fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 }),
  );

  test("the same as the generic rule on hostile messages", () => {
    const present = new Map(message.sealFields.map((name) => [name, 0]));
    const outcomes = new Set<string>();
    fc.assert(
      fc.property(messages, variantArb(fields), ([known, extra], variant) => {
        const value = JSON.parse(JSON.stringify({ ...known, ...extra })) as Record<string, unknown>;
        for (const name of Object.keys(value)) {
          const count = present.get(name);
          if (count !== undefined) present.set(name, count + 1);
        }
        const want = outcome(() => generic(variant(value).value as object, exclude));
        outcomes.add(want.slice(0, 1));
        expectSame(outcome(() => message.sealingString(variant(value).value as never)), want);
      }),
      drawOf(QUICK, DEEP),
    );
    // Sealing strings and refusals (cycles, throwing getters and proxies), every sealed field present and absent.
    expect([...outcomes].sort()).toEqual(["!", "="]);
    expect([...present].filter(([, count]) => count === 0 || count === RUNS)).toEqual([]);
  });

  test("the same as the generic rule at depths about MAX_SEAL_DEPTH, wherever the nesting starts", () => {
    const limit = outputs[0][1].pkg.MAX_SEAL_DEPTH;
    const outcomes = new Set<string>();
    // Every place a nesting can start: each sealed field, each known field of its container, an unknown key of the
    // container (the fast path's fallback to the generic rule), a list item: at each, the deepest nestings the
    // generic rule seals and the shallowest it refuses.
    const places = nestingPlaces(message.fields.filter((f) => message.sealFields.includes(f.name)));
    for (const [where, place] of places) {
      // The same shape under the same rule gives the same outcome: the generic rule walks it once for every message.
      const shape = `${spec} ${[...exclude].sort().join(",")} ${JSON.stringify(place(SHAPE_MARK))}`;
      const wants: [number, string][] = [];
      for (let levels = limit - 4; levels <= limit + 1; levels++) {
        const key = `${shape} ${levels}`;
        let want = genericAtDepth.get(key);
        if (want === undefined) genericAtDepth.set(key, (want = outcome(() => generic(place(nestedOf(levels)), exclude))));
        outcomes.add(want.slice(0, 1));
        wants.push([levels, want]);
      }
      // The fast path at the deepest nesting the generic rule seals and the shallowest it refuses (a limit off by
      // any number of levels, either way, differs at one of them); at every depth where the range holds no such pair.
      const differs = (i: number, j: number) => j >= 0 && j < wants.length && wants[i]?.[1] !== wants[j]?.[1];
      const edges = wants.filter((_, i) => differs(i, i - 1) || differs(i, i + 1));
      for (const [levels, want] of edges.length > 0 ? edges : wants) {
        // Each walk is a thousand levels: the fast path walked once, and expect built only for a difference.
        const value = place(nestedOf(levels));
        expectSame(`${where} ${levels}: ${outcome(() => message.sealingString(value as never))}`, `${where} ${levels}: ${want}`);
      }
    }
    // A message whose sealing string takes no field of its own has no place to start one.
    expect([...outcomes].sort()).toEqual(places.length === 0 ? [] : ["!", "="]);
  });

  test("the same as the generic rule on proxies whose traps throw, as the message and wherever a container starts", () => {
    const fail = (): never => {
      throw new Error("trap");
    };
    const sealed = message.fields.filter((f) => message.sealFields.includes(f.name));
    // The message itself, then each place a nested object can stand (nestingPlaces), the proxy there.
    const places: [string, (inner: object) => object][] = [
      ["the message", (inner) => inner],
      ...nestingPlaces(sealed),
    ];
    const prototypeOutcomes = new Set<string>();
    for (const trap of ["getPrototypeOf", "ownKeys", "getOwnPropertyDescriptor", "get", "has"] as const) {
      for (const [where, place] of places) {
        // A proxy of an object holding a sealed field (at the top) or a nested one.
        const target = where === "the message" ? Object.fromEntries(sealed.slice(0, 1).map((f) => [f.name, "x"])) : { a: "x" };
        const value = place(new Proxy(target, { [trap]: fail }));
        const want = outcome(() => generic(value, exclude));
        if (trap === "getPrototypeOf") prototypeOutcomes.add(want.slice(0, 1));
        expect(`${trap} at ${where}: ${outcome(() => message.sealingString(value as never))}`).toBe(
          `${trap} at ${where}: ${want}`,
        );
      }
    }
    // The generic rule never asks a prototype: where it gives a string, so must the fast path.
    if (sealed.length > 0) expect([...prototypeOutcomes]).toEqual(["="]);
  });

  test("a getter, a Proxy trap or a toJSON that throws, wherever it is: a TypeError whose cause is its error, in both paths; verify false", () => {
    const sealed = message.fields.filter((f) => message.sealFields.includes(f.name));
    const name = sealed[0]?.name ?? "a";
    // What throws, for each place: the message itself (holding a sealed field) or an object nested where it starts.
    const readers: [string, (thrown: Error, top: boolean) => object][] = [
      ...(["getPrototypeOf", "ownKeys", "getOwnPropertyDescriptor", "get", "has"] as const).map(
        (trap): [string, (thrown: Error, top: boolean) => object] => [
          `a Proxy whose ${trap} trap throws`,
          (thrown, top) =>
            new Proxy(top ? { [name]: "x" } : { a: "x" }, {
              [trap]: () => {
                throw thrown;
              },
            }),
        ],
      ),
      [
        "a getter that throws",
        (thrown, top) =>
          Object.defineProperty({}, top ? name : "a", {
            enumerable: true,
            get: () => {
              throw thrown;
            },
          }),
      ],
      [
        "a list whose get trap throws",
        (thrown) =>
          new Proxy(["x"], {
            get: () => {
              throw thrown;
            },
          }),
      ],
      [
        "a toJSON that throws",
        (thrown) => ({
          toJSON: () => {
            throw thrown;
          },
        }),
      ],
    ];
    const places: [string, (inner: object) => object][] = [["the message", (inner) => inner], ...nestingPlaces(sealed)];
    const seen = new Set<string>();
    for (const thrown of [new Error("read"), new TypeError("read")]) {
      for (const [what, reader] of readers) {
        for (const [where, place] of places) {
          const value = place(reader(thrown, where === "the message"));
          const label = `${what} (${thrown.constructor.name}) at ${where}`;
          const want = outcomeOf(() => generic(value, exclude));
          // The generic rule asks no prototype, nor the message for a toJSON: where it gives a string, so must the fast path.
          if (want.kind === "=") {
            expect(`${label}: ${outcome(() => message.sealingString(value as never))}`).toBe(`${label}: = ${want.text}`);
            continue;
          }
          seen.add(what);
          for (const [path, run] of [
            ["generic", () => generic(value, exclude)],
            ["sealingString", () => message.sealingString(value as never)],
            ["seal", () => message.seal(value as never, KEY)],
          ] as const) {
            const got = outcomeOf(run);
            expect(`${label}, ${path}: ${got.kind === "!" && got.error instanceof TypeError} ${got.kind === "!" && got.error.cause === thrown}`).toBe(
              `${label}, ${path}: true true`,
            );
          }
          expect(`${label}: ${message.verify(value as never, KEY)}`).toBe(`${label}: false`);
        }
      }
    }
    // Each reader the generic rule meets threw somewhere (it asks no prototype, and no proxy whether it has a key).
    expect([...seen].sort()).toEqual([
      "a Proxy whose get trap throws",
      "a Proxy whose getOwnPropertyDescriptor trap throws",
      "a Proxy whose ownKeys trap throws",
      "a getter that throws",
      "a list whose get trap throws",
      ...(sealed.length > 0 ? ["a toJSON that throws"] : []),
    ]);
  });

  test("a toJSON is given the key JSON.stringify gives it (the field's name, an item's index), in both paths", () => {
    const sealed = message.fields.filter((f) => message.sealFields.includes(f.name));
    // One object at every place: met under several keys, it gives each its own text, as JSON writes it.
    const keyed = { toJSON: (key: string) => `<${key}>` };
    let compared = 0;
    for (const [where, place] of nestingPlaces(sealed)) {
      const value = place(keyed);
      const sent = JSON.parse(JSON.stringify(value)) as object;
      const want = generic(sent, exclude);
      expect(`${where}: ${generic(value, exclude)}`).toBe(`${where}: ${want}`);
      expect(`${where}: ${message.sealingString(value as never)}`).toBe(`${where}: ${want}`);
      compared++;
    }
    const everywhere = Object.fromEntries(sealed.map((f) => [f.name, keyed]));
    const want = generic(JSON.parse(JSON.stringify(everywhere)) as object, exclude);
    expect(generic(everywhere, exclude)).toBe(want);
    expect(message.sealingString(everywhere as never)).toBe(want);
    expect(compared).toBe(nestingPlaces(sealed).length);
  });

  test("an object whose toJSON for-in does not list (inherited by a Date or a class instance, or hidden) is sealed as JSON sends it, in both paths", () => {
    const sealed = message.fields.filter((f) => message.sealFields.includes(f.name));
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
        expect(`${where}: ${generic(value, exclude)}`).toBe(`${where}: ${want}`);
        expect(`${where}: ${message.sealingString(value as never)}`).toBe(`${where}: ${want}`);
        compared++;
      }
    }
    expect(compared).toBe(3 * nestingPlaces(sealed).length);
  });

  test("what a toJSON gives is not asked for its own toJSON, its fields are (as JSON.stringify writes it), in both paths", () => {
    const sealed = message.fields.filter((f) => message.sealFields.includes(f.name));
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
        expect(`${what} at ${where}: ${generic(value, exclude)}`).toBe(`${what} at ${where}: ${want}`);
        expect(`${what} at ${where}: ${message.sealingString(value as never)}`).toBe(`${what} at ${where}: ${want}`);
        compared++;
      }
    }
    expect(compared).toBe(sealed.length === 0 ? 0 : givers.length * (1 + nestingPlaces(sealed).length));
  });

  test.each(jsonOwnWays)(
    "%s, wherever it stands: both paths seal what JSON.stringify writes, or refuse what it refuses",
    (what, make) => {
      const sealed = message.fields.filter((f) => message.sealFields.includes(f.name));
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
        expect(`${what} at ${where}, generic: ${outcome(() => generic(value, exclude))}`).toBe(
          `${what} at ${where}, generic: ${want}`,
        );
        expect(`${what} at ${where}, fast path: ${outcome(() => message.sealingString(value as never))}`).toBe(
          `${what} at ${where}, fast path: ${want}`,
        );
      }
    },
  );

  test("a field inherited from a polluted Object.prototype, enumerable or not, never enters the sealing string", () => {
    const met = new Set<string>();
    fc.assert(
      fc.property(
        messages,
        // "pollutedOnly" is no key the message arbitrary writes: a message whose fields are all required still
        // lacks one in some draws, where "aNewField" (an unknown key it writes) may always be there.
        fc.constantFrom(...fields, "aNewField", "pollutedOnly"),
        fc.string({ minLength: 1 }),
        fc.boolean(),
        ([known], key, polluted, enumerable) => {
          const value = JSON.parse(JSON.stringify(known)) as Record<string, unknown>;
          const want = generic(value, exclude);
          met.add(`${Object.hasOwn(value, key) ? "has" : "lacks"} ${enumerable ? "enumerable" : "hidden"}`);
          Object.defineProperty(Object.prototype, key, { value: polluted, enumerable, configurable: true, writable: true });
          try {
            expectSame(message.sealingString(value as never), want);
            expectSame(generic(value, exclude), want);
          } finally {
            delete (Object.prototype as Record<string, unknown>)[key];
          }
        },
      ),
      drawOf(POLLUTED_QUICK, POLLUTED_DEEP),
    );
    // A polluted field the message has and one it lacks, each enumerable and not.
    expect([...met].sort()).toEqual(["has enumerable", "has hidden", "lacks enumerable", "lacks hidden"]);
  });

  // The draw above meets "lacks" with keys the fast path never reads (an unknown key sends it to the generic rule
  // whatever the key holds), and on some messages with no sealed field lacking: here each sealed field is left out
  // of messages of known fields alone, in turn, so a fast path that took an inherited field is caught for every one.
  test("a sealed field the message lacks, inherited from a polluted Object.prototype, never enters the sealing string", () => {
    for (const [known] of fc.sample(messages, drawOf(3, 30))) {
      for (const key of message.sealFields) {
        for (const enumerable of [true, false]) {
          const copy = JSON.parse(JSON.stringify(known)) as Record<string, unknown>;
          const value = Object.fromEntries(Object.entries(copy).filter(([name]) => name !== key && fields.includes(name)));
          const want = generic(value, exclude);
          Object.defineProperty(Object.prototype, key, { value: "polluted", enumerable, configurable: true, writable: true });
          try {
            expect(`${key} ${enumerable ? "enumerable" : "hidden"}: ${message.sealingString(value as never)}`).toBe(
              `${key} ${enumerable ? "enumerable" : "hidden"}: ${want}`,
            );
          } finally {
            delete (Object.prototype as Record<string, unknown>)[key];
          }
        }
      }
    }
  });
});

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

/** `levels` objects, each the only field of the one above. */
function nested(levels: number): object {
  let value: object = { a: "x" };
  for (let i = 1; i < levels; i++) value = { a: value };
  return value;
}

/**
 * The nesting of `levels`, made once for every place and message that starts one: neither path changes what it
 * walks, and each walk keeps what it met in maps of its own, so a nesting walked before is walked as a fresh one.
 */
const nestings = new Map<number, object>();
function nestedOf(levels: number): object {
  let value = nestings.get(levels);
  if (value === undefined) nestings.set(levels, (value = nested(levels)));
  return value;
}

type Place = (nesting: object) => Record<string, unknown>;

/** Where a nesting can start under `fields`, each as a path for the failure's text and what builds the value there. */
function nestingPlaces(fields: readonly FieldDescriptor[]): [string, Place][] {
  return fields.flatMap((field): [string, Place][] => {
    const at = (build: (nesting: object) => unknown): Place => (nesting) => ({ [field.name]: build(nesting) });
    const inner = field.type === "list" ? field.items?.fields : field.fields;
    const wrap = field.type === "list" ? (item: unknown) => [item] : (item: unknown) => item;
    const places: [string, Place][] = [[field.name, at((nesting) => nesting)]];
    if (field.type === "list") places.push([`${field.name}/0`, at((nesting) => [nesting])]);
    if (inner) {
      places.push([`${field.name} zNewField`, at((nesting) => wrap({ zNewField: nesting }))]);
      for (const [where, place] of nestingPlaces(inner))
        places.push([`${field.name} ${where}`, at((nesting) => wrap(place(nesting)))]);
    }
    return places;
  });
}

test("a polluted field that the message lacks: the sealing string of a message without it", () => {
  // Found by the prototypes: the previous fast path took an enumerable field of Object.prototype into the seal.
  const [first] = cases;
  if (!first) throw new Error("no message");
  const sealed = first.message.sealFields[0];
  if (sealed === undefined) throw new Error("no sealed field");
  const value = {};
  const want = first.message.sealingString(value as never);
  (Object.prototype as Record<string, unknown>)[sealed] = "polluted";
  try {
    expect(first.message.sealingString(value as never)).toBe(want);
  } finally {
    delete (Object.prototype as Record<string, unknown>)[sealed];
  }
});

/** Every container field of every message, and a value of its container type: a list whose own keys are the container's fields. */
const containerSlots = cases.flatMap(({ name, message, exclude, generic }) =>
  message.fields.flatMap((field) => {
    const fields = field.type === "list" ? field.items?.fields : field.fields;
    if (!fields) return [];
    const disguised = Object.assign([], Object.fromEntries(fields.map((f) => [f.name, "x"])));
    const value = { [field.name]: field.type === "list" ? [disguised] : disguised };
    return [{ name: `${name} ${field.name}`, message, exclude, generic, value }];
  }),
);

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
      expect(`${name}: ${generic(value, exclude)}`).toBe(`${name}: ${want}`);
      expect(`${name}: ${message.sealingString(value as never)}`).toBe(`${name}: ${want}`);
    }
  } finally {
    delete proto.toJSON;
  }
});
