// The memo only saves time: with it, generation gives exactly what it gives
// without it, after any change of spec, and diagnostics keep their places.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import { formatDiagnostic, generate, memoryMemo, type GeneratedFile } from "../../generator/index.js";
import { editFile, tempWorkspace, writeFiles } from "../support/temp-spec.js";

const contents = (files: readonly GeneratedFile[]) => Object.fromEntries(files.map((f) => [f.path, f.content]));

async function files(specDir: string, memo: ReturnType<typeof memoryMemo> | null): Promise<Record<string, string>> {
  const result = await generate({ specDir, memo });
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join("\n"));
  return contents(result.files);
}

test("with a memo, before and after changes, the output is the output without it", async () => {
  const { spec } = await tempWorkspace();
  const memo = memoryMemo();
  expect(await files(spec, memo)).toEqual(await files(spec, null));
  const entries = memo.size();
  expect(entries).toBeGreaterThan(0);
  // A second run reuses everything: nothing new to remember.
  expect(await files(spec, memo)).toEqual(await files(spec, null));
  expect(memo.size()).toBe(entries);

  // One operation, then the dictionary (which every operation depends on), then the platform rules.
  await editFile(
    path.join(spec, "operations/in-app/orderInitialize.yaml"),
    "summary: Initialize a payment",
    "summary: Initialise a payment",
  );
  expect(await files(spec, memo)).toEqual(await files(spec, null));
  await editFile(
    path.join(spec, "dictionary/fields.yaml"),
    "description: Buyer’s IP address.",
    "description: IP address of the buyer.",
  );
  const afterDictionary = await files(spec, memo);
  expect(afterDictionary).toEqual(await files(spec, null));
  expect(afterDictionary["operations/paymentTokenInitialize/types.ts"]).toContain("IP address of the buyer.");
  await editFile(path.join(spec, "sips.yaml"), "secretKey: 002001000000001_KEY1", "secretKey: 002001000000002_KEY1");
  expect(await files(spec, memo)).toEqual(await files(spec, null));
});

test("a problem found across files points into a file known from the memo", async () => {
  const { spec } = await tempWorkspace();
  const memo = memoryMemo();
  await files(spec, memo);
  const copy = await readFile(path.join(spec, "operations/in-app/walletInitialize.yaml"), "utf8");
  await writeFiles(spec, { "operations/in-app/walletInitializeCopy.yaml": copy });
  const withMemo = await generate({ specDir: spec, memo, cwd: path.dirname(spec) });
  const without = await generate({ specDir: spec, cwd: path.dirname(spec) });
  expect(withMemo.ok).toBe(false);
  expect(withMemo.diagnostics.map(formatDiagnostic)).toEqual(without.diagnostics.map(formatDiagnostic));
  expect(withMemo.diagnostics.map(formatDiagnostic).join("\n")).toContain(
    "spec/operations/in-app/walletInitialize.yaml:2:12 first defined here",
  );
});

test("entries are found by content, not by place: another spec directory with one change reuses the rest", async () => {
  const { spec } = await tempWorkspace();
  const memo = memoryMemo();
  await files(spec, memo);
  // Keys hash their inputs: the same text under another spec directory reuses the entries.
  const other = await tempWorkspace(spec);
  await writeFile(
    path.join(other.spec, "operations/in-app/walletInitialize.yaml"),
    (await readFile(path.join(spec, "operations/in-app/walletInitialize.yaml"), "utf8")).replace(
      "walletInApp",
      "walletInAppV2",
    ),
  );
  expect(await files(other.spec, memo)).toEqual(await files(other.spec, null));
});

test("operations that share a container: one definition, or an error, never a stale file", async () => {
  const { spec } = await tempWorkspace();
  const memo = memoryMemo();
  const original = await readFile(path.join(spec, "operations/office/getWalletData.yaml"), "utf8");
  const copy = (description: string) =>
    original
      .replace("operation: getWalletData", "operation: aWalletCopy")
      .replaceAll("wallet/getWalletData", "wallet/aWalletCopy")
      .replace("description: A payment mean stored in the wallet.", `description: ${description}`);
  await writeFiles(spec, { "operations/office/aWalletCopy.yaml": copy("A payment mean stored in the wallet.") });
  expect(await files(spec, memo)).toEqual(await files(spec, null));
  // The copy now says something else about the shared container: refused, with both places.
  await writeFiles(spec, { "operations/office/aWalletCopy.yaml": copy("COPY-V2") });
  const changed = await generate({ specDir: spec, memo, cwd: path.dirname(spec) });
  expect(changed.ok).toBe(false);
  expect(changed.diagnostics.map((d) => d.code)).toContain("conflicting-container");
  // Both say it: every file that shows the container says it too, memo or not.
  await writeFile(
    path.join(spec, "operations/office/getWalletData.yaml"),
    original.replace("description: A payment mean stored in the wallet.", "description: COPY-V2"),
  );
  const both = await files(spec, memo);
  expect(both).toEqual(await files(spec, null));
  expect(both["schemas/getWalletData.response.schema.json"]).toContain("COPY-V2");
});
