// The count of a text's length that kept schema modules run with
// (generator/validate/text-length.ts): it finds a text's code points without
// reading a text that has no surrogate, and must give ajv's own count for any
// text, so that a kept module answers at the limits as the compiled schema does.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { expect, test } from "vitest";
import { schemaValidator } from "../../generator/validate/spec-schemas.js";
import { TEXT_LENGTH_MODULE, textLength } from "../../generator/validate/text-length.js";
import { fixturesDir } from "../support/paths.js";

const require = createRequire(import.meta.url);
const { default: ajvCount } = require("ajv/dist/runtime/ucs2length.js") as { default: (text: string) => number };

const GRIN = "\u{1F600}";

test.each([
  ["empty", ""],
  ["ASCII", "word ".repeat(1000)],
  ["Latin-1, one byte a character", "café ".repeat(100)],
  ["two bytes a character, no surrogate", "€ → ".repeat(100)],
  ["surrogate pairs", `a${GRIN}b${GRIN}${GRIN}`],
  ["a high surrogate at the end", `ab\uD83D`],
  ["a high surrogate before another character", `\uD83Dx\uD83D\uD83D${GRIN}`],
  ["a low surrogate alone", `\uDE00ab\uDE00`],
])("%s: ajv's count", (_, text) => {
  expect(textLength(text)).toBe(ajvCount(text));
});

test("the kept modules require the count by the name it is given under", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sips-text-length-"));
  schemaValidator("operation", dir);
  const [kept] = readdirSync(dir);
  expect(readFileSync(path.join(dir, kept as string), "utf8")).toContain(`require("${TEXT_LENGTH_MODULE}")`);
});

test("a kept module counts code points at the limits, as the compiled schema does", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sips-text-length-"));
  const compiled = schemaValidator("operation", dir);
  const kept = schemaValidator("operation", dir);
  expect("schemaEnv" in kept).toBe(false);
  const base = parse(
    readFileSync(path.join(fixturesDir, "invalid/_base/operations/demo/pingInitialize.yaml"), "utf8"),
    {
      schema: "failsafe",
    },
  ) as Record<string, unknown>;
  const tooLong = (validate: typeof kept, summary: string) => {
    validate({ ...base, summary });
    return (validate.errors ?? []).filter((e) => e.keyword === "maxLength").length;
  };
  // 10,000 code points, 20,000 UTF-16 units: within the limit.
  for (const [summary, errors] of [
    [GRIN.repeat(10_000), 0],
    [GRIN.repeat(10_001), 1],
    [`${"x".repeat(9_999)}\uD83D`, 0],
    [`${"x".repeat(10_000)}\uD83D`, 1],
  ] as const) {
    expect(tooLong(kept, summary)).toBe(errors);
    expect(tooLong(compiled, summary)).toBe(errors);
  }
});
