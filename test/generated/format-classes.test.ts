// Each character class of the runtime held to the data dictionary's page
// (test/support/format-page.ts) over every code point, its loop and its
// pattern alike, and a text to each of its characters on random text.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  FORMAT_PATTERNS,
  conformsAN,
  conformsANS,
  conformsANU,
} from "../../generated/runtime/formats.js";
import { AN_RESTRICTED_SPECIALS, ANU_RESTRICTED_SPECIALS, PAGE_ADMITS, SAMPLES } from "../support/format-page.js";
import { CLASSES, CONFORMS } from "../support/class-checks.js";
import { drawOf } from "../support/property-runs.js";

describe.each(CLASSES)("class %s", (charClass) => {
  const conforms = CONFORMS[charClass];
  const pattern = FORMAT_PATTERNS[charClass];

  test("admits exactly the code points the page admits, by its check and by its pattern", () => {
    const differing: string[] = [];
    // Lone surrogates too: a JSON text may escape one (\ud800), and the check and the pattern must agree on it.
    for (let code = 0; code <= 0x10ffff; code++) {
      const c = String.fromCodePoint(code);
      const page = PAGE_ADMITS[charClass](c);
      if (conforms(c) !== page || pattern.test(c) !== page) differing.push(code.toString(16));
    }
    expect(differing.slice(0, 20)).toEqual([]);
  });

  test("its edges: the sample text is admitted, each refused character refused wherever it stands", () => {
    const { accepted, refused } = SAMPLES[charClass];
    expect([conforms(accepted), pattern.test(accepted)]).toEqual([true, true]);
    for (const c of refused) {
      for (const text of [c, `${accepted}${c}`, `${c}${accepted}`]) expect([text, conforms(text), pattern.test(text)]).toEqual([text, false, false]);
    }
  });

  test("a text conforms exactly when each of its code points does", () => {
    const unit = fc.oneof(
      fc.constantFrom(...SAMPLES[charClass].accepted, ...SAMPLES[charClass].refused),
      fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), (text) => conforms(text) === [...text].every((c) => conforms(c))),
      drawOf(200, 3000),
    );
  });
});

test("AN and ANU admit their RestrictedString specials too (the ExtendedString sets hold them)", () => {
  expect([conformsAN(AN_RESTRICTED_SPECIALS), conformsANU(ANU_RESTRICTED_SPECIALS)]).toEqual([true, true]);
});

test("ANS admits an accented letter: the page accepts any character", () => {
  expect([conformsANS("é"), FORMAT_PATTERNS.ANS.test("é"), conformsANS("Hélène Dupont")]).toEqual([true, true, true]);
});
