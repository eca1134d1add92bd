// The generated sealing strings against the runtime's generic rule
// (test/support/seal-fast-path-cases.ts) where reading the message throws: a
// Proxy whose trap throws, a getter or a toJSON that throws, as the message and
// wherever a nested value can stand. Both paths give the same string where the
// generic rule never asks what throws, else the same TypeError whose cause is
// the error; verify says false.
import { describe, expect, test } from "vitest";
import { expectSame } from "../support/quick-expect.js";
import { cases, KEY, nestingPlaces, outcome, outcomeOf, sealedFields } from "../support/seal-fast-path-cases.js";

describe.each(cases)("$name", ({ message, exclude, generic }) => {
  test("the same as the generic rule on proxies whose traps throw, as the message and wherever a container starts", () => {
    const fail = (): never => {
      throw new Error("trap");
    };
    const sealed = sealedFields(message);
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
        expectSame(`${trap} at ${where}: ${outcome(() => message.sealingString(value as never))}`, `${trap} at ${where}: ${want}`);
      }
    }
    // The generic rule never asks a prototype: where it gives a string, so must the fast path.
    if (sealed.length > 0) expect([...prototypeOutcomes]).toEqual(["="]);
  });

  test("a getter, a Proxy trap or a toJSON that throws, wherever it is: a TypeError whose cause is its error, in both paths; verify false", () => {
    const sealed = sealedFields(message);
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
            expectSame(`${label}: ${outcome(() => message.sealingString(value as never))}`, `${label}: = ${want.text}`);
            continue;
          }
          seen.add(what);
          for (const [path, run] of [
            ["generic", () => generic(value, exclude)],
            ["sealingString", () => message.sealingString(value as never)],
            ["seal", () => message.seal(value as never, KEY)],
          ] as const) {
            const got = outcomeOf(run);
            expectSame(
              `${label}, ${path}: ${got.kind === "!" && got.error instanceof TypeError} ${got.kind === "!" && got.error.cause === thrown}`,
              `${label}, ${path}: true true`,
            );
          }
          expectSame(`${label}: ${message.verify(value as never, KEY)}`, `${label}: false`);
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
});
