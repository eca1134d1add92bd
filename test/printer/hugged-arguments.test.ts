// A call's last argument hugs its parentheses exactly where prettier hugs it
// (its printCallArguments: flat when it fits; else the last argument broken
// after the others flat, when that first line fits and no earlier argument
// must break; else one argument per line). The printer's own text, before any
// fallback to prettier, is compared with what prettier writes for the same
// call given on one line. Arrays of numbers, which prettier fills (as many
// to a line as fit) and never hugs after another argument, are drawn too, and
// numbers written through a template's `${}`, and template literals, whose
// `${}` prettier keeps on one line unless what it holds must break.
import fc from "fast-check";
import { expect, test } from "vitest";
import { block } from "../../generator/emit/ts/block-layouts.js";
import { type Code, ts } from "../../generator/emit/ts/code.js";
import { DocContext, printDoc } from "../../generator/emit/ts/doc-context.js";
import { ident, lit, num, templateLiteral } from "../../generator/emit/ts/escape.js";
import {
  arrayLiteral,
  call,
  objectLiteral,
  PRETTIER_OPTIONS,
  PRINT_WIDTH,
  property,
} from "../../generator/emit/ts/layouts.js";
import { tsModule } from "../../generator/emit/ts/ts-module.js";
import { prettierAnswer } from "../support/prettier-answers.js";
import { drawOf, FIXED_SEED } from "../support/property-runs.js";
import { expectSame } from "../support/quick-expect.js";

/** An argument: a name, a string, a number, an object, an array, a call or a template, as long and as nested as drawn. */
type Arg =
  | { readonly name: string }
  | { readonly number: number }
  /** A number written through a template's `${}` (`ts\`${n}\``), as an emitter writes a version or a length. */
  | { readonly hole: number }
  | { readonly text: string }
  | { readonly object: readonly (readonly [key: string, value: Arg])[] }
  | { readonly array: readonly Arg[] }
  | { readonly callee: string; readonly args: readonly Arg[] }
  /** A template literal: its texts, and its code in `${}` (a JSON pointer with a path or an index in it). */
  | { readonly template: readonly (string | Arg)[] };

/** A name of `n` characters (never a keyword, nor a name prettier lays out apart, as `require` or `it`). */
const nameOf = (n: number, letter = "x"): string => `n${letter.repeat(n - 1)}`;
/** Callees as the generator writes them: names, and member chains holding a call (where.ts pushes an issue so). */
const MEMBER_CALLEES = new Map<string, Code>([
  ["found.errors.push", ts`found.errors.push`],
  ["(found ??= newFound()).errors.push", ts`(found ??= newFound()).errors.push`],
  ["wrap(key).then", ts`${call(ident("wrap"), [ident("key")])}.then`],
]);
const CALLEES = ["f", "wrap", "pointer", "unknownFieldIssue", nameOf(30, "c"), ...MEMBER_CALLEES.keys()];
const calleeOf = (callee: string): Code => MEMBER_CALLEES.get(callee) ?? ident(callee);

/** An object of string properties `width` characters long. */
const objectOf = (width: number, ...keys: readonly string[]): Arg => ({
  object: keys.map((k) => [k, { text: "t".repeat(width) }]),
});

/** An array that always breaks, as prettier breaks an array of two objects of two properties. */
const BROKEN: Arg = { array: [objectOf(1, "a", "b"), objectOf(1, "c", "d")] };

/**
 * Numbers short and long, negative, decimal, large or small enough for an exponent (`1e21`, which JavaScript writes
 * `1e+21`), and -0, which String() writes `0`.
 */
const valueArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -99, max: 999 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(1e21, -2.5e-7, 1e-7, 0.1, -0, 123e300),
);
const numberArb: fc.Arbitrary<Arg> = valueArb.map((number) => ({ number }));
/** A number through a template: an argument of the outer call only, where it is no array's element (see codeOf). */
const holeArb: fc.Arbitrary<Arg> = valueArb.map((hole) => ({ hole }));

/** `n` numbers (a mock's example may hold a list of them). */
const numbersOf = (n: number, from = 1): Arg => ({
  array: Array.from({ length: n }, (_, i) => ({ number: from * (i + 1) })),
});

const keyArb = fc.integer({ min: 1, max: 12 }).map((n) => nameOf(n, "k"));

