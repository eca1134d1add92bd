// Where the users' guide warns that fields a request needs are "optional in
// the types" (their presence is not public, so a request without them is sent),
// each field it names is one of undocumented presence in every operation of its
// section that has it, as the registry holds it, or the field where the
// request's facts stop, which the warning names as the public page's end: when
// a page release documents more, the guide's warning must change with it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import { repoRoot } from "../support/paths.js";

const guide = readFileSync(path.join(repoRoot, "docs", "package-readme.md"), "utf8");
/** The guide's sections, each its heading and its text up to the next heading, code blocks left out. */
const sections = guide
  .replace(/^```[^\n]*\n[\s\S]*?^```$/gm, "")
  .split(/^(?=#{2,3} )/m)
  .map((text) => ({ heading: text.split("\n")[0] ?? "", paragraphs: text.split(/\n\n+/) }));
const names = Object.keys(operations) as (keyof typeof operations)[];

const warnings = sections.flatMap(({ heading, paragraphs }) =>
  paragraphs
    .filter((paragraph) => /optional\s+in\s+the\s+types/.test(paragraph))
    .map((paragraph) => {
      const words = new Set(`${heading} ${paragraph}`.match(/\w+/g));
      return { heading, paragraph, named: names.filter((name) => words.has(name)) };
    }),
);

test("the guide warns of fields a request needs that the types leave optional", () => {
  expect(warnings.length).toBeGreaterThan(0);
});

test.each(warnings.map((warning) => ({ ...warning, where: warning.heading.replace(/^#+ /, "") })))(
  "each field its warning names ($where) is of undocumented presence in its operations",
  ({ paragraph, named }) => {
    expect(named.length).toBeGreaterThan(0);
    const fields = new Set([...paragraph.matchAll(/`(\w+)`/g)].map(([, field]) => field));
    let checked = 0;
    for (const name of named)
      for (const field of operations[name].request.fields)
        if (fields.has(field.name) && field.name !== operations[name].request.factsStop?.after) {
          expect(field.presence, `${name}.${field.name}`).toBe("undocumented");
          checked++;
        }
    expect(checked).toBeGreaterThanOrEqual(named.length);
  },
);
