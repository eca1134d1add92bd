// The character classes are the generator's code (runtime/formats.ts), not
// the spec's: `changes` compares the ref's with the generator's own where the
// spec's repository holds the generator, code point by code point, and
// classes a class that accepts less as breaking for the messages that have a
// field of it, one that accepts more as additive.
import { execFileSync } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { classPatternsOf, compareFormatClasses } from "../../generator/changes/format-classes.js";
import { runtimeSource } from "../../generator/runtime-sources.js";
import { FORMAT_PATTERNS } from "../../runtime/formats.js";
import { modelOfGolden } from "../support/golden-changes.js";
import { fixturesDir } from "../support/paths.js";
import { runInProcess } from "../support/run-cli.js";
import { tempWorkspace } from "../support/temp-spec.js";

const FORMATS = runtimeSource("formats");
/** The generator's runtime/formats.ts with one class's pattern written otherwise. */
const withPattern = (name: string, literal: string, text = FORMATS): string => {
  const line = new RegExp(`^ {2}${name}: /.*$`, "m");
  if (!line.test(text)) throw new Error(`runtime/formats.ts has no line for ${name}`);
  return text.replace(line, `  ${name}: ${literal},`);
};

test("the table read from runtime/formats.ts is FORMAT_PATTERNS: a change of its layout cannot silence the comparison", () => {
  const read = classPatternsOf(FORMATS);
  expect(read && Object.fromEntries([...read].map(([k, v]) => [k, `${v}`]))).toEqual(
    Object.fromEntries(Object.entries(FORMAT_PATTERNS).map(([k, v]) => [k, `${v}`])),
  );
  expect(classPatternsOf("export const OTHER = 1;\n")).toBeNull();
});

/** The generator's runtime/formats.ts with FORMAT_PATTERNS untyped and `as const`, as it was written before. */
const untyped = (text = FORMATS): string => {
  const typed = /export const FORMAT_PATTERNS: \{\n[\s\S]*?\n\} = \{\n([\s\S]*?)\n\};/;
  if (!typed.test(text)) throw new Error("runtime/formats.ts has no typed FORMAT_PATTERNS");
  return text.replace(typed, "export const FORMAT_PATTERNS = {\n$1\n} as const;");
};

test("the table is read untyped and `as const` too, and a line of it written otherwise reads no table, never part of one", () => {
  const shown = (patterns: ReturnType<typeof classPatternsOf>) =>
    patterns && Object.fromEntries([...patterns].map(([k, v]) => [k, `${v}`]));
  expect(shown(classPatternsOf(untyped()))).toEqual(shown(classPatternsOf(FORMATS)));
  // A pattern beside a comment, or across lines: the class would be missed, its change unsaid.
  expect(classPatternsOf(withPattern("ANSU", String.raw`/^[^\x00-\x1F]*$/u, // C1 admitted`))).toBeNull();
  expect(classPatternsOf(withPattern("ANSU", 'new RegExp(\n    String.raw`^[^\\x00-\\x1F]*$`, "u")'))).toBeNull();
  // A brace at a line's start that does not close the table (here in a block comment) ends no read: the classes after
  // it would be missed.
  expect(classPatternsOf(withPattern("A", "/^[A-Za-z]*$/,\n  /* was:\n}\n  */"))).toBeNull();
  // An empty table holds no class to compare.
  expect(classPatternsOf("export const FORMAT_PATTERNS = {\n};\n")).toBeNull();
  // No table of its own: the braces of a declaration after it are not read for it.
  expect(
    classPatternsOf("export const FORMAT_PATTERNS = makePatterns();\nexport const OTHER = {\n  N: /x/,\n};\n"),
  ).toBeNull();
  // Nor those of one not exported, nor of one a type or a call away from the name: the head is read whole.
  for (const after of [
    "export const FORMAT_PATTERNS = makePatterns();\nconst OTHER = {\n  N: /x/,\n};\n",
    "export const FORMAT_PATTERNS = makePatterns();\n/** Kept. */\nconst OTHER: {\n  readonly N: RegExp;\n} = {\n  N: /x/,\n};\n",
    "export const FORMAT_PATTERNS: Patterns = make({\n  N: /x/,\n});\n",
    "export const FORMAT_PATTERNS_OLD = {\n  N: /x/,\n};\n",
  ])
    expect(classPatternsOf(after), after).toBeNull();
  // A type on the declaration's line is still its head.
  expect(
    shown(classPatternsOf("export const FORMAT_PATTERNS: Record<string, RegExp> = {\n  N: /^[0-9]*$/,\n};\n")),
  ).toEqual({
    N: "/^[0-9]*$/",
  });
});

