// The checks across files count the names every operation declares and keeps
// from one run to the next (validate/declared-hashes.ts): each run must find
// the clashes a count made anew finds, and a run with one operation changed
// must read the names of that operation alone.
import { expect, test } from "vitest";
import { declaredHashes } from "../../generator/validate/declared-hashes.js";
import type { OperationFacts } from "../../generator/validate/spec-facts.js";

/** Facts with these names, counting how many times the names are read. */
function op(name: string, declared: string[], internal: string[] = ["runtime"]) {
  const reads = { count: 0 };
  const facts = {
    name,
    urls: [],
    pages: [],
    fields: [],
    containers: [],
    references: [],
    written: [],
    warnings: [],
    taker: { operation: name, family: "", prefixes: [], hosts: [], takes: [] },
    get declared() {
      reads.count++;
      return declared;
    },
    internal,
  } as OperationFacts;
  return { facts, reads };
}

/** The count made anew, as the checks did on every run. */
function clashAnew(ops: readonly OperationFacts[]): boolean {
  const kept = new Set(ops.flatMap((o) => o.internal));
  const seen = new Set<string>();
  for (const hash of ops.flatMap((o) => o.declared)) {
    if (kept.has(hash) || seen.has(hash)) return true;
    seen.add(hash);
  }
  return false;
}

const a = op("a", ["A", "ARequest"]).facts;
const b = op("b", ["B", "BRequest"]).facts;
const bAgain = op("b", ["B", "BRequest"]).facts;
const bTwice = op("b", ["B", "B"]).facts;
const bTakesA = op("b", ["B", "A"]).facts;
const bKept = op("b", ["B", "runtime"]).facts;
const c = op("c", ["C"], ["runtime", "BRequest"]).facts;

const RUNS: [string, OperationFacts[], boolean][] = [
  ["two operations apart", [a, b], false],
  ["one made anew", [a, bAgain], false],
  ["a name in two roles of one operation", [a, bTwice], true],
  ["that undone", [a, b], false],
  ["a name of another operation", [a, bTakesA], true],
  ["a name the modules keep", [a, bKept], true],
  ["a kept name of another operation", [a, b, c], true],
  ["the keeper gone", [a, b], false],
  ["one file twice", [a, b, b], true],
  ["then once", [b, a], false],
  ["none", [], false],
  ["back", [a, b], false],
  // A first call (nothing counted) checks at once; the call after it counts what the first found.
  ["none again", [], false],
  ["a name in two roles, first", [a, bTwice], true],
  ["then undone", [a, b], false],
  ["none, then a name of another operation in a first call", [], false],
  ["a name of another operation, first", [a, bTakesA], true],
  ["then apart", [a, b], false],
  ["none, then one file twice in a first call", [], false],
  ["one file twice, first", [a, b, b], true],
  ["then once more", [b, a], false],
  ["none, then a kept name in a first call", [], false],
  ["a kept name of another operation, first", [a, bKept], true],
  ["then apart again", [a, b], false],
];

test.each(RUNS)("%s: the clashes a count made anew finds", (_, ops, clash) => {
  expect(clashAnew(ops)).toBe(clash);
  const counted = declaredHashes(ops);
  expect(counted.clash).toBe(clash);
  for (const hash of ["A", "B", "BRequest", "runtime", "C", "none"]) {
    expect(counted.has(hash), hash).toBe(ops.some((o) => o.declared.includes(hash) || o.internal.includes(hash)));
    expect(counted.declares(hash), hash).toBe(ops.some((o) => o.declared.includes(hash)));
  }
});

test("a run with one operation changed among many reads that operation's names alone", () => {
  const many = Array.from({ length: 200 }, (_, i) => op(`op${i}`, [`Op${i}`, `Op${i}Request`]));
  expect(declaredHashes(many.map((o) => o.facts)).clash).toBe(false);
  const changed = op("op7", ["Op7", "Op7Request"]);
  const next = many.map((o, i) => (i === 7 ? changed : o));
  for (const o of [...many, changed]) o.reads.count = 0;
  expect(declaredHashes(next.map((o) => o.facts)).clash).toBe(false);
  expect(next.filter((o) => o.reads.count > 0).map((o) => o.facts.name)).toEqual(["op7"]);
  // The one gone is read too, to take its names off.
  expect(many[7]?.reads.count).toBe(1);
});

test("after a first call, which checks at once, a run with one operation changed reads that operation's names alone", () => {
  declaredHashes([]);
  const many = Array.from({ length: 200 }, (_, i) => op(`op${i}`, [`Op${i}`, `Op${i}Request`]));
  expect(declaredHashes(many.map((o) => o.facts)).clash).toBe(false);
  const changed = op("op7", ["Op7", "Op0"]);
  const next = many.map((o, i) => (i === 7 ? changed : o));
  for (const o of [...many, changed]) o.reads.count = 0;
  // Op0 is op0's: the counts made from the first call hold every name.
  expect(declaredHashes(next.map((o) => o.facts)).clash).toBe(true);
  expect(next.filter((o) => o.reads.count > 0).map((o) => o.facts.name)).toEqual(["op7"]);
  expect(many[7]?.reads.count).toBe(1);
});
