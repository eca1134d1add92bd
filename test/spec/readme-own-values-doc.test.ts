// The README's example of an operation's own values counts them: the values its
// YAML lists, of how many its shared list has in the spec's dictionary, and how
// many others the validators refuse. The counts are read from the example and
// the dictionary, so that a list grown by a page release fails here until the
// prose says so.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { repoRoot, specDir } from "../support/paths.js";

const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");

/** That a document holds a phrase, the phrase alone shown when it does not. */
const says = (text: string, phrase: string) => expect(text.includes(phrase), phrase).toBe(true);

test("the README's own-values example counts the values it takes and those of its list in the dictionary", () => {
  const example = /```yaml\n(# a page that lists [^\n]*\n[\s\S]*?)```/.exec(readme)?.[1] ?? "";
  const field = /^(\w+):$/m.exec(example)?.[1] ?? "";
  const taken = (parse(example, { schema: "failsafe" }) as Record<string, { values?: string[] }>)[field]?.values ?? [];
  expect(taken.length).toBeGreaterThan(0);
  const dictionary = parse(readFileSync(path.join(specDir, "dictionary", "value-lists.yaml"), "utf8"), {
    schema: "failsafe",
  }) as { valueLists: Record<string, { values: Record<string, unknown> }> };
  const all = Object.keys(dictionary.valueLists[field]?.values ?? {}).length;
  expect(all).toBeGreaterThan(taken.length);
  const prose = readme.replace(/\s+/g, " ");
  says(example, `lists ${taken.length} of the ${all} values of ${field}`);
  says(prose, `admits its ${taken.length} values`);
  says(prose, `refuse the ${all - taken.length} others`);
  says(prose, `with all ${all} values`);
});
