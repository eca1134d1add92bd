// A format change is classed by set inclusion: additive exactly when every
// text the old format admits the new one admits too (its class holds the
// old class's every code point, as the runtime checks them, and its length is
// no shorter), breaking otherwise; a format given where there was none
// narrows, one taken away widens. The inclusion is computed here from the
// runtime's checks, apart from the changes' own table.
import fc from "fast-check";
import { expect, test } from "vitest";
import { compareFormats } from "../../generator/changes/format-changes.js";
import type { ChangeClass } from "../../generator/changes/change.js";
import { parseFormat, type FormatModel } from "../../generator/rules/format.js";
import type { FormatClass } from "../../generated/runtime/formats.js";
import { CLASSES, CONFORMS } from "../support/class-checks.js";
import { drawOf } from "../support/property-runs.js";
import { expectSame } from "../support/quick-expect.js";

/**
 * The code points each class admits, as the runtime checks each one (lone surrogates included), 1 where it does:
 * asked once a class, where each of the 36 pairs asked both its classes again for every code point.
 */
const ADMITS = new Map(
  CLASSES.map((charClass) => {
    const conforms = CONFORMS[charClass];
    const admits = new Uint8Array(0x110000);
    for (let code = 0; code <= 0x10ffff; code++) admits[code] = conforms(String.fromCodePoint(code)) ? 1 : 0;
    return [charClass, admits] as const;
  }),
);

/** Whether class `wide` admits every code point class `narrow` admits. */
function holds(wide: FormatClass, narrow: FormatClass): boolean {
  const wider = ADMITS.get(wide) as Uint8Array;
  const narrower = ADMITS.get(narrow) as Uint8Array;
  for (let code = 0; code <= 0x10ffff; code++) if (narrower[code] === 1 && wider[code] === 0) return false;
  return true;
}
const HOLDS = new Map(CLASSES.flatMap((wide) => CLASSES.map((narrow) => [`${wide}>${narrow}`, holds(wide, narrow)])));

/** The class compareFormats gives a change from `before` to `after`, null where it gives none. */
function classOf(before: FormatModel | null, after: FormatModel | null): ChangeClass | null {
  let classes: ChangeClass[] | null = null;
  compareFormats("field", before, after, "breaking-request", (c) => {
    classes = c;
  });
  // Compared first: this runs for each of the property's draws.
  expectSame(classes === null || (classes as ChangeClass[]).length === 1, true);
  return classes === null ? null : ((classes as ChangeClass[])[0] ?? null);
}

test("the classes hold one another as set inclusion says, and no class is held by all (the check is not vacuous)", () => {
  expect(CLASSES.filter((c) => HOLDS.get(`ANS>${c}`))).toEqual(CLASSES);
  expect(CLASSES.filter((c) => HOLDS.get(`AN>${c}`))).toEqual(["N", "A", "AN"]);
  expect(CLASSES.filter((c) => HOLDS.get(`${c}>ANU`))).toEqual(["ANS", "ANU", "ANSU"]);
});

test("every pair of formats is classed additive exactly when the new one admits every text the old one admits", () => {
  const format = fc
    .tuple(fc.constantFrom(...CLASSES), fc.integer({ min: 1, max: 4 }))
    .map(([c, n]) => parseFormat(`${c}${n}`));
  const seen = new Set<string>();
  fc.assert(
    fc.property(fc.option(format), fc.option(format), (before, after) => {
      const got = classOf(before, after);
      if ((before?.text ?? null) === (after?.text ?? null)) return got === null;
      const wider =
        after === null ||
        (before !== null &&
          after.maxLength >= before.maxLength &&
          HOLDS.get(`${after.charClass}>${before.charClass}`) === true);
      seen.add(`${got}`);
      return got === (wider ? "additive" : "breaking-request");
    }),
    drawOf(2000, 20000),
  );
  expect([...seen].sort()).toEqual(["additive", "breaking-request"]);
});

test("every pair of classes at one length, each way", () => {
  for (const a of CLASSES)
    for (const b of CLASSES) {
      if (a === b) continue;
      const want = HOLDS.get(`${b}>${a}`) ? "additive" : "breaking-request";
      expect([a, b, classOf(parseFormat(`${a}9`), parseFormat(`${b}9`))]).toEqual([a, b, want]);
    }
});
