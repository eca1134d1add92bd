// prettier is the judge of formatting: every TypeScript file the printer writes
// must be what prettier would write, without prettier having run on it. Held on
// the repository's spec, the golden fixture and a spec with a line no layout
// breaks (the rest of its file is held all the same); a spec with names too
// long for any layout shows the fallback (prettier formats that file) still
// gives prettier-clean text.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as prettier from "prettier";
import type { ts as Ts } from "ts-morph";
import { ts } from "../support/ts-api.js";
import { expect, test } from "vitest";
import type { GeneratedFile } from "../../generator/index.js";
import { emitOperation, emitSharedFromModel, emitters } from "../../generator/emit/registry.js";
import { PRETTIER_OPTIONS, PRINT_WIDTH } from "../../generator/emit/ts/layouts.js";
import { overWidth } from "../../generator/emit/ts/over-width.js";
import { generateShared } from "../support/generate.js";
import { keptAnswer } from "../support/kept-answer.js";
import { ownText } from "../support/kept-output.js";
import { fixturesDir, repoRoot, specDir } from "../support/paths.js";
import { tempWorkspace, editFile } from "../support/temp-spec.js";
import { OTHER_LANGUAGES, typescriptEmitters } from "../support/typescript-emitters.js";

/** The spec in `dir` generated, shared with the other tests of the worker that generate its text (test/support/generate.ts). */
async function modelOf(dir: string) {
  const result = await generateShared(dir, path.dirname(dir));
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return result;
}

/** The files printed() made, by spec folder: the repository's and the golden fixture's are read by two tests each. */
const printedByDir = new Map<string, Promise<readonly GeneratedFile[]>>();

/**
 * The TypeScript files as the emitters print them, before any fallback. The emitters of JSON and Markdown are left
 * out (test/support/typescript-emitters.ts); each case holds that the files printed are the output's TypeScript files,
 * every one, so that a TypeScript file from one of those fails it. Printed once per folder: printing is a function
 * of the model, which the worker's shared generation already gives each test alike.
 */
function printed(dir: string): Promise<readonly GeneratedFile[]> {
  let files = printedByDir.get(dir);
  if (!files) {
    files = printAnew(dir);
    printedByDir.set(dir, files);
  }
  return files;
}

async function printAnew(dir: string): Promise<readonly GeneratedFile[]> {
  const { model } = await modelOf(dir);
  const files = [
    ...model.operations.flatMap((operation) =>
      emitOperation({ operation, platform: model.platform }, typescriptEmitters),
    ),
    ...emitSharedFromModel(model, typescriptEmitters),
  ];
  return files.filter((f) => f.language === "typescript" && !f.verbatim);
}

/** The output's TypeScript files as a generation gives them, the fallback's among them. */
async function output(dir: string): Promise<GeneratedFile[]> {
  return (await modelOf(dir)).files.filter((f) => f.language === "typescript" && !f.verbatim);
}

const paths = (files: readonly GeneratedFile[]) => files.map((f) => f.path).sort();

test("the emitters left out of printed() are emitters of the registry", () => {
  const names = emitters.map((emitter) => emitter.name);
  expect([...OTHER_LANGUAGES].filter((name) => !names.includes(name))).toEqual([]);
});

/**
 * Texts prettier has left unchanged, one empty file each, named by a hash of all that prettier's answer depends
 * on: its version, the options, the file's path (which picks the parser) and the text. An unchanged output is
 * not formatted again on the next run, as `prettier --cache` does for lint:format; a changed one is.
 */
const cleanDir = path.join(repoRoot, "node_modules", ".cache", "sips-json-tests", "prettier-clean");

async function notPrettierClean(files: readonly GeneratedFile[]): Promise<string[]> {
  mkdirSync(cleanDir, { recursive: true });
  const bad: string[] = [];
  for (const file of files) {
    const options = { ...PRETTIER_OPTIONS, filepath: file.path };
    const known = path.join(
      cleanDir,
      createHash("sha256")
        .update(JSON.stringify([prettier.version, options, file.content]))
        .digest("hex"),
    );
    if (existsSync(known)) continue;
    const formatted = await prettier.format(file.content, options);
    if (formatted !== file.content) bad.push(file.path);
    else writeFileSync(known, "");
  }
  return bad;
}

/**
 * The golden fixture with an operation named so that its values constant passes the width on its names alone: no
 * layout breaks that line, prettier's neither, and the rest of its file is held as any other.
 */
async function unbreakableLine(): Promise<string> {
  const { spec } = await tempWorkspace(path.join(fixturesDir, "golden", "spec"));
  await editFile(
    path.join(spec, "operations/office/cardRefund.yaml"),
    "operation: cardRefund",
    "operation: cardRefundByMerchantsOf",
  );
  return spec;
}

/**
 * The golden fixture with an operation named so long that the alias of its client's fields (`…Fields =
 * ClientFields<…Request, "interfaceVersion">`) passes the width: prettier breaks its type arguments, one a line.
 * The printer wrote it on one line (paymentProviderInitialize was the first real name to pass).
 */
