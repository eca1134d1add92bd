// generator/ and templates/ know the spec format, not the Sips API: they name
// no operation and no field of the spec, not even in comments. Everything
// about operations and fields comes from spec/.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import type { FieldModel } from "../../generator/model/field-model.js";
import type { SpecModel } from "../../generator/model/ir.js";
import { generateRepoSpec } from "../support/generate.js";
import { repoRoot } from "../support/paths.js";

/**
 * Words that are field names and also words of the spec format or of the
 * public contract, with the reason they may appear.
 */
const ALLOWED = new Map([
  ["seal", "the concept every emitter deals with (the seal field's own name comes from spec/sips.yaml)"],
  ["interfaceVersion", "a field type of the spec format and a key of the registry the design fixes"],
]);

/**
 * The generator's own folders name its stages and parts (read, validate, model, emit, write, sync...): words of its
 * design, which an operation of the spec may happen to be named (validate, of Office's cash management), and which
 * the generator writes for themselves, not for that operation.
 */
const OWN_WORDS = new Set(
  readdirSync(path.join(repoRoot, "generator"), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name),
);

/** A string literal of `word` compared (===, !==) or matched (case) with a value. */
const comparedWith = (word: string): RegExp => {
  const literal = `["'\`]${word}["'\`]`;
  return new RegExp(`(?:[!=]==\\s*${literal}|${literal}\\s*[!=]==|\\bcase\\s+${literal})`);
};

/** A kind the generator gives a thing of its own, or tests one by: `type: "comment"`, `token.type !== "comment"`. */
const KIND = /\b(?:type|kind)\s*(?:[!=]==|:)\s*["'`]([A-Za-z]\w*)["'`]/g;

/**
 * The kinds the generator's sources declare or test (a YAML token's `comment`, a printed node's `comment`, a type's
 * `container`): words it writes in its own sense, which a field of the spec may happen to be named (acceptChallenge's
 * `comment`), and which it compares with the kind of a token or node, not with that field's name.
 */
function kindWords(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    for (const [, word] of text.matchAll(KIND)) if (word !== undefined) words.add(word);
  }
  return words;
}

/** The argument of the last `switch (...)` that opens before `at`, or undefined. */
function switchBefore(text: string, at: number): string | undefined {
  const opened = [...text.slice(0, at).matchAll(/\bswitch\s*\(([^)]*)\)/g)];
  return opened.at(-1)?.[1];
}

/**
 * Whether `text` writes `word` as a string literal other than as a kind (`type: "comment"`, `token.type !==
 * "comment"`, a `case "comment":` of a switch on a `.type` or `.kind`): a comparison with a name, a lookup, a set
 * or list it is a member of, a prefix test... as a special case of a spec name may be written. Prose that uses
 * the word unquoted is its own sense.
 */
function namedAsName(word: string, text: string): boolean {
  const literal = `["'\`]${word}["'\`]`;
  const withoutKinds = text.replace(KIND, (use, kind: string) => (kind === word ? "" : use));
  for (const found of withoutKinds.matchAll(new RegExp(`(\\bcase\\s+)?${literal}`, "g"))) {
    if (found[1] === undefined) return true;
    const on = switchBefore(withoutKinds, found.index);
    if (on === undefined || !/\.(?:type|kind)\s*$/.test(on)) return true;
  }
  return false;
}

/** Whether `text` names `name`, a name of the spec, in a generator's or template's source. */
function names(text: string, name: string, kinds: ReadonlySet<string>): boolean {
  // A word of the generator's own is found where a name is compared with it, as a special case would be.
  if (OWN_WORDS.has(name)) return comparedWith(name).test(text);
  if (kinds.has(name)) return namedAsName(name, text);
  return new RegExp(`\\b${name}\\b`).test(text);
}

let model: SpecModel;
beforeAll(async () => {
  model = (await generateRepoSpec()).model;
});

function fieldNames(fields: readonly FieldModel[], into: Set<string>): Set<string> {
  for (const field of fields) {
    into.add(field.name);
    const type = field.type.kind === "list" ? field.type.items.type : field.type;
    if (type.kind === "container") fieldNames(type.container.fields, into);
  }
  return into;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

test("no operation, field, value list or interface prefix of the spec is named in generator/ or templates/", () => {
  const specNames = new Set<string>();
  for (const op of model.operations) {
    specNames.add(op.name);
    fieldNames(op.request.fields, specNames);
    fieldNames(op.response.fields, specNames);
  }
  for (const list of model.valueLists) specNames.add(list.name);
  expect(specNames.size).toBeGreaterThanOrEqual(40);
  // Interface prefixes too (IR_MB_...): the generator learns them from the spec.
  const prefixes = [...new Set(model.operations.map((op) => op.interfaceVersion.prefix))];
  const files = [...sourceFiles("generator"), ...sourceFiles("templates")];
  const texts = new Map(files.map((file) => [file, readFileSync(file, "utf8")]));
  const kinds = kindWords([...texts.values()]);
  const found: string[] = [];
  for (const [file, text] of texts) {
    for (const name of specNames) {
      if (ALLOWED.has(name)) continue;
      if (names(text, name, kinds)) found.push(`${path.relative(repoRoot, file)}: ${name}`);
    }
    for (const prefix of prefixes) if (text.includes(prefix)) found.push(`${path.relative(repoRoot, file)}: ${prefix}`);
  }
  expect(found).toEqual([]);
});

test("a spec name that is also a kind of the generator's is found where it is a special case, not where it is a kind", () => {
  const kinds = kindWords(['if (token.type !== "comment") return;']);
  expect([...kinds]).toEqual(["comment"]);
  // The generator's own sense of the word: a token's or node's kind, and prose.
  expect(names('if (token.type === "comment") skip();', "comment", kinds)).toBe(false);
  expect(names('switch (node.type) {\n  case "comment":\n}', "comment", kinds)).toBe(false);
  expect(names("// keeps the comment above a key", "comment", kinds)).toBe(false);
  // A special case of the field of that name, however it is written.
  expect(names('if (field.name === "comment") skip();', "comment", kinds)).toBe(true);
  expect(names('if ("comment" !== name) skip();', "comment", kinds)).toBe(true);
  expect(names('const f = fields.get("comment");', "comment", kinds)).toBe(true);
  expect(names('switch (field.name) {\n  case "comment":\n}', "comment", kinds)).toBe(true);
  expect(names('const SKIPPED = new Set(["comment"]);\nif (SKIPPED.has(field.name)) skip();', "comment", kinds)).toBe(
    true,
  );
  expect(names('if (field.name.startsWith("comment")) skip();', "comment", kinds)).toBe(true);
  expect(names('const f = byName["comment"];', "comment", kinds)).toBe(true);
  expect(names('if (token.type === "comment" || field.name === "comment") skip();', "comment", kinds)).toBe(true);
  // A name that is no kind of the generator's is found wherever it is written.
  expect(names("// the amount of the transaction", "amount", kinds)).toBe(true);
});
