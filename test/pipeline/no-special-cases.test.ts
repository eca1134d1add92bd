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
  const names = new Set<string>();
  for (const op of model.operations) {
    names.add(op.name);
    fieldNames(op.request.fields, names);
    fieldNames(op.response.fields, names);
  }
  for (const list of model.valueLists) names.add(list.name);
  expect(names.size).toBeGreaterThanOrEqual(40);
  // Interface prefixes too (IR_MB_...): the generator learns them from the spec.
  const prefixes = [...new Set(model.operations.map((op) => op.interfaceVersion.prefix))];
  const found: string[] = [];
  for (const file of [...sourceFiles("generator"), ...sourceFiles("templates")]) {
    const text = readFileSync(file, "utf8");
    for (const name of names) {
      if (ALLOWED.has(name)) continue;
      // A word of the generator's own is found where a name is compared with it, as a special case would be.
      const named = OWN_WORDS.has(name) ? comparedWith(name) : new RegExp(`\\b${name}\\b`);
      if (named.test(text)) found.push(`${path.relative(repoRoot, file)}: ${name}`);
    }
    for (const prefix of prefixes) if (text.includes(prefix)) found.push(`${path.relative(repoRoot, file)}: ${prefix}`);
  }
  expect(found).toEqual([]);
});
