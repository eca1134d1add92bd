// Code printed apart (a shared file's piece of one operation, kept in the
// memo) and put back where it goes prints as the same code printed in place:
// each group breaks as it would there, and its symbols are imported.
import { expect, test } from "vitest";
import { type Code, declare, documented, lines, ts } from "../../generator/emit/ts/code.js";
import { key, lit } from "../../generator/emit/ts/escape.js";
import { jsdoc } from "../../generator/emit/ts/comment-escape.js";
import { arrayLiteral, call, objectLiteral, property } from "../../generator/emit/ts/layouts.js";
import { block } from "../../generator/emit/ts/block-layouts.js";
import type { Sym } from "../../generator/emit/ts/symbols.js";
import { printApart, printedCode, type PrintedCode } from "../../generator/emit/ts/printed-apart.js";
import { tsModule } from "../../generator/emit/ts/ts-module.js";
import type { Declaration } from "../../generator/rules/declaration.js";
import { printed } from "../support/printed.js";

const path = "client.ts";
const own: Declaration = {
  module: path,
  name: "Client",
  kind: "type",
  exported: true,
  owner: { kind: "package" },
  role: "a test's name",
};
const module = tsModule(path, [own]);
const apart = tsModule(path);
const call_ = (name: string): Sym => ({ module: `operations/${name}/client.ts`, name: `call${name}`, kind: "value" });
const type = (name: string): Sym => ({ module: `operations/${name}/types.ts`, name: `${name}Fields`, kind: "type" });

/** Members of every width: short, at the width at each column, past it with groups that break. */
const names = Array.from({ length: 90 }, (_, i) => String.fromCharCode(97 + (i % 26)).repeat(i + 1));
const member = (name: string) => ts`
  ${jsdoc([`Calls ${name}.`, "", `With ${"a long text ".repeat(name.length % 7)}`])}
  ${key(name)}(fields: ${type(name)}, options?: { signal: AbortSignal; timeoutMs: number; retry: boolean }): Promise<${type(name)}>;
`;
const bound = (name: string) =>
  property(key(name), ts`(fields, options) => ${call_(name)}(fixed, ${arrayLiteral([lit(name), lit(name)])}, options)`);
const entry = (name: string) =>
  call({ module: "runtime/mock.ts", name: "mockOperation", kind: "value" }, [
    objectLiteral([
      property(key("operation"), lit(name)),
      property(key("example"), objectLiteral([property(key("x"), lit(name))])),
    ]),
  ]);

function file(
  members: readonly Parameters<typeof lines>[0][number][],
  properties: readonly Parameters<typeof objectLiteral>[0][number][],
  entries: ReturnType<typeof arrayLiteral>,
) {
  return [
    ts`${block(declare("interface", own), lines(members, true))}`,
    ts`
      function make(fixed: number) {
        return ${objectLiteral(properties, true)};
      }
    `,
    ts`const entries = ${entries};`,
  ];
}

test("an interface's members, an always broken object's properties and a broken list's entries print alike apart and in place", () => {
  const inPlace = printed(file(names.map(member), names.map(bound), arrayLiteral(names.map(entry))), module);
  const pieces = names.map((name) => ({
    member: printApart(apart, member(name), 2),
    bound: printApart(apart, bound(name), 4, ","),
    entry: printApart(apart, entry(name), 2, ","),
  }));
  // Kept as JSON in the memo.
  const kept = JSON.parse(JSON.stringify(pieces)) as typeof pieces;
  const putBack = printed(
    file(
      kept.map((p) => printedCode(p.member)),
      kept.map((p) => printedCode(p.bound)),
      arrayLiteral(kept.map((p) => printedCode(p.entry))),
    ),
    module,
  );
  expect(putBack).toBe(inPlace);
  expect(inPlace).toContain('import type { aFields } from "./operations/a/types.js";');
  expect(pieces.some((p) => p.member.lines.length > 3 && p.bound.lines.length > 1)).toBe(true);
});

/** A member under a doc comment of `doc`, as the mock's handler member and the descriptor put an operation's summary. */
const summarized = (doc: readonly string[], name: string) =>
  documented(jsdoc(doc), ts`readonly ${key(name)}?: ${type(name)};`);

test("a doc comment of no text prints no comment, and no blank line, apart and in place", () => {
  for (const doc of [[], [""], ["  "], ["", "\n"]]) {
    expect(printApart(apart, summarized(doc, "a"), 2).lines).toEqual(["readonly a?: aFields;"]);
    expect(printed(ts`${block(declare("interface", own), summarized(doc, "a"))}`, module)).toBe(
      'import type { aFields } from "./operations/a/types.js";\n\nexport interface Client {\n  readonly a?: aFields;\n}',
    );
  }
  // A doc comment of text prints above its member.
  expect(printApart(apart, summarized(["Sums."], "a"), 2).lines).toEqual(["/** Sums. */", "readonly a?: aFields;"]);
});

test("code printed apart may not declare: the file declares its names", () => {
  expect(() => printApart(module, ts`${declare("interface", own)} {}`, 0)).toThrow(/declares a name/);
});

/** A member whose code holds a blank line (two statements of a method, a blank line apart), printed at `depth` blocks in. */
const spaced = (name: string) => ts`
  ${key(name)}() {
    ${lines([ts`const a = ${lit(name)};`, ts`return ${call_(name)}(a);`], true)}
  }
`;
const nested = (depth: number, body: Code): Code =>
  depth === 0 ? body : ts`${block(ts`if (${lit(String(depth))})`, nested(depth - 1, body))}`;

test("code printed apart with a blank line in it prints alike at any depth: the blank line holds no indentation", () => {
  const names_ = ["a", "bb", "ccc"];
  for (const depth of [0, 1, 3]) {
    const inPlace = printed(nested(depth, objectLiteral(names_.map(spaced), true)), apart);
    const column = 2 * (depth + 1);
    const kept = JSON.parse(
      JSON.stringify(names_.map((n) => printApart(apart, spaced(n), column, ","))),
    ) as PrintedCode[];
    expect(kept.every((p) => p.lines.includes(""))).toBe(true);
    expect(printed(nested(depth, objectLiteral(kept.map(printedCode), true)), apart)).toBe(inPlace);
    expect(inPlace).not.toMatch(/ +\n/);
  }
});

test("code printed apart whose text holds the character that marks where pieces go is printed in place, as it is", () => {
  // Never made by printApart (escapes write control characters as escapes): a damaged or crafted memo entry.
  const pieces: PrintedCode[] = ["\u00000\u0000", "\u0000", "x"].map((text, i) => ({
    lines: [`/** ${text} */`, `m${i}(): void;`],
    symbols: [],
    splicingKey: `crafted ${i}`,
  }));
  expect(printed(ts`${block(declare("interface", own), lines(pieces.map(printedCode), true))}`, module)).toBe(
    [
      "export interface Client {",
      "  /** \u00000\u0000 */",
      "  m0(): void;",
      "",
      "  /** \u0000 */",
      "  m1(): void;",
      "",
      "  /** x */",
      "  m2(): void;",
      "}",
    ].join("\n"),
  );
});
