// The pointer of each line of a JSON text laid out as JSON.stringify(value, null, 2)
// lays it out (openapi.json): every line's pointer names a value of the text,
// every value of it is named, in the text's order, keys escaped as RFC 6901 says.
import fc from "fast-check";
import { expect, test } from "vitest";
import { commonPointer, linePointers, pointerKeys } from "../../generator/changes/json-lines.js";

/** The value a pointer names, or undefined. */
function at(value: unknown, pointer: string): unknown {
  let found: unknown = value;
  for (const key of pointerKeys(pointer)) {
    if (found === null || typeof found !== "object" || !Object.hasOwn(found, key)) return undefined;
    found = (found as Record<string, unknown>)[key];
  }
  return found;
}

/** Every pointer of a value, itself first, in JSON.stringify's order. */
function allPointers(value: unknown, pointer = ""): string[] {
  if (value === null || typeof value !== "object") return [pointer];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  const escaped = (k: string) => k.replaceAll("~", "~0").replaceAll("/", "~1");
  return [pointer, ...entries.flatMap(([k, v]) => allPointers(v, `${pointer}/${escaped(k)}`))];
}

test("a small document: each line's pointer, a closing bracket's the value it closes", () => {
  const value = { "a/b": { "~k": [1, "x{"] }, 'q"uote': {}, e: [], s: "ends with [" };
  expect(linePointers(JSON.stringify(value, null, 2))).toEqual([
    "",
    "/a~1b",
    "/a~1b/~0k",
    "/a~1b/~0k/0",
    "/a~1b/~0k/1",
    "/a~1b/~0k",
    "/a~1b",
    '/q"uote',
    "/e",
    "/s",
    "",
  ]);
});

test("any JSON value: every line names a value of it, and every value is named, in order", () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const pointers = linePointers(JSON.stringify(value, null, 2));
      for (const pointer of pointers) expect(at(value, pointer)).not.toBeUndefined();
      // The first line of each value, in order: a closing bracket's names a value seen before.
      const seen = pointers.filter((p, i) => pointers.indexOf(p) === i);
      expect(seen).toEqual(allPointers(value));
    }),
  );
});

test("the common pointer of several: the deepest that holds them all, by whole keys", () => {
  expect(commonPointer(["/a/b/c", "/a/b/d"])).toBe("/a/b");
  expect(commonPointer(["/a/bc", "/a/b"])).toBe("/a");
  expect(commonPointer(["/a/b"])).toBe("/a/b");
  expect(commonPointer(["/a", "/b"])).toBe("");
  expect(commonPointer([])).toBe("");
});

test("a key holding what an escape looks like reads back as itself", () => {
  // "~01" is "~" then "1" ("~0" read first would make it "/"); "~10" is "/" then "0".
  expect(pointerKeys("/a~01b/c~10d")).toEqual(["a~1b", "c/0d"]);
  const keys = ["~1", "/0", "~0~1", "a/~b"];
  expect(
    linePointers(JSON.stringify(Object.fromEntries(keys.map((k) => [k, 1])), null, 2))
      .slice(1, -1)
      .map(pointerKeys),
  ).toEqual(keys.map((k) => [k]));
});
