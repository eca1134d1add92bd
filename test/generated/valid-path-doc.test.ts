// The README tells a reviewer which responses get a valid path, by their count
// of fields: that count is the generator's (VALID_PATH_FIELDS), so that a
// line moved in the code fails here until the README moves it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { VALID_PATH_FIELDS } from "../../generator/emit/validators/valid-path.js";
import { repoRoot } from "../support/paths.js";

/** Numbers as the README spells them, and the place after each. */
const CARDINALS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"];
const ORDINALS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

test("the README gives the most fields of a response with a valid path, and the one past it", () => {
  const cardinal = CARDINALS[VALID_PATH_FIELDS];
  const ordinal = ORDINALS[VALID_PATH_FIELDS + 1];
  expect(cardinal, "a count the README spells in words").toBeDefined();
  expect(ordinal, "a place the README spells in words").toBeDefined();
  const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8").replace(/\s+/g, " ");
  for (const phrase of [`A response of at most ${cardinal} fields`, `(a ${ordinal} field`])
    expect(readme.includes(phrase), phrase).toBe(true);
});
