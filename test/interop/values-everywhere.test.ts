// One field, many operations: for every operation's field that takes values of
// an exact list, every artifact of the package says what the spec's files say
// it takes, no more and no less, with the same meanings, in code-point order:
// the registry, the validators (each value taken, every other value of the
// list and every near miss reported), the JSON Schemas, the OpenAPI document,
// the reference page's table, the examples (OpenAPI, page, mock), the type's
// doc comment and the type itself. Held on the repository's spec and on a
// synthetic spec: the
// golden fixture whose operations share a list each its own way, with values
// that look like numbers or have leading zeros, and meanings that need escaping
// in Markdown, TypeScript, JSON and HTML.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as repository from "../../generated/index.js";
import { MOCK_OPERATIONS } from "../../generated/mock.js";
import { type GeneratedFile, generateFromInput } from "../../generator/index.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { generateRepoSpec, goldenRoot } from "../support/generate.js";
import { keptOutput } from "../support/kept-output.js";
import { nativeTypeErrors } from "../support/native-typecheck.js";
import { generatedDir, specDir } from "../support/paths.js";
import { drawOf } from "../support/property-runs.js";
import {
  documentDisagreements,
  exampleDisagreements,
  pageDisagreements,
  registryDisagreements,
  typeConsumer,
  validatorDisagreements,
  type ValuesPackage,
} from "../support/value-artifacts.js";
import { type FieldValues, fieldValuesOf } from "../support/value-facts.js";
import { typeDocSinceDisagreements, typeDocValueDisagreements } from "../support/type-docs.js";
import {
  type FieldSince,
  fieldSinceOf,
  openapiSchemaDisagreements,
  requestSinceDisagreements,
  sinceDisagreements,
} from "../support/field-since.js";

/** Edits of the golden fixture's files: each `from` must be there (a stale edit fails). */
const EDITS: Readonly<Record<string, readonly [string, string][]>> = {
  "dictionary/lists.yaml": [
    [
      "      INTERNET:\n        meaning: Internet\n",
      [
        "      INTERNET:",
        "        meaning: Internet",
        '      "A|B`C":',
        "        name: PIPE_TICK",
        '        meaning: "Pipe | and `tick`"',
        '      "1e3":',
        "        name: EXPONENT",
        "        meaning: Looks like a number",
        '      "-0":',
        "        name: MINUS_ZERO",
        "        meaning: Minus zero",
        '      "<b>&amp;":',
        "        name: HTML_LIKE",
        "        meaning: Looks like HTML",
        "",
      ].join("\n"),
    ],
    [
      '      "99":\n        name: INTERNAL_ERROR\n',
      [
        '      "05":',
        "        name: REFUSED",
        "        meaning:",
        '          - "Refused | see *docs* <b>now</b> & `code` \\\\ back */ ${x} \\"q\\" &amp; &#60;"',
        '          - "In response to a check: 1. not <!-- enrolled --> {@link X} @since 9"',
        '      "978":',
        "        name: EURO",
        '        meaning: "Euro: 978 — <EUR> & co | [link](x) _under_ ~~gone~~"',
        '      "007":',
        "        name: LEADING",
        "        meaning: Leading zeros --> {{x}} \\u2028 'single'",
        '      "99":',
        "        name: INTERNAL_ERROR",
        "",
      ].join("\n"),
    ],
  ],
  "operations/office/cardCheck.yaml": [
    [
      "      valueList: statusCode\n      description: Outcome.",
      '      valueList: statusCode\n      values: ["00", "978", "99"]\n      meanings:\n        "00": CHECKONLY <ok> & *fine*\n      description: Outcome.',
    ],
    ["formatError: undocumented", 'formatError: "99"'],
  ],
  "operations/office/cardRefund.yaml": [
    [
      '      values: ["00"]\n      meanings:\n        "00": Refund accepted',
      '      values: ["00", "007", "05"]\n      meanings:\n        "00": REFUNDONLY accepted\n        "05": "REFUNDONLY *refused* | <i>try</i> & \\\\ */ `x` ${y} \\"z\\""',
    ],
    ["formatError: undocumented", 'formatError: "05"'],
  ],
  "operations/paypage/cardPaymentInit.yaml": [
    [
      "      valueList: statusCode\n      description: Outcome of the payment.",
      '      valueList: statusCode\n      values: ["00", "05"]\n      meanings:\n        "05": "CALLBACKONLY refused: <see> | *bank*"\n      description: Outcome of the payment.',
    ],
  ],
};

async function syntheticInput(): Promise<SpecInput> {
  const input = await readSpecInput(path.join(goldenRoot, "spec"), goldenRoot);
  const files = input.files.map((file) => {
    let text = file.text;
    for (const [from, to] of EDITS[file.relPath] ?? []) {
      if (!text.includes(from)) throw new Error(`${file.relPath} no longer holds ${JSON.stringify(from)}`);
      text = text.replace(from, to);
    }
    return { ...file, text };
  });
  return { ...input, files };
}

/** Every file under `dir`, by its path relative to it. */
function filesUnder(dir: string, under = ""): [string, string][] {
  return readdirSync(path.join(dir, under), { withFileTypes: true }).flatMap((entry) => {
    const rel = under === "" ? entry.name : `${under}/${entry.name}`;
    return entry.isDirectory()
      ? filesUnder(dir, rel)
      : [[rel, readFileSync(path.join(dir, rel), "utf8")] as [string, string]];
  });
}

interface Case {
  readonly facts: readonly FieldValues[];
  readonly since: readonly FieldSince[];
  readonly pkg: ValuesPackage;
  readonly files: readonly GeneratedFile[];
}

