// The memo only saves time: with it, generation gives exactly what it gives
// without it, after any change of spec, and diagnostics keep their places.
import { textIfWhole } from "../../generator/memo/checked-text.js";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import {
  formatDiagnostic,
  generate,
  generateFromInput,
  memoryMemo,
  type GeneratedFile,
  type Memo,
} from "../../generator/index.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { contentsKey } from "../../generator/emit/remembered-files.js";
import { generateShared, goldenRoot } from "../support/generate.js";
import { editFile, tempWorkspace, writeFiles } from "../support/temp-spec.js";

/**
 * A run as the command makes it (cli/generate-run.ts): an unchanged operation's contents read when first asked for,
 * where the library's generate() reads them when looked up.
 */
const generateLazily = async ({ specDir, memo }: { readonly specDir: string; readonly memo: Memo }) =>
  generateFromInput(await readSpecInput(specDir), undefined, memo);

/** The golden fixture (every feature of the format in three operations): a third of the repository spec's cost per run. */
const golden = () => tempWorkspace(path.join(goldenRoot, "spec"));

const contents = (files: readonly GeneratedFile[]) => Object.fromEntries(files.map((f) => [f.path, f.content]));

/**
 * The output with `memo`; without one, shared by the runs of the same spec text (test/support/generate.ts),
 * read from the workspace as the repository's spec is from its root: an unchanged copy shares its generation.
 */
async function files(specDir: string, memo: Memo | null): Promise<Record<string, string>> {
  const result = memo ? await generate({ specDir, memo }) : await generateShared(specDir, path.dirname(specDir));
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join("\n"));
  return contents(result.files);
}

test("with a memo, before and after changes, the output is the output without it", async () => {
  const { spec } = await golden();
  const memo = memoryMemo();
  expect(await files(spec, memo)).toEqual(await files(spec, null));
  const entries = memo.size();
  expect(entries).toBeGreaterThan(0);
  // A second run reuses everything: nothing new to remember.
  expect(await files(spec, memo)).toEqual(await files(spec, null));
  expect(memo.size()).toBe(entries);

  // One operation, then the dictionary (which every operation depends on), then the platform rules.
  await editFile(
    path.join(spec, "operations/office/cardRefund.yaml"),
    "summary: Refunds a card payment",
    "summary: Refunds a card PAYMENT",
  );
  expect(await files(spec, memo)).toEqual(await files(spec, null));
  await editFile(
    path.join(spec, "dictionary/fields.yaml"),
    "description: Identifier of the shop.",
    "description: The shop's identifier.",
  );
  const afterDictionary = await files(spec, memo);
  expect(afterDictionary).toEqual(await files(spec, null));
  expect(afterDictionary["operations/cardRefund/types.ts"]).toContain("The shop's identifier.");
  await editFile(path.join(spec, "sips.yaml"), "secretKey: 002001000000001_KEY1", "secretKey: 002001000000002_KEY1");
  expect(await files(spec, memo)).toEqual(await files(spec, null));
});

test("a problem found across files points into a file known from the memo", async () => {
  const { spec } = await golden();
  // Filled by a run of the same text in another folder: entries are found by content (the test below).
  const { memo } = await filledMemo(true);
  const copy = await readFile(path.join(spec, "operations/office/cardRefund.yaml"), "utf8");
  await writeFiles(spec, { "operations/office/cardRefundCopy.yaml": copy });
  const withMemo = await generate({ specDir: spec, memo, cwd: path.dirname(spec) });
  const without = await generate({ specDir: spec, cwd: path.dirname(spec) });
  expect(withMemo.ok).toBe(false);
  expect(withMemo.diagnostics.map(formatDiagnostic)).toEqual(without.diagnostics.map(formatDiagnostic));
  expect(withMemo.diagnostics.map(formatDiagnostic).join("\n")).toContain(
    "spec/operations/office/cardRefund.yaml:1:12 first defined here",
  );
});

test("entries are found by content, not by place: another spec directory with one change reuses the rest", async () => {
  const { spec, memo } = await filledMemo(true);
  // Keys hash their inputs: the same text under another spec directory reuses the entries.
  const other = await tempWorkspace(spec);
  await writeFile(
    path.join(other.spec, "operations/office/cardRefund.yaml"),
    (await readFile(path.join(spec, "operations/office/cardRefund.yaml"), "utf8")).replace(
      "Refunds a card payment",
      "Refunds a card payment, V2",
    ),
  );
  expect(await files(other.spec, memo)).toEqual(await files(other.spec, null));
});

