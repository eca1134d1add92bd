// A page read with an error refuses the spec whatever a process keeps between
// runs: with a memo and the models --watch keeps, an edit that damages a cited
// page alone gives its errors, and the page mended gives a fresh run's files.
import path from "node:path";
import { expect, test } from "vitest";
import { formatDiagnostic, generate, generateFromInput, memoryMemo } from "../../generator/index.js";
import type { GenerateResult } from "../../generator/index.js";
import { keptModels } from "../../generator/model/kept-models.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { shownPath } from "../../generator/read/shown-path.js";
import { CALLBACK_PAGE, CITE_CALLBACK_PAGE, callbackPage } from "../support/callback-page.js";
import { goldenRoot } from "../support/generate.js";
import { editFile, tempWorkspace, writeFiles } from "../support/temp-spec.js";

const contents = (result: GenerateResult): Record<string, string> => {
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join("\n"));
  return Object.fromEntries(result.files.map((f) => [f.path, f.content]));
};
const errorsOf = (result: GenerateResult): string[] =>
  result.ok ? [] : result.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic);

test("a cited page damaged, then mended: with a memo and kept models, its errors, then a fresh run's files", async () => {
  const { spec } = await tempWorkspace(path.join(goldenRoot, "spec"));
  await editFile(path.join(spec, "operations/paypage/cardPaymentInit.yaml"), ...CITE_CALLBACK_PAGE);
  const page = callbackPage(["amount", "responseCode"]);
  await writeFiles(spec, { [CALLBACK_PAGE]: page });
  const [memo, kept] = [memoryMemo(), keptModels()];
  const again = async () => generateFromInput(await readSpecInput(spec), undefined, memo, kept);
  expect((await again()).ok).toBe(true);

  // The changelog's header misspelled: read as the heading, reported at its place.
  const lines = page.split("\n");
  const heading = lines.indexOf("Changelog");
  await writeFiles(spec, { [CALLBACK_PAGE]: page.replace("\nChangelog\n", "\nChangelgo\n") });
  const damaged = await again();
  expect(damaged.ok).toBe(false);
  // Named as the spec's files are: from the working directory, or absolute where that is shorter.
  const file = shownPath(process.cwd(), path.join(spec, CALLBACK_PAGE));
  expect(errorsOf(damaged)).toEqual([
    `${file}:${heading + 1}:1 error page-misspelled-heading "Changelgo" is not a heading of a Sips page; did you mean "Changelog"? (read as it)`,
  ]);
  expect(errorsOf(await generate({ specDir: spec }))).toEqual(errorsOf(damaged));

  await writeFiles(spec, { [CALLBACK_PAGE]: page });
  expect(contents(await again())).toEqual(contents(await generate({ specDir: spec })));
});
