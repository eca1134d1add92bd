// Hostile specs: whatever the spec folder holds, the generator reports located
// diagnostics or gives output that compiles. It never throws (the command
// line's exit 2) and never succeeds with TypeScript the compiler refuses.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { type Diagnostic, type GeneratedFile, generateFromInput } from "../../generator/index.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { nativeTypeErrors } from "../support/native-typecheck.js";
import { fixturesDir, launcher } from "../support/paths.js";
import { drawOf } from "../support/property-runs.js";

const run = promisify(execFile);
const supportDir = path.join(path.dirname(fixturesDir), "support");
/**
 * How far the 50 MB case may raise its process's peak of resident memory above that of making its input: parsing
 * and checking the text stay below it, where a copy of the file's data (the text with it) rose 56 MB above it.
 */
const MEMORY_RISE_LIMIT = 28 * 1024 * 1024;

const baseDir = path.join(fixturesDir, "invalid", "_base");
const LISTS = "dictionary/lists.yaml";
const OPERATION = "operations/demo/pingInitialize.yaml";

/** The small base spec, each file `edits` names passed through its edit; files it maps to null are left out. */
async function editedBase(edits: Readonly<Record<string, ((text: string) => string) | null>>): Promise<SpecInput> {
  const base = await readSpecInput(baseDir, baseDir);
  const files = base.files
    .filter((file) => edits[file.relPath] !== null)
    .map((file) => {
      const edit = edits[file.relPath];
      return edit ? { ...file, text: edit(file.text) } : file;
    });
  return { ...base, files };
}

/** A base file's text with `from` replaced, failing when the fixture no longer has it. */
const replacing = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`the fixture no longer contains ${JSON.stringify(from)}`);
  return text.replace(from, to);
};

/** `count` more values in the base's statusCode list (which has two), each with a constant's name. */
const moreStatusCodes = (count: number) => (text: string) =>
  text +
  Array.from(
    { length: count },
    (_, i) => `      "V${i}":\n        name: VALUE_${i}\n        meaning: Value number ${i}\n`,
  ).join("");

/**
 * `count` more values in the base's statusCode list, each its meaning alone: the limit counts values, and a value
 * without a name is two scalars fewer to parse.
 */
const moreBareValues = (count: number) => (text: string) =>
  text + Array.from({ length: count }, (_, i) => `      V${i}:\n        meaning: v\n`).join("");

/**
 * `count` more request fields, each of the shape that costs TypeScript most: a
 * value list, a version rule, required every other field.
 */
const moreRequestFields = (count: number) =>
  replacing(
    "request:\n  fields:\n",
    `request:\n  fields:\n${Array.from(
      { length: count },
      (_, i) =>
        `    field${i}:\n      presence: ${i % 2 ? "required" : "optional"}\n      since: "2.${40 + (i % 50)}"\n      valueList: statusCode\n      description: Field ${i}.\n`,
    ).join("")}`,
  );