async function longFieldsAlias(): Promise<string> {
  const { spec } = await tempWorkspace(path.join(fixturesDir, "golden", "spec"));
  await editFile(
    path.join(spec, "operations/office/cardRefund.yaml"),
    "operation: cardRefund",
    "operation: cardRefundAskedOfTheAcquirerBank",
  );
  return spec;
}

/**
 * The golden fixture with an operation named so long that its method in `createClient`'s object (`name: (fields,
 * options) => callName(fixed, fields, options),`) passes the width: prettier breaks it after the arrow, the call on
 * the next line. The printer wrote it on one line, and the fallback formatted client.ts (cardValidateAuthenticationAndOrder
 * was the first real name to pass).
 */
async function longClientMethod(): Promise<string> {
  const { spec } = await tempWorkspace(path.join(fixturesDir, "golden", "spec"));
  await editFile(
    path.join(spec, "operations/office/cardRefund.yaml"),
    "operation: cardRefund",
    "operation: cardRefundAskedOfTheAcquirerBanks",
  );
  return spec;
}

/**
 * The golden fixture with an address so long that `test: "…",` passes the width: prettier keeps a string literal
 * on the line of a key this short, where it moves it to the next line after a longer key. The printer moved it, and
 * the file was not prettier's (cardValidateAuthenticationAndOrder's TEST address was the first real one to pass).
 */
async function longAddressAfterShortKey(): Promise<string> {
  const { spec } = await tempWorkspace(path.join(fixturesDir, "golden", "spec"));
  await editFile(
    path.join(spec, "operations/office/cardRefund.yaml"),
    "test: https://office-server.test.example.com/rs-services/v2/checkout/cardRefund",
    "test: https://office-server.test.example.com/rs-services/v2/checkout/cardRefundAskedOfTheAcquirerBankOfTheBuyerOfTheCard",
  );
  return spec;
}

test.each([
  ["the repository spec", async () => specDir, false],
  ["the golden fixture", async () => path.join(fixturesDir, "golden", "spec"), false],
  ["a line no layout breaks", unbreakableLine, true],
  ["an alias of a client's fields over the width", longFieldsAlias, false],
  ["a client's method over the width", longClientMethod, false],
  ["an address after a short key over the width", longAddressAfterShortKey, true],
])("%s: the printer's text is final, prettier changes nothing", async (_, specOf, overTheWidth) => {
  const dir = await specOf();
  const files = await printed(dir);
  expect(files.length).toBeGreaterThan(5);
  // Every TypeScript file of the output is printed here: none comes from an emitter printed() leaves out.
  const made = await output(dir);
  expect(paths(files)).toEqual(paths(made));
  // The repository's spec may have such a line or not (it had one on ten operations); this case must, and it is
  // one prettier is not asked about (overWidth).
  if (overTheWidth) expect(files.some((f) => f.content.split("\n").some((l) => l.length > PRINT_WIDTH))).toBe(true);
  // No file is sent to prettier: the fallback costs every run that emits it (an import of one long operation name
  // once sent client.ts, mock.ts and index.ts to it on each edit, unseen, since its output is the same).
  expect(files.filter((f) => overWidth(f.content)).map((f) => f.path)).toEqual([]);
  // Every file as printed is prettier's text: a line over the width is then one prettier leaves over it too (a
  // values constant whose names alone pass the width), and a breakable line beside it in its file is found.
  expect(await notPrettierClean(files)).toEqual([]);
  // And the output, the fallback's files included, is prettier's.
  expect(await notPrettierClean(made)).toEqual([]);
});

/**
 * A call's last argument that prettier hugs in a form of its own (an arrow function, a function, `{…} as const`),
 * which the printer's call does not make (layouts.ts).
 */
const huggedOtherwise = (node: Ts.Expression): boolean =>
  ts.isArrowFunction(node) ||
  ts.isFunctionExpression(node) ||
  ts.isAsExpression(node) ||
  ts.isSatisfiesExpression(node) ||
  ts.isTypeAssertionExpression(node);

/**
 * What a file's syntax tree holds: its calls (and `new`), its arrow functions, and the calls ending with such an
 * argument. TypeScript's own parser, which prettier's wraps: the tree alone, without the conversion to prettier's.
 */
