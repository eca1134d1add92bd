// nearNames counts edits as the optimal string alignment does, and holds a
// name to at most three of them (a third of its length, at least one): each
// bound and each edit's cost, by a name just inside and one just outside; and
// the table it is counted with, kept between calls and left early, gives the
// whole table's count wherever it is within the limit.
import fc from "fast-check";
import { expect, test } from "vitest";
import { nearNames, nearNamesAmong } from "../../generated/runtime/closest-names.js";
import { comparable, editsWithin } from "../../generated/runtime/edit-distance.js";

test("three edits at most, however long the name", () => {
  // 19 and 20 letters: a third of the length is 6, the bound 3.
  expect(nearNames("pymentTokenInitalise", ["paymentTokenInitialize"])).toEqual(["paymentTokenInitialize"]);
  expect(nearNames("pymentTkenInitalise", ["paymentTokenInitialize"])).toEqual([]);
});

test("a name of one or two letters is held to one edit, not to none", () => {
  expect(nearNames("ab", ["ac", "abc", "b", "xy"])).toEqual(["ac", "abc", "b"]);
});

test("a letter before the name costs an edit as one after it does", () => {
  // xcancelx is one edit away, cancels two: the closer alone, whatever the order given.
  expect(nearNames("xcancel", ["cancels", "xcancelx"])).toEqual(["xcancelx"]);
  expect(nearNames("cancelx", ["xcancels", "cancelxx"])).toEqual(["cancelxx"]);
  // Each at two edits, as far as the name allows: both.
  expect(nearNames("xcancel", ["xcancelxx", "cancels"])).toEqual(["xcancelxx", "cancels"]);
});

test("a swap is of two letters exchanged, not of one letter moved over another", () => {
  expect(nearNames("ba", ["ab"])).toEqual(["ab"]);
  // b is a's second letter and c's first, but the two are not exchanged: two edits.
  expect(nearNames("ab", ["bc"])).toEqual([]);
});

/** The optimal string alignment as the table defines it, whole, on the names in lower case: what editsWithin bounds. */
function reference(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  const d = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => i + j * (i === 0 ? 1 : 0)),
  );
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[x.length] as number[])[y.length] as number;
}

test("the edits within a limit are the whole table's where it is within, one past the limit where not, whatever the case or the script", () => {
  const text = fc.string({ unit: fc.constantFrom("a", "b", "A", "B", "c", "İ", "é", "É"), maxLength: 12 });
  let within = 0;
  fc.assert(
    fc.property(text, text, fc.integer({ min: 0, max: 4 }), (a, b, limit) => {
      const whole = reference(a, b);
      if (whole <= limit) within++;
      expect([a, b, limit, editsWithin(comparable(a), comparable(b), limit)]).toEqual([
        a,
        b,
        limit,
        Math.min(whole, limit + 1),
      ]);
    }),
    { numRuns: 3000 },
  );
  expect(within).toBeGreaterThan(300);
});

test("nearNames, which leaves a name by its length or its characters before its table, is the closest by the whole table", () => {
  const word = fc.string({
    unit: fc.constantFrom("a", "b", "c", "d", "A", "q", "É", "é", "İ", "`", "@"),
    maxLength: 10,
  });
  let named = 0;
  fc.assert(
    fc.property(word, fc.array(word, { maxLength: 6 }), (name, names) => {
      const allowed = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
      const edits = names.map((n) => reference(name, n));
      const least = Math.min(...edits.filter((e) => e <= allowed));
      const closest = names.filter((_, i) => edits[i] === least);
      if (closest.length > 0) named++;
      expect([name, names, nearNames(name, names)]).toEqual([name, names, closest]);
      expect([name, names, nearNamesAmong(names)(name)]).toEqual([name, names, closest]);
    }),
    { numRuns: 3000 },
  );
  expect(named).toBeGreaterThan(150);
});

test("a name as many letters longer or shorter than another as its edits allow is near it, prepared or not", () => {
  // Nine letters allow three edits: three letters more than six, three fewer than twelve.
  const names = ["sealed", "x", "sealedAtDays"];
  for (const [name, near] of [
    ["sealedAbc", ["sealed"]],
    ["sealedAtD", ["sealed", "sealedAtDays"]],
    ["Sealedabc", ["sealed"]],
  ] as const) {
    expect([name, nearNames(name, names)]).toEqual([name, near]);
    expect([name, nearNamesAmong(names)(name)]).toEqual([name, near]);
  }
});
