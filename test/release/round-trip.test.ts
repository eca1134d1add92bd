// From page to spec and back: with an operation's file deleted, `sync` makes
// it again from its page, and `generate` gives the same types, values,
// validators, seal field lists, registry entry and changelog as before, for
// every operation that cites a page: in the repository's spec, and in a
// fixture spec where pages share value lists, each with its own values and
// meanings. What the page does not carry (notes, comments) may differ; the
// generated files compared here carry none of it.
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { generate, generateFromInput, type GeneratedFile } from "../../generator/index.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { syncSpec } from "../../generator/sync/sync-write.js";
import { generateRepoSpec } from "../support/generate.js";
import { fixturesDir, specDir } from "../support/paths.js";
import { readablePage, syncInMemory, withFiles } from "../support/sync-memory.js";
import { tempWorkspace } from "../support/temp-spec.js";

const roots: string[] = [];
afterAll(() => Promise.all(roots.map((r) => rm(r, { recursive: true, force: true }))));

const ARTIFACTS = ["types.ts", "values.ts", "validators.ts", "seal.ts", "descriptor.ts", "CHANGELOG.md"];

/** The status block is written by hand (no page gives it): the registry entry is compared without it. */
const withoutStatus = (text: string | undefined) => text?.replace(/\n {2}status: (null|\{[\s\S]*?\n {2}\}),/, "");

const pick = (files: readonly GeneratedFile[], op: string) =>
  Object.fromEntries(
    ARTIFACTS.map((name) => {
      const text = files.find((f) => f.path === `operations/${op}/${name}`)?.content;
      return [name, name === "descriptor.ts" ? withoutStatus(text) : text];
    }),
  );

test("every operation with a page is made again from it, with the same generated code", async () => {
  const { model, files: want } = await generateRepoSpec();
  const withPage = model.operations.filter((op) => op.source.page !== null);
  expect(withPage.length).toBeGreaterThan(0);
  for (const op of withPage) {
    const { root, spec } = await tempWorkspace(specDir);
    roots.push(root);
    await rm(path.join(spec, op.sourceFile));
    const input = await readSpecInput(spec, root);
    const report = await syncSpec(input, await checkSync(input), { family: op.family });
    expect(report.messages.join("\n"), op.name).not.toContain("Left for the maintainer");
    expect([...report.written.keys()], op.name).toContain(op.sourceFile);
    const result = await generate({ specDir: spec, cwd: root });
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
    expect(pick(result.files, op.name), op.name).toEqual(pick(want, op.name));
  }
});

test("operations whose pages share value lists are made again with their own values and meanings", async () => {
  const fixture = path.join(fixturesDir, "sync-many", "spec");
  const pages = [
    ["sources/paymentProviderInitialize.page.txt", readablePage("paymentProviderInitialize.page.txt")],
    ["sources/paymentWebInit.page.txt", readablePage("paymentWebInit.page.txt")],
  ] as const;
  const { after: synced } = await syncInMemory(
    withFiles(await readSpecInput(fixture, path.dirname(fixture)), pages),
    "Office",
  );
  const want = await generateFromInput(synced);
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
    const result = await generateFromInput(after);
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
    expect(pick(result.files, op.name), op.name).toEqual(pick(want.files, op.name));
  }
  expect(want.files.some((f) => f.path === "operations/paymentWebInit/values.ts")).toBe(true);
});