test("a class that accepts less breaks the messages with a field of it; one that accepts more is additive", async () => {
  const golden = await modelOfGolden();
  const now = classPatternsOf(FORMATS);
  // ANS: printable ASCII, as it was before the Formats page was read; ANSU: control characters of C1 admitted.
  const then = classPatternsOf(
    withPattern("ANS", String.raw`/^[\x20-\x7E]*$/`, withPattern("ANSU", String.raw`/^[^\x00-\x1F]*$/u`)),
  );
  if (now === null || then === null) throw new Error("no table read");
  const said = (changes: ReturnType<typeof compareFormatClasses>) =>
    changes.map((c) => `${c.kind} ${c.classes.join(",")}: ${c.summary}`);
  expect(said(compareFormatClasses(then, now, golden))).toEqual([
    "format-class additive: character class ANS (runtime/formats.ts) accepts more (U+00A0-U+D7FF, U+E000-U+10FFFF): 0 request fields and 1 response or callback field have it.",
    "format-class breaking-request,breaking-response: character class ANSU (runtime/formats.ts) accepts less (U+007F-U+009F, U+D800-U+DFFF): 1 request field and 1 response or callback field have it.",
  ]);
  expect(said(compareFormatClasses(now, then, golden))).toEqual([
    "format-class breaking-response: character class ANS (runtime/formats.ts) accepts less (U+00A0-U+D7FF, U+E000-U+10FFFF): 0 request fields and 1 response or callback field have it.",
    "format-class additive: character class ANSU (runtime/formats.ts) accepts more (U+007F-U+009F, U+D800-U+DFFF): 1 request field and 1 response or callback field have it.",
  ]);
  // Six letters more: the first four ranges and how many more; a callback's field (cardPaymentInit's amount) is
  // counted with the responses'.
  const scattered = classPatternsOf(withPattern("N", "/^[0-9acegik]*$/"));
  expect(scattered && said(compareFormatClasses(now, scattered, golden))).toEqual([
    "format-class additive: character class N (runtime/formats.ts) accepts more (U+0061, U+0063, U+0065, U+0067, and 2 more ranges): 7 request fields and 2 response or callback fields have it.",
  ]);
  // The same expression under other flags may accept otherwise: "i" adds the capitals.
  const lower = classPatternsOf(withPattern("A", "/^[a-z]*$/"));
  const folded = classPatternsOf(withPattern("A", "/^[a-z]*$/i"));
  expect(lower && folded && said(compareFormatClasses(lower, folded, golden))).toEqual([
    "format-class additive: character class A (runtime/formats.ts) accepts more (U+0041-U+005A): 1 request field and 1 response or callback field have it.",
  ]);
  // The same class written otherwise accepts the same: nothing to say.
  const same = classPatternsOf(withPattern("N", "/^[0-9]*$/u"));
  expect(same && compareFormatClasses(now, same, golden)).toEqual([]);
});

let root = "";
beforeAll(async () => {
  ({ root } = await tempWorkspace(path.join(fixturesDir, "golden", "spec")));
  await mkdir(path.join(root, "runtime"));
  await writeFile(path.join(root, "runtime", "formats.ts"), withPattern("ANSU", String.raw`/^[^\x00-\x1F]*$/u`));
  const git = (...args: string[]) => execFileSync("git", args, { cwd: root, stdio: "ignore" });
  git("init", "-q", "-b", "main");
  git("-c", "user.name=test", "-c", "user.email=test@example.com", "add", ".");
  git("-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "base");
});
afterAll(() => rm(root, { recursive: true, force: true }));

test("npm run changes lists a class the generator defines otherwise than the spec's repository did at the ref", async () => {
  const run = await runInProcess("changes-cli.ts", ["--base", "main", "--format", "json"], root);
  expect(run.stderr).toBe("");
  expect(JSON.parse(run.stdout)).toEqual({
    semver: "major",
    changes: [
      {
        operation: null,
        message: null,
        field: null,
        kind: "format-class",
        classes: ["breaking-request", "breaking-response"],
        summary:
          "character class ANSU (runtime/formats.ts) accepts less (U+007F-U+009F, U+D800-U+DFFF): 1 request field and 1 response or callback field have it.",
      },
    ],
  });
});

test.each([
  [
    "ANSU beside a comment",
    withPattern("ANSU", String.raw`/^[^\x00-\x1F]*$/u, // C1 admitted`),
    "runtime/formats.ts at main holds no FORMAT_PATTERNS table this version reads",
  ],
  ["no ANSU", FORMATS.replace(/^ {2}ANSU: \/.*\n/m, ""), "runtime/formats.ts at main defines no ANSU"],
])(
  "npm run changes says the classes are not compared where the ref's table has %s, never nothing",
  async (_, text, why) => {
    const { root: apart } = await tempWorkspace(path.join(fixturesDir, "golden", "spec"));
    try {
      await mkdir(path.join(apart, "runtime"));
      await writeFile(path.join(apart, "runtime", "formats.ts"), text);
      const git = (...args: string[]) => execFileSync("git", args, { cwd: apart, stdio: "ignore" });
      git("init", "-q", "-b", "main");
      git("-c", "user.name=test", "-c", "user.email=test@example.com", "add", ".");
      git("-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "base");
      const run = await runInProcess("changes-cli.ts", ["--base", "main", "--format", "json"], apart);
      expect(run.stderr).toBe(`npm run changes --: the character classes are not compared: ${why}.\n`);
      expect(JSON.parse(run.stdout)).toEqual({ semver: "none", changes: [] });
    } finally {
      await rm(apart, { recursive: true, force: true });
    }
  },
);
