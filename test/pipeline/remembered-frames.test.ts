// A new process with the memo of the run before takes from it what the shared
// files keep of themselves: openapi.json's frame (emit/openapi/openapi-frame.ts),
// the server layout (emit/openapi/servers.ts) and the reference index's rows
// (emit/index-rows.ts). Each run here takes them from one shared memo as a new
// process does (inNewProcess); after every kind of edit its files must be a
// run's without memo, byte for byte, and it must have made again only the
// parts whose inputs no run before had (counted where each part is made: a
// run that took nothing from the memo gives the same bytes). On the golden fixture's spec: the claim is
// about the kinds of edit, not the spec's size, and it has every feature of the
// format in three operations rather than the repository's many.
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, vi } from "vitest";
import * as indexRowsModule from "../../generator/emit/index-rows.js";
import * as printMemo from "../../generator/emit/ts/print-memo.js";
import { formatDiagnostic, generate, memoryMemo, type Memo } from "../../generator/index.js";
import { generateShared } from "../support/generate.js";
import { fixturesDir } from "../support/paths.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

/**
 * The files of a run in a new process with `memo`. What the process keeps of its runs is kept with a memo kept in
 * memory (keptInMemory, for --watch) and with the objects of a run's model, or, for the index's rows, only while no
 * memo is lent: a run with a plain memory memo and a model of its own takes from the memo alone, as a new process.
 */
async function inNewProcess(specDir: string, memo: Memo): Promise<Map<string, string>> {
  const result = await generate({ specDir, memo });
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join("\n"));
  return new Map(result.files.map((f) => [f.path, f.content]));
}

async function without(specDir: string): Promise<Map<string, string>> {
  const result = await generateShared(specDir, path.dirname(specDir));
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join("\n"));
  return new Map(result.files.map((f) => [f.path, f.content]));
}

const SHARED = ["openapi.json", "docs/index.md"];

/** What a run made rather than took from the memo: openapi.json's frame, its server layout, the index's rows. */
interface Made {
  readonly frame: number;
  readonly layout: number;
  readonly rows: number;
}

const goldenSpec = path.join(fixturesDir, "golden", "spec");

test("openapi.json and the reference index of a new process with the memo are a run's without it, after each kind of edit", async () => {
  const { spec } = await tempWorkspace(goldenSpec);
  const memo = memoryMemo();
  const office = path.join(spec, "operations/office");
  const refund = path.join(office, "cardRefund.yaml");
  const copy = async (from: string, to: string) =>
    writeFile(
      path.join(office, `${to}.yaml`),
      (await readFile(path.join(office, `${from}.yaml`), "utf8")).replaceAll(from, to),
    );
  // Each step with what its run makes rather than takes from the memo: the frame, the server layout, and how many
  // of the index's rows (a row is made again only where its text changes; a frame or a layout that some run before
  // made for the same inputs is taken, as the layout of the three operations once the copy is removed).
  const steps: [string, () => Promise<void>, Made][] = [
    ["the first run", async () => undefined, { frame: 1, layout: 1, rows: 3 }],
    [
      // A container of its own gives the operation's pieces a text of a new name (its schema), which the frame names.
      "a summary edited, and a container added to the operation",
      async () => {
        await editFile(refund, "shared value lists).", "shared value lists, edited).");
        await editFile(
          refund,
          "response:\n  fields:\n",
          "response:\n  fields:\n    refundExtra:\n      presence: undocumented\n      since: undocumented\n      type: container\n      description: Extra data of the refund.\n      fields:\n        extraCode: { presence: undocumented, since: undocumented, description: A code. }\n",
        );
      },
      { frame: 1, layout: 0, rows: 1 },
    ],
    ["an operation added", () => copy("cardRefund", "cardRefundCopy"), { frame: 1, layout: 1, rows: 1 }],
    [
      "an operation's family changed",
      () => editFile(refund, "family: Office", "family: Wallet"),
      { frame: 1, layout: 0, rows: 1 },
    ],
    [
      "an operation's address moved (its path and servers)",
      () =>
        editFile(
          path.join(office, "cardRefundCopy.yaml"),
          "prod: https://office-server.example.com/rs-services/v2/checkout/cardRefundCopy",
          "prod: https://elsewhere.example.com/v3/checkout/cardRefundCopy",
        ),
      { frame: 1, layout: 1, rows: 0 },
    ],
    [
      "an operation renamed",
      async () => {
        await copy("cardRefundCopy", "cardRefundRenamed");
        await rm(path.join(office, "cardRefundCopy.yaml"));
      },
      { frame: 1, layout: 1, rows: 1 },
    ],
    ["an operation removed", () => rm(path.join(office, "cardRefundRenamed.yaml")), { frame: 1, layout: 0, rows: 0 }],
    [
      "the dictionary edited",
      () =>
        editFile(
          path.join(spec, "dictionary/fields.yaml"),
          "description: Identifier of the shop.",
          "description: Identifier of the merchant's shop.",
        ),
      // Only the pieces' texts change: the frame, the layout and every row are the memo's.
      { frame: 0, layout: 0, rows: 0 },
    ],
    [
      "the platform file edited",
      () => editFile(path.join(spec, "sips.yaml"), "documentVersion: 1.0.0", "documentVersion: 1.1.0"),
      { frame: 1, layout: 0, rows: 0 },
    ],
  ];
  const seen = new Map<string, Set<string | undefined>>(SHARED.map((file) => [file, new Set()]));
  const made = new Map<string, number>();
  const count = (what: string, n = 1) => made.set(what, (made.get(what) ?? 0) + n);
  const rememberedText = printMemo.rememberedText;
  vi.spyOn(printMemo, "rememberedText").mockImplementation((kind, inputs, make) =>
    rememberedText(kind, inputs, () => {
      count(kind);
      return make();
    }),
  );
  const indexRows = indexRowsModule.indexRows;
  vi.spyOn(indexRowsModule, "indexRows").mockImplementation((rows, render) =>
    indexRows(rows, (some) => {
      count("rows", some.length);
      return render(some);
    }),
  );
  for (const [step, change, making] of steps) {
    await change();
    made.clear();
    const withMemo = await inNewProcess(spec, memo);
    expect(
      {
        frame: made.get("openapi.json frame") ?? 0,
        layout: made.get("server layout") ?? 0,
        rows: made.get("rows") ?? 0,
      },
      step,
    ).toEqual(making);
    const expected = await without(spec);
    expect([...withMemo.keys()], step).toEqual([...expected.keys()]);
    for (const file of SHARED) {
      expect(withMemo.get(file) === expected.get(file), `${step}: ${file}`).toBe(true);
      seen.get(file)?.add(expected.get(file));
    }
    for (const [file, text] of expected) expect(withMemo.get(file) === text, `${step}: ${file}`).toBe(true);
  }
  // Each step changed openapi.json, and all but the dictionary's and the platform's the index: each run had a frame,
  // a layout or rows of the run before to go wrong with.
  expect(seen.get("openapi.json")?.size).toBe(steps.length);
  expect(seen.get("docs/index.md")?.size).toBe(steps.length - 2);
});