async function repositoryCase(): Promise<Case> {
  const input = await readSpecInput(specDir);
  const facts = fieldValuesOf(input);
  const pkg = {
    files: new Map(filesUnder(generatedDir)),
    operations: repository.operations,
    exports: repository,
    mock: MOCK_OPERATIONS,
  };
  return {
    facts,
    since: fieldSinceOf(input),
    pkg: pkg as unknown as ValuesPackage,
    files: (await generateRepoSpec()).files,
  };
}

async function syntheticCase(): Promise<Case> {
  const input = await syntheticInput();
  const result = await generateFromInput(input);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join("\n"));
  const dir = keptOutput("values-everywhere", result.files, "javascript");
  const index = await import(pathToFileURL(path.join(dir, "index.js")).href);
  const mock = await import(pathToFileURL(path.join(dir, "mock.js")).href);
  const files = new Map(result.files.map((f) => [f.path, f.content]));
  const pkg = { files, operations: index.operations, exports: index, mock: mock.MOCK_OPERATIONS } as ValuesPackage;
  return { facts: fieldValuesOf(input), since: fieldSinceOf(input), pkg, files: result.files };
}

const cases: Record<string, Case> = { repository: await repositoryCase(), synthetic: await syntheticCase() };

describe.each(Object.keys(cases))("the %s spec", (name) => {
  const { facts, since, pkg } = cases[name] as Case;

  test("has fields with value lists, some taking part of theirs", () => {
    expect(facts.length).toBeGreaterThan(5);
    if (name === "synthetic")
      expect(facts.filter((f) => f.values.length < f.vocabulary.length).length).toBeGreaterThan(2);
  });

  const checks = {
    "the registry": registryDisagreements,
    "the validators": validatorDisagreements,
    "the JSON Schemas and the OpenAPI document": documentDisagreements,
    "the reference page": pageDisagreements,
    "the examples of the OpenAPI document, the reference page and the mock": exampleDisagreements,
    "the doc comment of the message type's field": typeDocValueDisagreements,
  };
  test.each(Object.keys(checks))("%s: the values and meanings the spec gives each operation's field", (check) => {
    const disagree = checks[check as keyof typeof checks];
    expect(facts.flatMap((f) => disagree(pkg, f))).toEqual([]);
  });

  test("the registry, the reference page, the changelog, the type's doc and the request validators give each field the version the spec gives", () => {
    expect(since.flatMap((f) => sinceDisagreements(pkg, f, since))).toEqual([]);
    expect(since.flatMap((f) => typeDocSinceDisagreements(pkg, f))).toEqual([]);
    const requests = since.map((f) => requestSinceDisagreements(pkg, f));
    expect(requests.flatMap((r) => r.out)).toEqual([]);
    expect(requests.reduce((sum, r) => sum + r.reached, 0)).toBeGreaterThan(0);
  });

  test("the OpenAPI document holds each message to its JSON Schema, version rules included", () => {
    const { out, compared } = openapiSchemaDisagreements(pkg);
    expect(out).toEqual([]);
    expect(compared).toBeGreaterThan(5);
  });

  test("the validators refuse what differs from a value by one character", () => {
    const partial = facts.filter((f) => f.values.length > 0);
    const alphabet = fc.constantFrom("0", "1", "9", "A", "a", " ", "_", "-", ".");
    const edit = fc.tuple(fc.nat(), fc.nat(), alphabet, fc.constantFrom("insert", "delete", "replace"));
    let refused = 0;
    fc.assert(
      fc.property(fc.nat(), edit, (which, [at, pick, c, how]) => {
        const f = partial[which % partial.length] as FieldValues;
        const taken = f.values.map((v) => v.value);
        const value = taken[pick % taken.length] as string;
        const i = at % (value.length + 1);
        const edited =
          how === "insert"
            ? value.slice(0, i) + c + value.slice(i)
            : value.slice(0, i) + (how === "replace" ? c : "") + value.slice(i + 1);
        const message =
          f.message === "callback" ? pkg.operations[f.operation]?.callback : pkg.operations[f.operation]?.[f.message];
        const result = message?.validate({ [f.field]: f.items ? [edited] : edited }, { strict: true });
        const path = f.items ? `/${f.field}/0` : `/${f.field}`;
        const unknown =
          !result?.ok && (result?.errors ?? []).some((e) => e.path === path && e.code === "unknown-value");
        if (unknown) refused++;
        expect(unknown, `${f.operation} ${f.field} ${JSON.stringify(edited)}`).toBe(!taken.includes(edited));
      }),
      drawOf(300, 5000),
    );
    expect(refused).toBeGreaterThan(100);
  });
});

test("no artifact of one operation shows another's own meanings", () => {
  const { pkg } = cases["synthetic"] as Case;
  const marks = { cardCheck: "CHECKONLY", cardRefund: "REFUNDONLY", cardPaymentInit: "CALLBACKONLY" };
  const leaks: string[] = [];
  for (const [file, text] of pkg.files)
    for (const [operation, mark] of Object.entries(marks)) {
      const own = file.includes(`/${operation}/`) || file.includes(`/${operation}.`);
      const anyOperation = Object.keys(marks).some((op) => file.includes(`/${op}/`) || file.includes(`/${op}.`));
      if (anyOperation && !own && text.includes(mark)) leaks.push(`${file} shows ${mark}`);
    }
  expect(leaks).toEqual([]);
});

test("each operation's field types admit the values it takes, and no other of the list", async () => {
  const errors = await nativeTypeErrors(
    Object.fromEntries(
      Object.entries(cases).map(([name, { facts, files }]) => [
        name,
        { files, more: { "values-consumer.ts": typeConsumer(facts) } },
      ]),
    ),
  );
  expect(errors).toEqual([]);
});
