// A template's loop over a field its view does not have must fail the run, not
// render an empty table (generator/emit/strict-blocks.ts): Handlebars' strict
// mode alone lets a block helper's argument be missing.
import Handlebars from "handlebars";
import { describe, expect, test } from "vitest";
import type { CompileOptions } from "../../generator/emit/compiled-templates.js";
import { readTemplates } from "../../generator/emit/compiled-templates.js";
import { render, templatesDir } from "../../generator/emit/handlebars-env.js";
import { makeBlocksStrict } from "../../generator/emit/strict-blocks.js";

/** As the generator compiles its templates: strict, only known helpers. */
const OPTIONS: CompileOptions = { strict: true, noEscape: true, knownHelpers: {}, knownHelpersOnly: true };

function renderer(source: string, strictBlocks: boolean): (view: object) => string {
  const hbs = Handlebars.create();
  if (strictBlocks) makeBlocksStrict(hbs);
  return hbs.compile(source, OPTIONS);
}

const LOOP = "| a |\n{{#each rows}}\n| {{name}} |\n{{/each}}\n";

describe("blocks given a value the view lacks", () => {
  test.each([
    ["a loop", LOOP, {}, "{{#each}} at 2:1"],
    [
      "a loop inside a loop",
      "{{#each rows}}{{#each cells}}x{{/each}}{{/each}}",
      { rows: [{ cells: [1] }, {}] },
      "{{#each}} at 1:15",
    ],
    ["a with block", "{{#with owner}}{{name}}{{/with}}", {}, "{{#with}} at 1:1"],
  ])("%s throws, naming the block and where it is", (_, source, view, message) => {
    expect(() => renderer(source, true)(view)).toThrow(message);
  });

  test("without strict blocks, the same loop renders an empty table: the fault this guards against", () => {
    expect(renderer(LOOP, false)({})).toBe("| a |\n");
  });
});

describe("values the view has render as before", () => {
  test.each([
    ["an empty list", LOOP, { rows: [] }],
    ["a list", LOOP, { rows: [{ name: "x" }, { name: "y" }] }],
    ["an object looped over", "{{#each rows}}{{@key}}={{this}};{{/each}}", { rows: { a: 1, b: 2 } }],
    ["a with block", "{{#with owner}}{{name}}{{/with}}", { owner: { name: "n" } }],
    ["null, a value", "{{#each rows}}x{{/each}}{{#with owner}}y{{/with}}", { rows: null, owner: null }],
    ["an absent field tested by if and unless", "{{#if note}}n{{/if}}{{#unless note}}none{{/unless}}", {}],
    ["an else branch of a loop", "{{#each rows}}x{{else}}empty{{/each}}", { rows: [] }],
  ])("%s", (_, source, view) => {
    expect(renderer(source, true)(view)).toBe(renderer(source, false)(view));
  });
});

test("the generator's templates are rendered with strict blocks, and an error names the template", () => {
  const loopFirst = [...readTemplates(templatesDir)].find(
    ([name, source]) => !name.startsWith("partials/") && /^\{\{#each \w+\}\}/.test(source),
  );
  expect(loopFirst, "a template that begins with a loop").toBeDefined();
  const [name] = loopFirst as [string, string];
  expect(() => render(name, {})).toThrow(
    `templates/${name}.hbs: {{#each}} at 1:1 is given a value the view does not have`,
  );
});
