// A callback's response page titled after a product no operation of the spec
// belongs to is taken; once an operation of that family joins the spec, the
// page is another family's response and is refused. The callback's operation
// did not change: with a memo (a run after another, as the CLI's on disk) its
// model is its head, which must still know the page its callback cites, or
// the page goes unchecked.
import path from "node:path";
import { expect, test } from "vitest";
import { formatDiagnostic, generate, generateFromInput, memoryMemo } from "../../generator/index.js";
import type { GenerateResult } from "../../generator/index.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { CALLBACK_PAGE, CITE_CALLBACK_PAGE, callbackPage } from "../support/callback-page.js";
import { goldenRoot } from "../support/generate.js";
import { editFile, tempWorkspace, writeFiles } from "../support/temp-spec.js";

/** A family none of the golden fixture's operations belongs to, named by the callback's page title. */
const OTHER = "Walletpage";

test("a callback's page titled after a family that joins the spec: refused with a memo as in a fresh run", async () => {
  const { spec } = await tempWorkspace(path.join(goldenRoot, "spec"));
  await editFile(path.join(spec, "operations/paypage/cardPaymentInit.yaml"), ...CITE_CALLBACK_PAGE);
  const page = callbackPage(["amount", "responseCode"]).replace(/^[^\n]*/u, `Automatic and manual response ${OTHER}`);
  await writeFiles(spec, { [CALLBACK_PAGE]: page });
  const memo = memoryMemo();
  const again = async () => generateFromInput(await readSpecInput(spec), undefined, memo);

  const before = await again();
  expect(before.ok, before.diagnostics.map(formatDiagnostic).join("\n")).toBe(true);
  // cardPaymentInit's file and page unchanged: another operation joins the family the page's title names.
  await editFile(path.join(spec, "operations/office/cardRefund.yaml"), "family: Office", `family: ${OTHER}`);
  const errors = (result: GenerateResult): string[] =>
    result.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic);
  const fresh = errors(await generate({ specDir: spec }));
  expect(fresh).toEqual([
    expect.stringMatching(
      new RegExp(`${CALLBACK_PAGE}:1:1 error page-other-operation .*${OTHER}'s response .*cardPaymentInit's callback`),
    ),
  ]);
  // Without it: the memo's head of cardPaymentInit named no callback page, and generate took the other's response.
  const after = await again();
  expect(after.ok).toBe(false);
  expect(errors(after)).toEqual(fresh);
});
