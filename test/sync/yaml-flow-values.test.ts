// A text sync writes inside a one-line mapping or list reads back as that text:
// a comma, bracket or brace in it would end the item there (a description
// "Name, first name" in `{ description: ... }`).
import fc from "fast-check";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { FlowMap, inline, renderValue } from "../../generator/rules/yaml-render.js";
import { YamlEditor } from "../../generator/sync/yaml-text.js";

/** Texts on one line, rich in what YAML's flow style reads as its own. */
const text = fc
  .array(fc.constantFrom("a", "B", "0", " ", ",", ", ", "[", "]", "{", "}", ":", ": ", "#", " #", "'", '"', "-", "é"), {
    minLength: 1,
    maxLength: 12,
  })
  .map((parts) => parts.join(""))
  .filter((t) => t.trim() === t && t !== "");

const op = 'fields:\n  a: { from: dictionary, since: "2.0" }\n  b: {}\n';

test("a text set or added in a one-line mapping reads back as itself", () => {
  fc.assert(
    fc.property(text, (value) => {
      for (const [field, key] of [
        ["a", "since"],
        ["a", "description"],
        ["b", "description"],
      ] as const) {
        const editor = new YamlEditor(op);
        editor.set(["fields", field, key], value);
        const read = parse(editor.result()) as { fields: Record<string, Record<string, string>> };
        if (read.fields[field]?.[key] !== value) expect({ field, key, text: editor.result() }).toBe(value);
      }
    }),
    { numRuns: 300 },
  );
});

test("a one-line mapping or list of texts reads back as its texts", () => {
  fc.assert(
    fc.property(text, text, (first, second) => {
      const map = `x: ${inline(new FlowMap({ from: first, description: second }), {})}\n`;
      const list = `x: ${inline([first, second], {})}\n`;
      const block = `x:${renderValue(new FlowMap({ description: second }), 0, {})}\n`;
      const read = [parse(map).x, parse(list).x, parse(block).x];
      const want = [{ from: first, description: second }, [first, second], { description: second }];
      if (JSON.stringify(read) !== JSON.stringify(want)) expect({ map, list, block }).toEqual(want);
    }),
    { numRuns: 300 },
  );
});

test("a plain text stays plain where the flow style can read it", () => {
  expect(inline(new FlowMap({ from: "dictionary", description: "Name of the buyer." }), {})).toBe(
    "{ from: dictionary, description: Name of the buyer. }",
  );
  expect(inline(new FlowMap({ description: "Name, first name" }), {})).toBe('{ description: "Name, first name" }');
});