function callsOf(file: GeneratedFile) {
  const found = { calls: 0, arrows: 0, huggedOtherwise: [] as string[] };
  const source = ts.createSourceFile(file.path, file.content, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const visit = (node: Ts.Node): void => {
    if (ts.isArrowFunction(node)) found.arrows++;
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      found.calls++;
      const last = node.arguments?.at(-1);
      if (last && huggedOtherwise(last))
        found.huggedOtherwise.push(`${file.path}: ${node.getText(source).split("\n")[0]}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** What callsOf finds in each of `files`, summed. */
function scanned(files: readonly GeneratedFile[]) {
  const total = { calls: 0, arrows: 0, huggedOtherwise: [] as string[] };
  for (const file of files) {
    const found = callsOf(file);
    total.calls += found.calls;
    total.arrows += found.arrows;
    total.huggedOtherwise.push(...found.huggedOtherwise);
  }
  return total;
}

// The scan's own check: a repository whose output holds none of these would pass with a scan that finds nothing.
test("the scan lists each call, and new, whose last argument prettier hugs otherwise, and no other", () => {
  const content = [
    "f(a, (x) => x);",
    "g(a, function () {});",
    "h({ a: 1 } as const);",
    "new K(a, b satisfies B);",
    "i((x) => x, a);",
    "j(k(<T>a), [1]);",
  ].join("\n");
  const found = callsOf({ path: "planted.ts", language: "typescript", content });
  expect(found.huggedOtherwise).toEqual([
    "planted.ts: f(a, (x) => x)",
    "planted.ts: g(a, function () {})",
    "planted.ts: h({ a: 1 } as const)",
    "planted.ts: new K(a, b satisfies B)",
    "planted.ts: k(<T>a)",
  ]);
  expect(found).toMatchObject({ calls: 7, arrows: 2 });
});

test.each([
  ["the repository spec", specDir],
  ["the golden fixture", path.join(fixturesDir, "golden", "spec")],
  ["the fixture of every text", path.join(fixturesDir, "every-text", "spec")],
])("%s: no call's last argument is one prettier hugs otherwise than the printer", async (_, dir) => {
  const files = await printed(dir);
  // The scan's answer, kept under all it reads (TypeScript's version, this file, which holds the scan, and each
  // printed file) as the clean checks keep theirs: a run whose printed files are those of an earlier one reads it,
  // where parsing them took some 0.7 s of a warm run.
  const { calls, arrows, huggedOtherwise } = await keptAnswer(
    "prettier-clean-calls",
    [ts.version, ownText(import.meta.url), ...files.flatMap((f) => [f.path, f.content])],
    () => scanned(files),
  );
  expect(huggedOtherwise).toEqual([]);
  // The files were read: their calls, and the arrow functions they hold elsewhere (a client's methods).
  expect(calls).toBeGreaterThan(100);
  expect(arrows).toBeGreaterThan(0);
});

test("names too long for one line: the fallback formats that file, and the output is prettier-clean", async () => {
  const { spec } = await tempWorkspace(path.join(fixturesDir, "golden", "spec"));
  // Long enough for a line no layout breaks in the index (a property typed by its own name), not for the
  // operation's larger files, where a name of 93 characters had the fallback format eight files (58 kB); its imports
  // of the name alone go over the width too, and prettier keeps them whole, as overWidth says (the fallback left
  // them unformatted), and broken imports of one name had gone unseen.
  const longName = "cardCheckWithANameTooLongForAnyLayoutOfTheIndexTypes";
  await editFile(path.join(spec, "operations/office/cardCheck.yaml"), "operation: cardCheck", `operation: ${longName}`);
  expect((await printed(spec)).some((f) => overWidth(f.content))).toBe(true);
  expect(await notPrettierClean(await output(spec))).toEqual([]);
});

test("an operation's values constant too long for one line breaks after its '=', as prettier lays it out", async () => {
  const { spec } = await tempWorkspace(path.join(fixturesDir, "golden", "spec"));
  // CARD_REFUND_BY_MERCHANTS_STATUS_CODE_VALUES and its type make the line 121 characters with " = [", 119 without.
  const name = "cardRefundByMerchants";
  await editFile(path.join(spec, "operations/office/cardRefund.yaml"), "operation: cardRefund", `operation: ${name}`);
  const values = (await printed(spec)).filter((f) => f.path === `operations/${name}/values.ts`);
  expect(values.map((f) => f.path)).toEqual([`operations/${name}/values.ts`]);
  // Without it: the line stayed whole, and the fallback formatted the file with prettier.
  expect(values.filter((f) => overWidth(f.content)).map((f) => f.path)).toEqual([]);
  expect(await notPrettierClean(values)).toEqual([]);
});

test("an import of one name stays whole in prettier however long, which overWidth leaves out; of two, it breaks", async () => {
  const name = `Operation${"X".repeat(PRINT_WIDTH)}Response`;
  const one = [
    `import { ${name} } from "./operations/${name}/client.js";`,
    `import type { ${name} } from "./operations/${name}/types.js";`,
  ].join("\n");
  const two = `import { a, ${name} } from "./operations/${name}/client.js";`;
  const format = (text: string) => prettier.format(`${text}\n`, PRETTIER_OPTIONS);
  expect(await format(one)).toBe(`${one}\n`);
  expect(overWidth(one)).toBe(false);
  expect(await format(two)).not.toBe(`${two}\n`);
  expect(overWidth(two)).toBe(true);
});
