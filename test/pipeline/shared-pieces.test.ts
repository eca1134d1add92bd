// The files that span operations (openapi.json) are assembled from each
// operation's piece, which the memo keeps with the operation's files: after
// any change of the spec, a run with the memo writes the bytes a run without
// it writes, whether the pieces come from the memo, are made anew, or the
// whole shared files come from the memo.
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import { formatDiagnostic, generate, memoryMemo, type Memo } from "../../generator/index.js";
import { piecesOfText, piecesText } from "../../generator/emit/remembered-pieces.js";
import { generateShared, goldenRoot } from "../support/generate.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

/**
 * The output with `memo`; without one, shared by the runs of the same spec text (test/support/generate.ts),
 * read from the workspace as the repository's spec is from its root: an unchanged copy shares its generation.
 */
async function files(specDir: string, memo: Memo | null): Promise<Map<string, string>> {
  const result = memo ? await generate({ specDir, memo }) : await generateShared(specDir, path.dirname(specDir));
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join("\n"));
  return new Map(result.files.map((f) => [f.path, f.content]));
}

/** The golden fixture (every feature of the format in three operations): a third of the repository spec's cost per run. */
const golden = () => tempWorkspace(path.join(goldenRoot, "spec"));

/** A copy of an operation under another name (its endpoints renamed with it, so that no two share a path). */
async function copyOperation(spec: string, from: string, to: string): Promise<void> {
  const dir = path.join(spec, "operations/office");
  const text = await readFile(path.join(dir, `${from}.yaml`), "utf8");
  await writeFile(path.join(dir, `${to}.yaml`), text.replaceAll(from, to));
}

/**
 * The files assembled from pieces: openapi.json, client.ts and mock.ts, whose pieces are spliced into the printed
 * file, the reference index, and index.ts and paypage.ts, whose pieces hold operations' names.
 */
const ASSEMBLED = ["openapi.json", "client.ts", "mock.ts", "docs/index.md", "index.ts", "paypage.ts"];

/** Each run with the memo against a run without it, byte for byte, on every file; and the assembled files among them. */
async function expectSameAsWithout(spec: string, memo: Memo, step: string): Promise<Map<string, string>> {
  const withMemo = await files(spec, memo);
  const without = await files(spec, null);
  expect([...withMemo.keys()], step).toEqual([...without.keys()]);
  for (const [file, text] of without) expect(withMemo.get(file) === text, `${step}: ${file}`).toBe(true);
  for (const file of ASSEMBLED) expect(withMemo.has(file), `${step}: ${file}`).toBe(true);
  return withMemo;
}

/** Edits of the parts of the model some shared files are made from alone, and a file each changes. */
const partEdits: [string, { file: string; from: string; to: string }, string][] = [
  [
    "a value list's meaning edited",
    {
      file: "dictionary/lists.yaml",
      from: "meaning: Mail order / telephone order",
      to: "meaning: Mail order / telephone ORDER",
    },
    "value-lists.ts",
  ],
  [
    "the hash of the platform file's digest algorithm changed",
    { file: "sips.yaml", from: "kind: digest\n      hash: sha256", to: "kind: digest\n      hash: sha512" },
    "runtime/platform.ts",
  ],
  [
    "a container's field described anew in the operation that has it",
    {
      file: "operations/office/cardCheck.yaml",
      from: "description: Expiry date (YYYYMM).",
      to: "description: Expiry date (yyyymm).",
    },
    "containers/types.ts",
  ],
];

