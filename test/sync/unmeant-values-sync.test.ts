// A field whose page gives its values no meaning (meanings: { "00": [] }) and
// that no page compared by sync prints: sync agrees with it and leaves it as
// written (on the repository's spec, whose fields of that form are read from
// spec/; in memory, no file is written), and where its writer writes such
// meanings, each reads back as none, not as the shared list's.
import { beforeAll, expect, test } from "vitest";
import { parse } from "yaml";
import type { RawField } from "../../generator/rules/raw-spec.js";
import type { FieldChange } from "../../generator/sync/field-changes.js";
import { writeField } from "../../generator/sync/field-write.js";
import { YamlEditor } from "../../generator/sync/yaml-text.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { repoRoot, specDir } from "../support/paths.js";
import { type FieldValues, fieldValuesOf } from "../support/value-facts.js";
import { checkInMemory, specTexts, syncInMemory } from "../support/sync-memory.js";

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