const argArb: fc.Arbitrary<Arg> = fc.letrec<{ arg: Arg; args: readonly Arg[] }>((tie) => ({
  args: fc.array(tie("arg"), { maxLength: 4 }),
  arg: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({ name: fc.integer({ min: 1, max: 50 }).map((n) => nameOf(n)) }),
    fc.record({ text: fc.integer({ min: 0, max: 70 }).map((n) => "t".repeat(n)) }),
    numberArb,
    fc.record({ array: fc.array(numberArb, { minLength: 1, maxLength: 40 }) }),
    fc.record({ object: fc.array(fc.tuple(keyArb, tie("arg")), { maxLength: 3 }) }),
    fc.record({ array: tie("args") }),
    fc.record({ callee: fc.constantFrom(...CALLEES), args: tie("args") }),
    fc.constant(BROKEN),
    fc.record({
      template: fc.array(
        fc.oneof(
          fc.integer({ min: 0, max: 70 }).map((n) => "/".padEnd(n, "t")),
          tie("arg"),
        ),
        { maxLength: 3 },
      ),
    }),
  ),
})).arg;

/** The argument as the generator's builders make it. */
function codeOf(arg: Arg): Code {
  if ("name" in arg) return ident(arg.name);
  if ("text" in arg) return lit(arg.text);
  if ("number" in arg) return num(arg.number);
  // A template's code has no shape: in an array, prettier would fill a line of such numbers where the printer cannot.
  if ("hole" in arg) return ts`${arg.hole}`;
  if ("object" in arg) return objectLiteral(arg.object.map(([key, value]) => property(ident(key), codeOf(value))));
  if ("array" in arg) return arrayLiteral(arg.array.map(codeOf));
  if ("template" in arg)
    return templateLiteral(arg.template.map((part) => (typeof part === "string" ? part : codeOf(part))));
  return call(calleeOf(arg.callee), arg.args.map(codeOf));
}

/** A number as JavaScript writes it, for prettier to normalise; -0 with its sign, which String() drops. */
const numberSource = (n: number): string => (Object.is(n, -0) ? "-0" : String(n));

/** The argument as source text on one line, for prettier to lay out from scratch. */
function sourceOf(arg: Arg): string {
  if ("name" in arg) return arg.name;
  if ("text" in arg) return JSON.stringify(arg.text);
  if ("number" in arg) return numberSource(arg.number);
  if ("hole" in arg) return numberSource(arg.hole);
  if ("object" in arg) return `{${arg.object.map(([key, value]) => `${key}: ${sourceOf(value)}`).join(", ")}}`;
  if ("array" in arg) return `[${arg.array.map(sourceOf).join(", ")}]`;
  if ("template" in arg)
    return `\`${arg.template.map((part) => (typeof part === "string" ? part : `\${${sourceOf(part)}}`)).join("")}\``;
  return `${arg.callee}(${arg.args.map(sourceOf).join(", ")})`;
}

/** `callee(args);` inside `depth` functions, as the printer prints it (no fallback) and as prettier formats it. */
async function bothOf(callee: string, args: readonly Arg[], depth: number) {
  let ours = ts`${call(calleeOf(callee), args.map(codeOf))};`;
  let source = `${callee}(${args.map(sourceOf).join(", ")});`;
  for (let i = depth; i > 0; i--) {
    ours = block(ts`function ${ident(nameOf(i, "d"))}()`, ours);
    source = `function ${nameOf(i, "d")}() {${source}}`;
  }
  const printed = printDoc(new DocContext(tsModule("x.ts")).toDoc(ours));
  // prettier's answer kept for the next run where the cases are the same on each (test/support/prettier-answers.ts).
  return { printed: `${printed}\n`, prettier: await prettierAnswer(source, PRETTIER_OPTIONS, FIXED_SEED) };
}

/** How the outermost call's arguments came out: on its line, the last hugged, or one per line. */
function layoutOf(text: string, callee: string): "flat" | "hugged" | "expanded" {
  const first = text.split("\n").find((l) => l.trimStart().startsWith(`${callee}(`)) ?? "";
  if (first.endsWith(");")) return "flat";
  return first.endsWith(`${callee}(`) ? "expanded" : "hugged";
}