test("operations that share a container: one definition, or an error, never a stale file", async () => {
  const { spec } = await golden();
  const memo = memoryMemo();
  const original = await readFile(path.join(spec, "operations/office/cardCheck.yaml"), "utf8");
  const copy = (description: string) =>
    original
      .replace("operation: cardCheck", "operation: aCardCopy")
      .replaceAll("checkout/cardCheck", "checkout/aCardCopy")
      .replace("description: A card.", `description: ${description}`);
  await writeFiles(spec, { "operations/office/aCardCopy.yaml": copy("A card.") });
  expect(await files(spec, memo)).toEqual(await files(spec, null));
  // The copy now says something else about the shared container: refused, with both places.
  await writeFiles(spec, { "operations/office/aCardCopy.yaml": copy("COPY-V2") });
  const changed = await generate({ specDir: spec, memo, cwd: path.dirname(spec) });
  expect(changed.ok).toBe(false);
  expect(changed.diagnostics.map((d) => d.code)).toContain("conflicting-container");
  // Both say it: every file that shows the container says it too, memo or not.
  await writeFile(
    path.join(spec, "operations/office/cardCheck.yaml"),
    original.replace("description: A card.", "description: COPY-V2"),
  );
  const both = await files(spec, memo);
  expect(both).toEqual(await files(spec, null));
  expect(both["schemas/cardCheck.response.schema.json"]).toContain("COPY-V2");
});

/** A memo in a map, whose entries (a copy of `from`) a test can read, damage, and count the reads of. */
function inspectableMemo(readsAtOnce: boolean, from: ReadonlyMap<string, string> = new Map()) {
  const entries = new Map(from);
  const readNow: string[] = [];
  const memo: Memo = {
    get: async (key) => entries.get(key),
    set: async (key, text) => void entries.set(key, text),
    ...(readsAtOnce && {
      getNow: (key: string) => {
        readNow.push(key);
        return entries.get(key);
      },
    }),
  };
  return { memo, entries, readNow };
}

/**
 * Entries holding an operation's file contents (each file's bytes one after the
 * other): those under the contents key of an entry listing files.
 */
const contentEntries = (entries: Map<string, string>) =>
  [...entries].flatMap(([key, text]) => {
    let value: unknown;
    try {
      value = JSON.parse(textIfWhole(text) ?? "");
    } catch {
      return [];
    }
    const lists = Array.isArray(value) && value.length > 0 && value.every((f) => typeof f?.hash === "string");
    const contents = lists ? entries.get(contentsKey(key)) : undefined;
    return contents === undefined ? [] : [[contentsKey(key), contents] as const];
  });

/** A workspace the tests only read, and the entries a run of it leaves in an empty memo, by how it reads. */
let workspace: Promise<{ spec: string }> | undefined;
const filled = new Map<boolean, Promise<ReadonlyMap<string, string>>>();

/**
 * A memo as one run of the shared workspace from an empty memo leaves it, and that workspace: the run made
 * once per way of reading for this file, and each memo a copy of its entries, which a test may damage.
 */
async function filledMemo(readsAtOnce: boolean) {
  workspace ??= golden();
  const { spec } = await workspace;
  let entries = filled.get(readsAtOnce);
  if (!entries) {
    entries = (async () => {
      const first = inspectableMemo(readsAtOnce);
      await files(spec, first.memo);
      return first.entries;
    })();
    filled.set(readsAtOnce, entries);
  }
  return { spec, ...inspectableMemo(readsAtOnce, await entries) };
}

test("an unchanged operation's file contents are read from the memo only when a file's text is asked for", async () => {
  const { spec, memo, entries, readNow } = await filledMemo(true);
  // Other entries read at once aside: an operation's data, read when a stage asks for it (read-documents.ts).
  const contentKeys = new Set(contentEntries(entries).map(([key]) => key));
  const contentReads = () => readNow.filter((key) => contentKeys.has(key));
  const expected = await files(spec, null);
  const again = await generateLazily({ specDir: spec, memo });
  if (!again.ok) throw new Error(again.diagnostics.map(formatDiagnostic).join("\n"));
  expect(contentReads()).toEqual([]);
  const file = again.files.find((f) => f.path === "operations/cardRefund/types.ts");
  expect(file?.content).toBe(expected["operations/cardRefund/types.ts"]);
  expect(contentReads()).toHaveLength(1);
  expect(contents(again.files)).toEqual(expected);
});

/** Ways a contents entry is damaged: a byte changed, cut short, made longer, emptied. */
const damages: [string, (text: string) => string][] = [
  ["a byte changed", (text) => text.replace(/export /, "expert ")],
  ["cut short", (text) => text.slice(0, -1)],
  ["made longer", (text) => `${text}\n`],
  ["emptied", () => ""],
];

test.each([
  ["read when needed", true],
  ["read when looked up", false],
])("a damaged content entry never becomes output (%s)", async (_, readsAtOnce) => {
  for (const [how, damage] of damages) {
    const { spec, memo, entries } = await filledMemo(readsAtOnce);
    const expected = await files(spec, null);
    const damaged = contentEntries(entries);
    expect(damaged.length, how).toBeGreaterThan(0);
    for (const [key, text] of damaged) entries.set(key, damage(text));
    const again = await generateLazily({ specDir: spec, memo });
    if (!again.ok) throw new Error(again.diagnostics.map(formatDiagnostic).join("\n"));
    // Looked up at once, a damaged entry is a miss; read later, it is an error that stops the run before any write.
    if (readsAtOnce) expect(() => contents(again.files), how).toThrow(/remove the memo's folder/);
    else expect(contents(again.files), how).toEqual(expected);
  }
});
