// A callback's page orders its changelog as an operation's page orders the
// operation's: a new release of that page alone changes the operation's files,
// so the memo and the models kept between runs (--watch) must key the
// operation by its callback's page too, or they give the files of the old one.
import path from "node:path";
import { expect, test } from "vitest";
import { formatDiagnostic, generate, generateFromInput, memoryMemo } from "../../generator/index.js";
import type { GenerateResult } from "../../generator/index.js";
import { keptModels } from "../../generator/model/kept-models.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { CALLBACK_PAGE, CITE_CALLBACK_PAGE, callbackPage } from "../support/callback-page.js";
import { goldenRoot } from "../support/generate.js";
import { editFile, tempWorkspace, writeFiles } from "../support/temp-spec.js";

const contents = (result: GenerateResult): Record<string, string> => {
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join("\n"));
  return Object.fromEntries(result.files.map((f) => [f.path, f.content]));
};

test("a callback's page edited alone: with a memo and kept models, the files of a fresh run", async () => {
  const { spec } = await tempWorkspace(path.join(goldenRoot, "spec"));
  await editFile(path.join(spec, "operations/paypage/cardPaymentInit.yaml"), ...CITE_CALLBACK_PAGE);
  await writeFiles(spec, { [CALLBACK_PAGE]: callbackPage(["amount", "responseCode"]) });
  const [memo, kept] = [memoryMemo(), keptModels()];
  const again = async () => contents(await generateFromInput(await readSpecInput(spec), undefined, memo, kept));
  const fresh = async () => contents(await generate({ specDir: spec }));
  const changelog = "operations/cardPaymentInit/CHANGELOG.md";
  const rows = (files: Record<string, string>) =>
    (files[changelog] ?? "").split("\n").filter((line) => /^\| [^|]+ \| (amount|responseCode) \|/.test(line));

  const before = await again();
  expect(rows(before)).toEqual([expect.stringContaining("amount"), expect.stringContaining("responseCode")]);
  await writeFiles(spec, { [CALLBACK_PAGE]: callbackPage(["responseCode", "amount"]) });
  const after = await again();
  expect(after).toEqual(await fresh());
  expect(rows(after)).toEqual([expect.stringContaining("responseCode"), expect.stringContaining("amount")]);
});