const errorsOf = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.filter((d) => d.severity === "error").map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`);

describe("limits are located diagnostics", () => {
  test("a 50 MB description on one line: text-too-long at its line, nothing generated", async () => {
    const child = path.join(supportDir, "long-description-child.ts");
    const { stdout } = await run(process.execPath, [launcher, child, baseDir, OPERATION, "50"]);
    const found = JSON.parse(stdout) as { ok: boolean; errors: string[]; message: string; rise: number };
    expect(found.ok).toBe(false);
    expect(found.errors).toEqual([`${OPERATION}:22:20 text-too-long`]);
    expect(found.message).toContain("52,428,803 characters long; texts may have at most 10,000");
    expect(found.message.length).toBeLessThan(200);
    expect(found.rise).toBeLessThan(MEMORY_RISE_LIMIT);
  });

  // One past the limit, as the message of 1,001 fields is: the diagnostic is the claim, and a tenth of the YAML
  // of 10,000 values makes it; with the list of 1,000 values that compiles (below) the limit is pinned either side.
  test("a value list of 1,001 values: too-many-values naming the limit, at the list", async () => {
    // The base's statusCode list has 2 values.
    const result = await generateFromInput(await editedBase({ [LISTS]: moreBareValues(999) }));
    expect(result.ok).toBe(false);
    expect(errorsOf(result.diagnostics)).toEqual([`${LISTS}:9:5 too-many-values`]);
    expect(result.diagnostics[0]?.message).toContain("has 1,001 values; a value list may have at most 1,000");
  });
});

describe("limits are located diagnostics: fields", () => {
  test("a message of 1,001 fields: too-many-fields naming the limit, at the message's fields", async () => {
    // The base's request has 4 fields.
    const result = await generateFromInput(await editedBase({ [OPERATION]: moreRequestFields(997) }));
    expect(result.ok).toBe(false);
    expect(errorsOf(result.diagnostics)).toEqual([`${OPERATION}:13:3 too-many-fields`]);
    expect(result.diagnostics[0]?.message).toContain("has 1,001 fields; a message or container may have at most 1,000");
  });
});

describe("output at the edges compiles", () => {
  /** The generated files, or a failure listing the diagnostics. */
  async function generated(input: SpecInput): Promise<readonly GeneratedFile[]> {
    const result = await generateFromInput(input);
    if (!result.ok) throw new Error(errorsOf(result.diagnostics).join("\n"));
    return result.files;
  }

  // One run of the compiler for the three outputs, each a package of its own: type-checking is the slow part.
  const packages: Record<string, readonly GeneratedFile[]> = {};
  let errors: string[];
  const errorsIn = (prefix: string) => errors.filter((e) => e.startsWith(prefix));
  beforeAll(async () => {
    packages["no-operations"] = await generated(await editedBase({ [OPERATION]: null }));
    packages["longest-list"] = await generated(await editedBase({ [LISTS]: moreStatusCodes(998) }));
    // Recommended at the latest of the required fields (2.89), below which the spec refuses it (recommended-below-floor).
    const mostFields = (text: string) =>
      replacing("recommended: IR_MB_2.55", "recommended: IR_MB_2.89")(moreRequestFields(996)(text));
    packages["most-fields"] = await generated(await editedBase({ [OPERATION]: mostFields }));
    errors = await nativeTypeErrors(
      Object.fromEntries(Object.entries(packages).map(([name, files]) => [name, { files }])),
    );
  });

  const content = (name: string, rel: string) => packages[name]?.find((f) => f.path === rel)?.content ?? "";

  test("an empty operations/: a package without operations, whose client and index compile", () => {
    const made = (packages["no-operations"] ?? []).map((f) => f.path);
    expect(made).toEqual(expect.arrayContaining(["client.ts", "index.ts", "mock.ts", "value-lists.ts"]));
    expect(made.filter((rel) => rel.startsWith("operations/"))).toEqual([]);
    expect(errorsIn("no-operations/")).toEqual([]);
  });

  test("a message at the limit, 1,000 fields of the costliest shape, gives validators.ts that compiles", () => {
    const file = "operations/pingInitialize/validators.ts";
    expect(content("most-fields", file)).toContain("field995");
    expect(errorsIn("most-fields/")).toEqual([]);
  });

  test("a value list at the limit, 1,000 values, gives value-lists.ts that compiles", () => {
    expect(content("longest-list", "value-lists.ts")).toContain('"V997"');
    expect(errorsIn("longest-list/")).toEqual([]);
  });

  // Every stage walks fields and values in loops, not by recursion per field: the output holds all of them.
  test("1,000 fields in one message and 1,000 values in one list: every one of them in the output", () => {
    expect(content("most-fields", "operations/pingInitialize/types.ts")).toMatch(/\bfield995\??: /);
    const request = JSON.parse(content("most-fields", "schemas/pingInitialize.request.schema.json") || "{}");
    expect(Object.keys(request.properties)).toHaveLength(1000);
    expect(content("longest-list", "value-lists.ts")).toContain('VALUE_997: "V997"');
  });
});

// Mutations of the golden fixture spec, the richest one: lines removed,
// repeated or cut, and hostile text put into keys and values.
const goldenDir = path.join(fixturesDir, "golden", "spec");

const hostileText = fc.oneof(
  fc.constantFrom(
    "",
    "~",
    "null",
    "*anchor",
    "&a [*a, *a]",
    "!!binary AAAA",
    "[",
    "{",
    "'",
    '"',
    "- item",
    "---",
    "? key",
    "1e400",
    "__proto__",
    "constructor",
    "\u2028",
    "\uFEFF",
    "\u{1F600}",
    "*/ /* `${x}` \\",
    "a".repeat(20_000),
    `${" ".repeat(5000)}x`,
    "_".repeat(5000),
  ),
  fc.string({ unit: "binary", maxLength: 40 }),
);

type Mutation = (lines: string[], at: number, text: string) => string[];

const mutations: Record<string, Mutation> = {
  "remove the line": (lines, at) => lines.toSpliced(at, 1),
  "repeat the line": (lines, at) => lines.toSpliced(at, 0, lines[at] ?? ""),
  "replace the line": (lines, at, text) => lines.toSpliced(at, 1, text),
  "replace the value": (lines, at, text) => {
    const line = lines[at] ?? "";
    const colon = line.indexOf(": ");
    return lines.toSpliced(at, 1, colon < 0 ? `${line}${text}` : `${line.slice(0, colon + 2)}${text}`);
  },
  "replace the key": (lines, at, text) => {
    const line = lines[at] ?? "";
    const indent = line.length - line.trimStart().length;
    const colon = line.indexOf(":");
    return lines.toSpliced(at, 1, `${line.slice(0, indent)}${text}${colon < 0 ? ":" : line.slice(colon)}`);
  },
  "cut the file here": (lines, at) => lines.slice(0, at),
};

// A summary of invisible characters alone made mock.ts's piece start with a blank line (its doc comment empty) and the
// generator throw; a text of white space and zero-width characters alone says nothing, as an empty one.
describe("a text of blanks or invisible characters alone is an empty text, at its place", () => {
  const REFUND = "operations/office/cardRefund.yaml";
  const SUMMARY = "summary: Refunds a card payment (a fixture whose fields take part of the shared value lists).";
  const blanks: Record<string, string> = {
    "a byte order mark, as the character": "\uFEFF",
    "a byte order mark, escaped": '"\\uFEFF"',
    spaces: '"   "',
    "a zero-width space and a word joiner": '"\\u200B\\u2060"',
    "a no-break space": '"\\u00A0"',
    "an ideographic space": '"\\u3000"',
    "a Mongolian vowel separator": '"\\u180E"',
    "line and paragraph separators": '"\\u2028\\u2029"',
    "a next line": '"\\u0085"',
  };
  test.each(Object.entries(blanks))("%s", async (_, value) => {
    const golden = await readSpecInput(goldenDir, goldenDir);
    const files = golden.files.map((f) =>
      f.relPath === REFUND ? { ...f, text: replacing(SUMMARY, `summary: ${value}`)(f.text) } : f,
    );
    const result = await generateFromInput({ ...golden, files });
    expect(result.ok).toBe(false);
    expect(errorsOf(result.diagnostics)).toEqual([`${REFUND}:2:10 empty-value`]);
  });
});

test("a mutated spec gives located diagnostics or output, never an exception", async () => {
  const golden = await readSpecInput(goldenDir, goldenDir);
  await fc.assert(
    fc.asyncProperty(
      fc.nat(),
      fc.nat(),
      fc.constantFrom(...Object.keys(mutations)),
      hostileText,
      async (fileIndex, lineIndex, mutation, text) => {
        const target = golden.files[fileIndex % golden.files.length];
        if (!target) throw new Error("the golden spec has no files");
        const lines = target.text.split("\n");
        const mutate = mutations[mutation] as Mutation;
        const mutated = mutate(lines, lineIndex % lines.length, text).join("\n");
        const files = golden.files.map((f) => (f === target ? { ...f, text: mutated } : f));
        const result = await generateFromInput({ ...golden, files });
        if (result.ok) {
          expect(errorsOf(result.diagnostics)).toEqual([]);
          expect(result.files.length).toBeGreaterThan(0);
        } else {
          expect(errorsOf(result.diagnostics).length).toBeGreaterThan(0);
          for (const d of result.diagnostics) {
            expect(d.file.length).toBeGreaterThan(0);
            expect(d.line).toBeGreaterThanOrEqual(1);
            expect(d.column).toBeGreaterThanOrEqual(1);
          }
        }
      },
    ),
    drawOf(60, 600),
  );
});
