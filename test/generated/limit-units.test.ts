// A value too long is counted in its limit's unit ("got 13 digits", "got 36
// characters"), which formatIssue reads from the message's words: every
// message of a limit in digits is worded by atMostDigits, the one writer of
// the words the rendering reads, so that no such message can be counted in
// characters (nor one in characters in digits). Read from the runtime's
// sources and the repository's generated validators.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { FORMAT_WORDS, type FormatClass, formatLengthText, integerFormatTexts } from "../../generated/runtime/formats.js";
import { formatIssue } from "../../generated/runtime/issue-format.js";
import { EXACT_DIGITS } from "../../generated/runtime/paypage-data.js";
import { integerTextIssue } from "../../generated/runtime/paypage-integer-text.js";
import { generatedDir, repoRoot } from "../support/paths.js";

/** What formatIssue says of a text received too long under `message`. */
const shown = (message: string, received: string): string =>
  formatIssue({ path: "/p", code: "max-length", message, received });

test("no runtime module that makes max-length issues words a limit in digits but through atMostDigits", () => {
  const dir = path.join(repoRoot, "runtime");
  // The modules that make or read such issues; a command line's or a TypeError's words are no issue's.
  const sources = readdirSync(dir)
    .filter((file) => file.endsWith(".ts"))
    .map((file) => [file, readFileSync(path.join(dir, file), "utf8")] as const)
    .filter(([, text]) => text.includes('"max-length"'));
  expect(sources.map(([file]) => file)).toContain("formats.ts");
  const byHand = sources.flatMap(([file, text]) =>
      text
        .split("\n")
        .map((line, i) => [`${file}:${i + 1}`, line] as const)
        // A template or a literal that writes "at most <n> digits" itself, not the doc comments that quote one.
        .filter(([, line]) => !/^\s*(\*|\/\/)/.test(line) && /at most (\$\{[^}]*\}|\d+) digits/.test(line))
        .map(([at]) => at),
    );
  expect(byHand).toEqual([]);
});

test("an integer's format and a number of Data too long to be typed count digits, the sign left out", () => {
  for (let n = 1; n <= 18; n++)
    expect(shown(integerFormatTexts(n).digits, "7".repeat(n + 1))).toMatch(new RegExp(`, got ${n + 1} digits$`));
  const field = { name: "amount", type: "integer", format: null } as unknown as Parameters<typeof integerTextIssue>[0][0];
  const text = `-${"9".repeat(EXACT_DIGITS + 1)}`;
  const issue = integerTextIssue([field], { path: "/amount", code: "type", message: "must be an integer", received: text });
  expect(formatIssue(issue)).toMatch(new RegExp(`, got ${EXACT_DIGITS + 1} digits$`));
});

test("a text's format counts characters, whatever its class says it holds", () => {
  for (const charClass of Object.keys(FORMAT_WORDS) as FormatClass[])
    expect(shown(formatLengthText(charClass, 3), "1234")).toMatch(/, got 4 characters$/);
});

test("every limit the generated validators write is counted in the unit it names", () => {
  const operations = path.join(generatedDir, "operations");
  const messages = new Set<string>();
  for (const op of readdirSync(operations)) {
    const text = readFileSync(path.join(operations, op, "validators.ts"), "utf8");
    for (const [, message] of text.matchAll(/"(must (?:be|have) at most \d+ [a-z]+[^"]*)"/g))
      if (message !== undefined) messages.add(message);
  }
  const units = new Set<string>();
  for (const message of messages) {
    const unit = /at most \d+ ([a-z]+)/.exec(message)?.[1] ?? "";
    // A list's limit: its value is a list, never text, and its count is in the message.
    if (unit === "items") continue;
    units.add(unit);
    expect(shown(message, "1".repeat(40)), message).toMatch(new RegExp(`, got 40 ${unit}$`));
  }
  // Both units are met: the check above is not idle on either.
  expect([...units].sort()).toEqual(["characters", "digits"]);
});
