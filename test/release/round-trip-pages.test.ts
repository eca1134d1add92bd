// The round trip where pages share value lists (test/fixtures/sync-many/ with
// test/fixtures/pages/): each operation that cites a page, its file deleted,
// is made again by sync with the values and meanings its page gives it, and
// generates the same files. In memory.
import path from "node:path";
import { expect, test } from "vitest";
import { generateFromInput, type GenerateResult } from "../../generator/index.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";
import { fixturePage, syncInMemory, withFiles } from "../support/sync-memory.js";
import { generatedArtifacts } from "./artifacts.js";

/**
 * The input generated, once per text: where sync makes an operation's file again byte for byte, the spec is the
 * one already generated, and generation is a function of its input (determinism.test.ts).
 */
const generations = new Map<string, Promise<GenerateResult>>();
function generated(input: SpecInput): Promise<GenerateResult> {
  const key = JSON.stringify([
    input.displayRoot,
    input.files.map((f) => [f.displayPath, f.text]),
    [...(input.pages ?? [])],
    [...input.otherPaths].sort(),
  ]);
  let result = generations.get(key);
  if (!result) generations.set(key, (result = generateFromInput(input)));
  return result;
}

test("operations whose pages share value lists are made again with their own values and meanings", async () => {
  const fixture = path.join(fixturesDir, "sync-many", "spec");
  const pages = [
    ["sources/paymentProviderInitialize.page.txt", fixturePage("paymentProviderInitialize.page.txt")],
    ["sources/paymentWebInit.page.txt", fixturePage("paymentWebInit.page.txt")],
  ] as const;
  const { after: synced } = await syncInMemory(
    withFiles(await readSpecInput(fixture, path.dirname(fixture)), pages),
    "Office",
  );
  const want = await generated(synced);
  if (!want.ok) throw new Error(want.diagnostics.map((d) => d.message).join("\n"));
  const withPage = want.model.operations.filter((op) => op.source.page !== null);
  expect(withPage.map((op) => op.name)).toEqual([
    "paymentProviderInitialize",
    "paymentTokenInitialize",
    "paymentWebInit",
  ]);
  for (const op of withPage) {
    const { report, after } = await syncInMemory(withFiles(synced, [], new Map([[op.sourceFile, null]])), op.family);
    expect(report.messages.join("\n"), op.name).not.toContain("Left for the maintainer");
    const result = await generated(after);
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
    expect(generatedArtifacts(result.files, op.name), op.name).toEqual(generatedArtifacts(want.files, op.name));
  }
  expect(want.files.some((f) => f.path === "operations/paymentWebInit/values.ts")).toBe(true);
});
