// The maintainers' guide (README.md) names operation files of the spec as the models to copy for a kind of page:
// each must exist, and those it gives for public copies that differ must record their differences as it says, so
// that the guide does not send the next maintainer to a file that no longer shows what it describes.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { repoRoot, specDir } from "../support/paths.js";

const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");

/** The folders of spec/operations/, one a family (office, in-app, paypage). */
const families = readdirSync(path.join(specDir, "operations"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** The operation files a text names as `<family>/<operation>.yaml`, in the order it names them. */
function modelFiles(text: string): string[] {
  return [...text.matchAll(/`([a-z-]+)\/([A-Za-z]+\.yaml)`/g)].flatMap(([, family, file]) =>
    family !== undefined && file !== undefined && families.includes(family) ? [`${family}/${file}`] : [],
  );
}

/** The paragraph of the guide that begins with `opening`, to the next blank line or numbered step. */
function paragraph(opening: string): string {
  const start = readme.indexOf(opening);
  expect(start, opening).toBeGreaterThanOrEqual(0);
  const rest = readme.slice(start);
  const end = rest.search(/\n\s*\n|\n\d+\. /);
  return end < 0 ? rest : rest.slice(0, end);
}

test("every operation file the guide names as a model is in the spec", () => {
  const named = modelFiles(readme);
  expect(named.length).toBeGreaterThan(3);
  const missing = named.filter((file) => !existsSync(path.join(specDir, "operations", file)));
  expect(missing).toEqual([]);
});

test("the models the guide gives for public copies that differ record a deviation from their saved page", () => {
  const named = modelFiles(paragraph("Where several public copies of the page differ"));
  expect(named.length).toBeGreaterThan(1);
  for (const file of named) {
    const operation = parse(readFileSync(path.join(specDir, "operations", file), "utf8")) as {
      source?: { page?: string; deviations?: readonly { about: string; reason: string }[] };
    };
    expect(operation.source?.page, file).toMatch(/^sources\/.+\.page\.txt$/);
    expect(operation.source?.deviations?.length ?? 0, file).toBeGreaterThan(0);
  }
});

test("the guide's steps for a new release of a page save it as the other saved pages are, facts only", () => {
  // The spec's saved pages keep a page's facts and none of its sentences; a step that told a maintainer to paste
  // a new release as it reads would bring the page's text into spec/sources/ and contradict the step it rests on.
  const words = (text: string): string => text.replace(/\s+/g, " ");
  const update = words(paragraph("Save the new page over the old one"));
  expect(update).not.toMatch(/paste it as it is/);
  expect(update).toMatch(/the page's facts and none of its sentences/);
  expect(update).toContain('step 1 of "Adding an operation from a saved page"');
  expect(words(paragraph("1. Save the Sips page as text"))).toMatch(/keep the page's facts and none of its sentences/);
  expect(readme).toContain("\n## Adding an operation from a saved page\n");
});
