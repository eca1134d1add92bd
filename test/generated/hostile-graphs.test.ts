// In-memory messages no JSON text could carry: a graph of shared references
// whose paths number 2^40, lists claiming billions of items, nesting deeper
// than any message. verify and the generic seal do work linear in the
// message's distinct objects, or refuse: verify is false, seal throws its
// documented TypeError. None of them walks path by path.
import { describe, expect, test } from "vitest";
import { MAX_SEAL_DEPTH, computeSeal, genericSealingString, operations } from "../../generated/index.js";
import { MAX_LIST_ITEMS } from "../../generated/runtime/message-reads.js";
import { SECRET_KEY, validResponse } from "./samples.js";

const { response } = operations.paymentTokenInitialize;

/** 40 levels, each holding the next twice: 2^40 paths to the leaf through 41 objects. */
function sharedGraph(leaf: unknown): Record<string, unknown> {
  let node: Record<string, unknown> = { leaf };
  for (let level = 0; level < 40; level++) node = { left: node, right: node };
  return node;
}

/** A proxy of an empty array that claims `length` items. */
const claimingList = (length: number): unknown[] =>
  new Proxy([], { get: (target, key, receiver) => (key === "length" ? length : Reflect.get(target, key, receiver)) });

const sealedWith = (extra: Record<string, unknown>) => {
  const message = { ...validResponse(), ...extra };
  return { ...message, seal: computeSeal(genericSealingString(message, new Set(["seal"])), SECRET_KEY) };
};

describe("a shared-reference graph in an unknown field", () => {
  test("with empty leaves: flattened once per object, so verify answers (true for the right seal)", () => {
    const graph = sharedGraph("");
    const message = sealedWith({ newField: graph });
    expect(response.verify(message, SECRET_KEY)).toBe(true);
    expect(response.verify({ ...message, seal: "0".repeat(64) }, SECRET_KEY)).toBe(false);
  });

  test("with text leaves: a sealing string longer than a string can hold is refused", () => {
    const message = { ...validResponse(), newField: sharedGraph("x") };
    expect(response.verify(message, SECRET_KEY)).toBe(false);
    expect(() => response.seal(message, SECRET_KEY)).toThrow(
      new TypeError("cannot seal a message whose sealing string is longer than a string can hold"),
    );
  });

  test("a reference shared between fields is not a cycle, and seals as its JSON copy does", () => {
    const shared = { b: "1", a: "2" };
    const message = { ...validResponse(), newField: shared, otherField: [shared, { c: shared }] };
    const copy = JSON.parse(JSON.stringify(message)) as typeof message;
    expect(response.sealingString(message)).toBe(response.sealingString(copy));
    expect(response.sealingString(message)).toContain("21212");
  });
});

describe("known fields whose sum is longer than a string can hold", () => {
  // Two fields of 2^28 characters each (ropes, cheap to make): the generated fast path joins them outside any walk.
  const big = "x".repeat(2 ** 28);
  const messages = Object.values(operations).flatMap((op) =>
    [op.request, op.response].filter((m) => "sealingString" in m && m.sealFields.length >= 2),
  );

  test("every sealing string, as its seal, throws the documented TypeError with the engine's RangeError as its cause", () => {
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      if (!("sealingString" in message)) continue;
      const [first, second] = message.sealFields;
      const huge = { [first as string]: big, [second as string]: big } as never;
      let thrown: unknown;
      try {
        message.sealingString(huge);
      } catch (error) {
        thrown = error;
      }
      const name = `${message.name}: ${first} + ${second}`;
      expect(thrown, name).toEqual(
        new TypeError("cannot seal a message whose sealing string is longer than a string can hold"),
      );
      expect(thrown, name).toBeInstanceOf(TypeError);
      expect((thrown as Error).cause, name).toBeInstanceOf(RangeError);
      expect(() => message.seal(huge, SECRET_KEY), name).toThrow(thrown as Error);
      expect(message.verify({ ...(huge as object), seal: "0".repeat(64) } as never, SECRET_KEY), name).toBe(false);
    }
  });
});

describe("a list claiming more items than a JSON text can hold", () => {
  test("a proxy claiming 2^32 - 1 items: verify is false, seal a TypeError, at once", () => {
    const message = { ...validResponse(), newField: claimingList(2 ** 32 - 1) };
    expect(response.verify(message, SECRET_KEY)).toBe(false);
    expect(() => response.seal(message, SECRET_KEY)).toThrow(new TypeError(`cannot seal a list of more than ${MAX_LIST_ITEMS} items`));
  });

  test("in a known list field, through the generated fast path, too", () => {
    const wallet = { seal: "0".repeat(64), walletPaymentMeanDataList: claimingList(2 ** 32 - 1) };
    expect(operations.getWalletData.response.verify(wallet as never, SECRET_KEY)).toBe(false);
    expect(() => operations.getWalletData.response.seal(wallet as never, SECRET_KEY)).toThrow(TypeError);
  });

  test("a sparse array of length 2^32 - 1 too", () => {
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    const message = { ...validResponse(), newField: sparse };
    expect(response.verify(message, SECRET_KEY)).toBe(false);
  });

  test("a list a JSON text can hold is sealed as JSON reads it, by index", () => {
    const list = Object.defineProperty(["a", "b"], Symbol.iterator, {
      *value() {
        yield "not what JSON sends";
      },
    });
    const message = { ...validResponse(), newField: list };
    expect(response.sealingString(message)).toContain("ab");
  });
});

test("nesting deeper than MAX_SEAL_DEPTH is refused, never a stack overflow", () => {
  let deep: unknown = "x";
  for (let i = 0; i < MAX_SEAL_DEPTH + 5; i++) deep = [deep];
  const message = { ...validResponse(), newField: deep };
  expect(response.verify(message, SECRET_KEY)).toBe(false);
  expect(() => response.seal(message, SECRET_KEY)).toThrow(TypeError);
  // JSON.parse makes such a message from text: the limit holds there too.
  const parsed = JSON.parse(`{"seal":"x","newField":${"[".repeat(100_000)}${"]".repeat(100_000)}}`) as object;
  expect(response.verify(parsed as never, SECRET_KEY)).toBe(false);
});

test("a cycle is still a cycle", () => {
  const cyclic: Record<string, unknown> = { ...validResponse() };
  cyclic["newField"] = { back: [cyclic] };
  expect(response.verify(cyclic as never, SECRET_KEY)).toBe(false);
  expect(() => response.seal(cyclic as never, SECRET_KEY)).toThrow(new TypeError("cannot seal a message that contains a cycle"));
});
