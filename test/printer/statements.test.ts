// Statements with blocks come from builders, not from templates that open a
// brace in one place and close it in another: each prints balanced code that
// prettier leaves as it is, wherever it is inserted.
import * as prettier from "prettier";

import { describe, expect, test } from "vitest";
import { type Code, lines, ts } from "../../generator/emit/ts/code.js";
import { lit } from "../../generator/emit/ts/escape.js";
import { call, condition, PRETTIER_OPTIONS, returnSum } from "../../generator/emit/ts/layouts.js";
import { block, ifElse, statements, switchCase } from "../../generator/emit/ts/block-layouts.js";
import { printed } from "../support/printed.js";
import { ts as tsParser } from "../support/ts-api.js";

/** The code as the printer writes it, checked to parse and to be what prettier writes. */
async function clean(code: Code): Promise<string> {
  const text = printed(code);
  const source = tsParser.createSourceFile("x.ts", text, tsParser.ScriptTarget.Latest, false, tsParser.ScriptKind.TS);
  expect((source as unknown as { parseDiagnostics: readonly unknown[] }).parseDiagnostics).toEqual([]);
  expect(await prettier.format(`${text}\n`, PRETTIER_OPTIONS)).toBe(`${text}\n`);
  return text;
}

/** A function around `body`, so that statements are where a file can hold them. */
const inFunction = (body: Code): Code => block(ts`function f(a: unknown, b: unknown, key: string): unknown`, body);

const long = (name: string): Code => ts`${call(ts`isSomethingQuiteLong`, [ts`${lit(name)}`])}`;

describe("if/else", () => {
  test("one branch, several, with an else: each body indented, braces balanced", async () => {
    const text = await clean(
      inFunction(
        statements([
          ifElse([[ts`a === 1`, ts`return 1;`]]),
          ifElse(
            [
              [ts`a === 2`, ts`return 2;`],
              [ts`b === 3`, statements([ts`a = b;`, ts`return 3;`])],
            ],
            ts`return 4;`,
          ),
        ]),
      ),
    );
    expect(text).toBe(
      [
        "function f(a: unknown, b: unknown, key: string): unknown {",
        "  if (a === 1) {",
        "    return 1;",
        "  }",
        "  if (a === 2) {",
        "    return 2;",
        "  } else if (b === 3) {",
        "    a = b;",
        "    return 3;",
        "  } else {",
        "    return 4;",
        "  }",
        "}",
      ].join("\n"),
    );
  });

  test("a test too long for the line breaks after each operator, inside the parentheses", async () => {
    const test = condition("||", ["first", "second", "third", "fourth"].map(long));
    const text = await clean(inFunction(ifElse([[test, ts`return a;`]], ifElse([[test, ts`return b;`]]))));
    expect(text.split("\n").slice(1, 8)).toEqual([
      "  if (",
      '    isSomethingQuiteLong("first") ||',
      '    isSomethingQuiteLong("second") ||',
      '    isSomethingQuiteLong("third") ||',
      '    isSomethingQuiteLong("fourth")',
      "  ) {",
      "    return a;",
    ]);
  });

  test("an if nested in the else of another, in a loop", async () => {
    const nested = ifElse([[ts`b === 1`, ts`continue;`]], ifElse([[ts`b === 2`, ts`break;`]]));
    const loop = block(ts`for (const key in b as object)`, ifElse([[ts`key === "a"`, ts`return 1;`]], nested));
    expect(await clean(inFunction(statements([loop, ts`return 0;`])))).toContain(
      ["  } else {", "      if (b === 1) {", "        continue;", "      } else {", "        if (b === 2) {"].join(
        "\n",
      ),
    );
  });
});

describe("switch", () => {
  test("labels one per line, their statements indented under them, then the default", async () => {
    const clauses = [
      { labels: [lit("a"), lit("b")], then: ts`return 1;` },
      { labels: [lit("c")], then: statements([ts`a = key;`, ts`break;`]) },
    ];
    const text = await clean(inFunction(statements([switchCase(ts`key`, clauses, ts`return 2;`), ts`return a;`])));
    expect(text).toBe(
      [
        "function f(a: unknown, b: unknown, key: string): unknown {",
        "  switch (key) {",
        '    case "a":',
        '    case "b":',
        "      return 1;",
        '    case "c":',
        "      a = key;",
        "      break;",
        "    default:",
        "      return 2;",
        "  }",
        "  return a;",
        "}",
      ].join("\n"),
    );
  });

  test("a clause without labels is left out; a switch in a loop in a template keeps its indentation", async () => {
    const guard = block(
      ts`for (const key in b as object)`,
      switchCase(
        ts`key`,
        [
          { labels: [], then: ts`return 0;` },
          { labels: [lit("x")], then: ts`break;` },
        ],
        ts`return 1;`,
      ),
    );
    const text = await clean(ts`
      function g(b: unknown): number {
        ${lines([guard, ts`return 2;`])}
      }
    `);
    expect(text).not.toContain("return 0;");
    expect(text).toContain(["    switch (key) {", '      case "x":', "        break;", "      default:"].join("\n"));
  });
});

test("a block with nothing in it is `{}`", async () => {
  expect(await clean(block(ts`function h(): void`, statements([])))).toBe("function h(): void {}");
});

describe("return of a sum", () => {
  // One line of 122 characters: too long for `return` and its `;`, short enough inside the parentheses.
  const fourFields = [
    ts`sealField($interfaceVersion)`,
    ts`sealField($merchantId)`,
    ts`sealField($merchantWalletId)`,
    ts`sealField($paymentMeanId)`,
  ];

  test("on one line when it fits; in parentheses on a line of its own when only that fits", async () => {
    expect(await clean(inFunction(returnSum(fourFields.slice(0, 2))))).toContain(
      "  return sealField($interfaceVersion) + sealField($merchantId);",
    );
    expect((await clean(inFunction(returnSum(fourFields)))).split("\n").slice(1, 4)).toEqual([
      "  return (",
      "    sealField($interfaceVersion) + sealField($merchantId) + sealField($merchantWalletId) + sealField($paymentMeanId)",
      "  );",
    ]);
  });

  test("one operand per line when the sum fits no line", async () => {
    const text = await clean(inFunction(returnSum([...fourFields, ts`sealField($anotherFieldOfTheMessage)`])));
    expect(text.split("\n").slice(1, 9)).toEqual([
      "  return (",
      "    sealField($interfaceVersion) +",
      "    sealField($merchantId) +",
      "    sealField($merchantWalletId) +",
      "    sealField($paymentMeanId) +",
      "    sealField($anotherFieldOfTheMessage)",
      "  );",
      "}",
    ]);
  });

  test("nothing to add is the empty string", async () => {
    expect(await clean(inFunction(returnSum([])))).toContain('  return "";');
  });
});