test("shared files from remembered pieces are a run's without memo, after edits, additions, removals and renames", async () => {
  const { spec } = await golden();
  const memo = memoryMemo();
  const office = path.join(spec, "operations/office");
  const paypage = path.join(spec, "operations/paypage/cardPaymentInit.yaml");
  const first = await expectSameAsWithout(spec, memo, "first run");
  // Each step makes several changes at once: one run with the memo and one without per step.
  const steps: [string, () => Promise<void>][] = [
    [
      "an operation's summary edited, two operations added",
      async () => {
        await editFile(
          path.join(spec, "operations/office/cardRefund.yaml"),
          "summary: Refunds a card payment",
          "summary: Refunds a card PAYMENT",
        );
        await copyOperation(spec, "cardCheck", "cardCheckCopy");
        await copyOperation(spec, "cardCheck", "cardCheckAgain");
      },
    ],
    [
      "an operation removed, another renamed, a file moved with its text unchanged",
      async () => {
        await rm(path.join(office, "cardCheckCopy.yaml"));
        await copyOperation(spec, "cardCheckAgain", "cardCheckRenamed");
        await rm(path.join(office, "cardCheckAgain.yaml"));
        await rename(path.join(office, "cardCheckRenamed.yaml"), path.join(office, "zz.yaml"));
        // A Paypage operation renamed: its names in index.ts and paypage.ts change with it.
        await editFile(paypage, "operation: cardPaymentInit\n", "operation: cardPaymentInitRenamed\n");
      },
    ],
    [
      "the dictionary edited",
      () =>
        editFile(
          path.join(spec, "dictionary/fields.yaml"),
          "description: Identifier of the shop.",
          "description: The shop's identifier.",
        ),
    ],
  ];
  for (const [step, change] of steps) {
    await change();
    const output = await expectSameAsWithout(spec, memo, step);
    expect(output.get("openapi.json"), step).not.toBe(first.get("openapi.json"));
    if (step !== "the dictionary edited")
      for (const file of ["client.ts", "index.ts"])
        expect(output.get(file), `${step}: ${file}`).not.toBe(first.get(file));
    // paypage.ts names the Paypage operation alone: Office operations added leave it as it was, header and all.
    const paypageChanged = !step.startsWith("an operation's summary edited");
    expect(output.get("paypage.ts") !== first.get("paypage.ts"), `${step}: paypage.ts`).toBe(paypageChanged);
  }
  // Back to a spec seen before: the shared files come from the memo whole.
  await rm(path.join(office, "zz.yaml"));
  await editFile(paypage, "operation: cardPaymentInitRenamed\n", "operation: cardPaymentInit\n");
  await editFile(
    path.join(spec, "dictionary/fields.yaml"),
    "description: The shop's identifier.",
    "description: Identifier of the shop.",
  );
  await editFile(
    path.join(spec, "operations/office/cardRefund.yaml"),
    "summary: Refunds a card PAYMENT",
    "summary: Refunds a card payment",
  );
  expect(await expectSameAsWithout(spec, memo, "back to the first spec")).toEqual(first);
});

test("files made from a part of the model alone are a run's without memo after each part is edited, and back", async () => {
  const { spec } = await golden();
  const memo = memoryMemo();
  const first = await expectSameAsWithout(spec, memo, "first run");
  let before = first;
  for (const [step, edit, changed] of partEdits) {
    await editFile(path.join(spec, edit.file), edit.from, edit.to);
    const output = await expectSameAsWithout(spec, memo, step);
    expect(output.get(changed) === before.get(changed), `${step}: ${changed}`).toBe(false);
    before = output;
  }
  // Each part back as it was, one at a time: its files come from the memo as the first run made them.
  for (const [step, edit, changed] of partEdits) {
    await editFile(path.join(spec, edit.file), edit.to, edit.from);
    const output = await expectSameAsWithout(spec, memo, `${step}, undone`);
    expect(output.get(changed) === first.get(changed), `${step}, undone: ${changed}`).toBe(true);
  }
});

test("damaged or lost pieces are made again, never assembled", async () => {
  const { spec } = await golden();
  const entries = new Map<string, string>();
  const memo: Memo = {
    get: async (key) => entries.get(key),
    getNow: (key) => entries.get(key),
    set: async (key, text) => void entries.set(key, text),
  };
  await files(spec, memo);
  const pieces = [...entries].filter(([, text]) => /^[0-9a-f]{64}\n\[[\d,]*\]\n\{.*"openapi":/.test(text));
  expect(pieces.length).toBe(3);
  // One entry's JSON changed (its hash no longer matches), one emptied, one lost.
  const [changed, emptied, lost] = pieces;
  if (!changed || !emptied || !lost) throw new Error("too few operations");
  const edited = changed[1].replace('"title"', '"titel"');
  expect(edited).not.toBe(changed[1]);
  entries.set(changed[0], edited);
  entries.set(emptied[0], "");
  entries.delete(lost[0]);
  // Without the store of every operation's pieces (piece-store.test.ts), which would give them first.
  for (const [key, text] of entries) if (/^[0-9a-f]{64}\n\[\["/.test(text)) entries.delete(key);
  await editFile(
    path.join(spec, "operations/office/cardRefund.yaml"),
    "summary: Refunds a card payment",
    "summary: Refunds a card PAYMENT",
  );
  expect(await files(spec, memo)).toEqual(await files(spec, null));
});

test("a memo entry of pieces gives back the pieces as they were", () => {
  const long = (text: string) => text.repeat(40);
  const given = [
    {},
    { openapi: { schemas: [["A", long('{\n  "x": 1\n}')]], examples: [], containers: [] } },
    {
      texts: [long("é’😀\u2028"), "short", "", "\u0000", `\u0000${long("a")}`, "\u00001", long('\n\\"')],
      numbers: [0, -1.5, 1e21],
      flags: [true, false, null],
      nested: { a: { b: [long("z"), { c: "\u00000" }] } },
    },
  ];
  for (const pieces of given) expect(piecesOfText(piecesText(pieces))).toEqual(pieces);
  const text = piecesText(given[2] ?? {});
  expect(piecesOfText(`${text}x`)).toBeUndefined();
  expect(piecesOfText(text.replace("short", "shirt"))).toBeUndefined();
  expect(piecesOfText(text.slice(0, 64))).toBeUndefined();
  expect(piecesOfText("")).toBeUndefined();
});