test.each([
  {
    why: "an earlier call that would break: every argument on its line",
    callee: "f",
    args: [{ callee: "wrap", args: [objectOf(40, "alpha", "beta", "gamma")] }, objectOf(20, "delta", "epsilon")],
    want: "expanded",
  },
  {
    why: "a long pointer before the hugged names: every argument on its line",
    callee: "unknownFieldIssue",
    args: [
      { callee: "pointer", args: [{ callee: "at", args: [{ name: nameOf(90) }, { name: "index" }] }, { name: "key" }] },
      { name: "key" },
      { array: [{ text: "a".repeat(40) }, { text: "b".repeat(40) }] },
    ],
    want: "expanded",
  },
  {
    why: "a short call before the names, as a top-level unknown field's issue: hugged",
    callee: "unknownFieldIssue",
    args: [
      { callee: "topPointer", args: [{ name: "key" }] },
      { name: "key" },
      { array: [{ text: "a".repeat(60) }, { text: "b".repeat(60) }] },
    ],
    want: "hugged",
  },
  {
    why: "an earlier array that must break (two objects of two properties): every argument on its line",
    callee: "f",
    args: [BROKEN, objectOf(1, "e")],
    want: "expanded",
  },
  {
    why: "an empty object last, which prettier never hugs: every argument on its line",
    callee: "f",
    args: [{ name: nameOf(60) }, { name: nameOf(60) }, { object: [] }],
    want: "expanded",
  },
  {
    why: "a member chain holding a call, as an issue is pushed: the last argument hugged as after a name",
    callee: "(found ??= newFound()).errors.push",
    args: [{ name: nameOf(20) }, objectOf(60, "alpha", "beta")],
    want: "hugged",
  },
  {
    why: "an array of numbers last, after a name: prettier does not hug it, every argument on its line",
    callee: "f",
    args: [{ name: "key" }, numbersOf(30, 1000)],
    want: "expanded",
  },
  {
    why: "an array of numbers alone: hugged, the numbers filling its lines",
    callee: "f",
    args: [numbersOf(30, -1000)],
    want: "hugged",
  },
  {
    why: "a mock's example holding 40 numbers: the numbers filling their lines",
    callee: "mockOperation",
    args: [
      {
        object: [
          ["operation", { name: "descriptor" }],
          ["example", { object: [["amounts", numbersOf(40, 1.5)]] }],
        ],
      },
    ],
    want: "hugged",
  },
] as const)("$why", async ({ callee, args, want }) => {
  const { printed, prettier: expected } = await bothOf(callee, args, 1);
  expect(printed).toBe(expected);
  expect(layoutOf(printed, callee)).toBe(want);
});

test("a call as a property's value, its line one column either side of the width, prints as prettier formats it", async () => {
  const widths = new Set<number>();
  let broken = 0;
  // The property's line `    key: wrap(nxx, { alpha: "t…" }),` grows one column a step, across the print width.
  for (let n = 60; n <= 90; n++) {
    const inner: Arg = { callee: "wrap", args: [{ name: nameOf(20) }, objectOf(n, "alpha")] };
    const { printed, prettier: expected } = await bothOf("f", [{ name: "key" }, { object: [["key", inner]] }], 1);
    expect(printed).toBe(expected);
    const line = printed.split("\n").find((l) => l.trimStart().startsWith("key: wrap(")) ?? "";
    if (line.endsWith("),")) widths.add(line.length);
    else broken++;
  }
  // Lines of the width itself and one column short were drawn flat, and the next one hugged.
  expect(widths).toContain(PRINT_WIDTH);
  expect(widths).toContain(PRINT_WIDTH - 1);
  expect(widths.has(PRINT_WIDTH + 1)).toBe(false);
  expect(broken).toBeGreaterThan(0);
});

test("any call prints as prettier formats it: arguments of every kind, length and nesting", async () => {
  const reached = { flat: 0, hugged: 0, expanded: 0 };
  /** Broken arrays of numbers with two or more on a line, as prettier's fill puts them. */
  let filled = 0;
  /** Template literals whose line passes the width, kept whole, and whose `${}` holds a line that must break. */
  const templates = { whole: 0, broken: 0 };
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...CALLEES),
      fc.array(fc.oneof({ weight: 4, arbitrary: argArb }, { weight: 1, arbitrary: holeArb }), {
        minLength: 1,
        maxLength: 4,
      }),
      fc.integer({ min: 0, max: 4 }),
      async (callee, args, depth) => {
        const { printed, prettier: expected } = await bothOf(callee, args, depth);
        // Compared first, expect called on a difference (quick-expect.ts): this runs for each draw.
        expectSame(printed, expected);
        const last = args.at(-1);
        if (last !== undefined && ("object" in last || "array" in last)) reached[layoutOf(printed, callee)]++;
        if (/^ *-?\d[^,]*, -?\d.*,$/m.test(printed)) filled++;
        const lines = printed.split("\n");
        if (lines.some((l) => l.length > PRINT_WIDTH && l.includes("${"))) templates.whole++;
        if (lines.some((l) => /\$\{[^}]*$/.test(l) && !l.trimStart().startsWith("${"))) templates.broken++;
      },
    ),
    drawOf(400, 5_000),
  );
  // The draw reached calls whose last argument may hug in each of prettier's three layouts.
  expect(reached.flat).toBeGreaterThan(20);
  expect(reached.hugged).toBeGreaterThan(20);
  expect(reached.expanded).toBeGreaterThan(10);
  expect(filled).toBeGreaterThan(10);
  // Template literals over the width, which prettier keeps whole, and ones whose `${}` must break.
  expect(templates.whole).toBeGreaterThan(10);
  expect(templates.broken).toBeGreaterThan(5);
});
