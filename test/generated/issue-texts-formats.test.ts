// The character-class loops of the validators' runtime held to the formats'
// regular expressions, and the issues built from the generator's constant texts
// (formats.ts), rendered by formatIssue, to the messages the runtime wrote
// before (test/support/former-issue-texts.ts), on random text: each verdict of
// each class, and the characters, then the length, each issue holding the value
// as `received`.
import fc from "fast-check";
import { describe as group, expect, test } from "vitest";
import {
  FORMAT_PATTERNS,
  FORMAT_WORDS,
  type FormatClass,
  formatCharsIssue,
  formatCharsText,
  formatLengthIssue,
  formatLengthText,
} from "../../generated/runtime/formats.js";
import { formatIssue } from "../../generated/runtime/issue-format.js";
import { formerDescribe, RUNS, text } from "../support/former-issue-texts.js";
import { CLASSES, CONFORMS } from "../support/class-checks.js";
import { drawOf } from "../support/property-runs.js";
import { expectEqual, expectSame } from "../support/quick-expect.js";

/** The former textFormatIssue: null when the text conforms. */
function formerFormatIssue(value: string, charClass: FormatClass, max: number): { code: string; message: string } | null {
  const format = `${charClass}${max}`;
  if (!FORMAT_PATTERNS[charClass].test(value))
    return { code: "format", message: `must hold only ${FORMAT_WORDS[charClass]} (${format}), got ${formerDescribe(value)}` };
  const length = [...value].length;
  if (length > max) return { code: "max-length", message: `must be at most ${max} characters (${format}), got ${length} characters` };
  return null;
}

group.each(CLASSES)("class %s", (charClass) => {
  test("conforms exactly when the format's regular expression matches", () => {
    const met = new Set<string>();
    fc.assert(
      fc.property(text, (value) => {
        const conforms = CONFORMS[charClass](value);
        met.add(value === "" ? "empty" : conforms ? "conforms" : "refused");
        return conforms === FORMAT_PATTERNS[charClass].test(value);
      }),
      drawOf(...RUNS),
    );
    // Text of the class and text out of it, not only the empty text.
    expect([...met].sort()).toEqual(["conforms", "empty", "refused"]);
  });

  test("the characters, then the length, as the former issue said", () => {
    const met = new Set<string>();
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 20 }), (value, max) => {
        const issue = !CONFORMS[charClass](value)
          ? formatCharsIssue("/f", value, formatCharsText(charClass, max))
          : value.length > max
            ? formatLengthIssue("/f", value, max, formatLengthText(charClass, max))
            : null;
        const former = formerFormatIssue(value, charClass, max);
        met.add(issue?.code ?? "none");
        expectEqual(
          issue && { path: issue.path, code: issue.code, message: formatIssue(issue) },
          former && { path: "/f", code: former.code, message: `/f ${former.message}` },
        );
        if (issue) expectSame(issue.received, value);
      }),
      drawOf(...RUNS),
    );
    // Wrong characters, too long, and neither.
    expect([...met].sort()).toEqual(["format", "max-length", "none"]);
  });
});
