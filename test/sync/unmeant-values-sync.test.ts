// A field whose page gives its values no meaning (meanings: { "00": [] }) and
// that no page compared by sync prints: sync agrees with it and leaves it as
// written (on the repository's spec, whose fields of that form are read from
// spec/; in memory, no file is written), and where its writer writes such
// meanings, each reads back as none, not as the shared list's. A value another
// page adds to the list leaves those meanings as written, comments and all.
import { beforeAll, expect, test } from "vitest";
import { parse } from "yaml";
import type { RawField } from "../../generator/rules/raw-spec.js";
import type { FieldChange } from "../../generator/sync/field-changes.js";
import { writeField } from "../../generator/sync/field-write.js";
import { YamlEditor } from "../../generator/sync/yaml-text.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { repoRoot, specDir } from "../support/paths.js";
import { type FieldValues, fieldValuesOf } from "../support/value-facts.js";
import { checkInMemory, specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";

let base: SpecInput;
let field: FieldValues;
let relPath: string;
beforeAll(async () => {
  base = await readSpecInput(specDir, repoRoot);
  const found = fieldValuesOf(base).find(
    (f) => f.message === "response" && f.values.every((v) => v.meanings.length === 0),
  );
  if (!found) throw new Error("no response field of the spec gives its values no meaning");
  field = found;
  relPath =
    base.files.find((f) => (parse(f.text) as { operation?: string } | null)?.operation === field.operation)?.relPath ??
    "";
});

test("sync agrees with the spec as it is, and leaves it unchanged", async () => {
  const { report, after } = await syncInMemory(base);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(specTexts(after).get(relPath)).toBe(specTexts(base).get(relPath));
  expect((await checkInMemory(base)).filter((d) => d.includes(` error `))).toEqual([]);
});

/** A response with the field `code`, as written, and what sync's writer leaves of it with these changes. */
function written(fieldText: string, change: FieldChange): { text: string; code: Record<string, unknown> } {
  const text = `response:\n  fields:\n${fieldText}`;
  const editor = new YamlEditor(text);
  const raw = (parse(text) as { response: { fields: Record<string, RawField> } }).response.fields["code"] ?? {};
  writeField(editor, ["response", "fields"], "code", raw, change);
  const out = editor.result();
  return {
    text: out,
    code:
      (parse(out) as { response: { fields: Record<string, Record<string, unknown>> } }).response.fields["code"] ?? {},
  };
}

test("sync's writer writes a value with no meaning as an empty list, which reads back as none", () => {
  const meanings = new Map<string, readonly string[]>([
    ["30", []],
    ["00", []],
  ]);
  const block = written("    code:\n      from: dictionary\n      since: undocumented\n", { meanings });
  expect(block.text).toContain('      meanings:\n        "00": []\n        "30": []\n');
  expect(block.code["meanings"]).toEqual({ "00": [], "30": [] });
  // A field on one line is written anew: its meanings of none kept, in code-point order, beside a change of another key.
  const flow = written('    code: { from: dictionary, since: undocumented, meanings: { "30": [], "00": [] } }\n', {
    description: "A code.",
  });
  expect(flow.code["meanings"]).toEqual({ "00": [], "30": [] });
  expect(flow.text.indexOf('"00": []')).toBeLessThan(flow.text.indexOf('"30": []'));
});

/** The lines of `text` from the field's `meanings:` to the next key of the field (or less indented line). */
function meaningsBlock(text: string, fieldName: string): string {
  const lines = text.split("\n");
  const field = lines.findIndex((line) => line.trimStart().startsWith(`${fieldName}:`));
  const start = lines.findIndex((line, i) => i > field && line.trimStart().startsWith("meanings:"));
  const indent = (lines[start] ?? "").length - (lines[start] ?? "").trimStart().length;
  const end = lines.findIndex((line, i) => i > start && line.length - line.trimStart().length <= indent);
  return lines.slice(start, end).join("\n");
}

test("a value another page adds to the list leaves the field's meanings as written, and the report says it has none", async () => {
  // A page that prints the list's values with their meanings, as the dictionary gives them.
  const facts = fieldValuesOf(base);
  const pages = base.pages ?? new Map<string, string>();
  const printing = facts
    .filter((f) => f.list === field.list && f.operation !== field.operation)
    .flatMap((f) => {
      const file = base.files.find((x) => x.kind === "operation" && x.text.includes(`operation: ${f.operation}\n`));
      const page = /\n {2}page: (\S+)/.exec(file?.text ?? "")?.[1];
      const text = page === undefined ? undefined : pages.get(page);
      return text !== undefined && f.shared.every((v) => text.includes(`\n${v.value}\n- ${v.meanings[0]}\n`))
        ? [[page as string, text] as const]
        : [];
    })[0];
  if (!printing) throw new Error(`no saved page prints the values of ${field.list}`);
  const [first] = field.shared;
  if (!first) throw new Error("unreachable: the list has values");
  const added = `${first.value}X`;
  const at = `\n${first.value}\n- ${first.meanings[0]}\n`;
  // After every meaning line of that value: one put between two of them would move that value's meaning too.
  const start = printing[1].indexOf(at) + at.length;
  const end = start + (/^(?:- [^\n]*\n)*/.exec(printing[1].slice(start))?.[0].length ?? 0);
  const released = `${printing[1].slice(0, end)}${added}\n- A value the release adds.\n${printing[1].slice(end)}`;
  const { report, after } = await syncInMemory(withFiles(base, [[printing[0], released]]));
  expect(report.ok, report.messages.join("\n")).toBe(true);
  const before = specTexts(base).get(relPath) ?? "";
  const written = specTexts(after).get(relPath) ?? "";
  // Written out (the added value does not reach it), its meanings of none as they were, a comment on them kept.
  expect(written).not.toBe(before);
  expect(meaningsBlock(written, field.field)).toBe(meaningsBlock(before, field.field));
  expect(parse(written)).not.toHaveProperty(["response", "fields", field.field, "meanings", added]);
  const line = report.messages.find((m) => m.startsWith(`${field.operation}: response field ${field.field} takes `));
  // No page compared prints the field's values: the spec's "none" is said as the spec's, not as a page's.
  expect(line).toContain(`no meaning for ${field.values.map((v) => v.value).join(", ")} (as the spec writes it: `);
  expect(line).not.toContain("its own meaning");
});

test("sync's writer leaves meanings written in code-point order as they are, and sorts others", () => {
  const meanings = new Map<string, readonly string[]>([
    ["00", []],
    ["30", []],
  ]);
  const sorted =
    '    code:\n      from: dictionary\n      meanings: # none on its page\n        "00": []\n        "30": []\n';
  expect(written(sorted, { values: ["00", "30"], meanings }).text).toContain(
    '      values: ["00", "30"]\n      meanings: # none on its page\n        "00": []\n',
  );
  const unsorted =
    '    code:\n      from: dictionary\n      meanings: # none on its page\n        "30": []\n        "00": []\n';
  // Rewritten in order, with the comment on its key's line kept.
  expect(written(unsorted, { meanings }).text).toContain(
    '      meanings: # none on its page\n        "00": []\n        "30": []\n',
  );
});
