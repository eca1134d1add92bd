// `npm run changes` on the golden fixture: edited copies of its spec, made in
// memory from the fixture's files, read once. compareSpecs reads models only,
// and the files a case leaves as they are keep their parses
// (test/support/shared-parses.ts), where a copy on disk, under a path of its
// own, had every file parsed again. A table of cases gives the edit of the
// spec, and wants the kinds, classes and verdict of what it changes.
import path from "node:path";
import { expect, test } from "vitest";
import type { Change } from "../../generator/changes/change.js";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport } from "../../generator/changes/report.js";
import { specModel } from "../../generator/changes/spec-model.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import type { SpecModel } from "../../generator/model/ir.js";
import { fixturesDir } from "./paths.js";
import { withFiles } from "./sync-memory.js";

const golden = path.join(fixturesDir, "golden", "spec");
export const OP = "operations/office/cardCheck.yaml";
export const PAYPAGE = "operations/paypage/cardPaymentInit.yaml";
export const FIELDS = "dictionary/fields.yaml";
export const LISTS = "dictionary/lists.yaml";
export const REFUND = "operations/office/cardRefund.yaml";
/** The first field of the dictionary's customer container. */
export const NAME =
  '      name:\n        presence: required\n        since: "2.0"\n        format: ANSU50\n        description: Name of the buyer.\n';
export const goldenInput = await readSpecInput(golden);

/** The text of one of the fixture's files. */
export function textOf(input: SpecInput, relPath: string): string {
  const file = input.files.find((f) => f.relPath === relPath);
  if (!file) throw new Error(`the spec has no ${relPath}`);
  return file.text;
}

// The fixture's callback, the last block of its operation, and its last field.
const paypageText = textOf(goldenInput, PAYPAGE);
export const CALLBACK = paypageText.slice(paypageText.indexOf("callback:\n"));
export const CALLBACK_AMOUNT = CALLBACK.slice(CALLBACK.indexOf("    amount:\n"));

export async function modelOf(input: SpecInput): Promise<SpecModel> {
  const result = await specModel(input);
  if ("diagnostics" in result) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return result.model;
}

/** The fixture's model, built once: every case compares an edited copy with it, and compareSpecs only reads. */
let goldenModel: Promise<SpecModel> | undefined;
export const modelOfGolden = (): Promise<SpecModel> => (goldenModel ??= modelOf(goldenInput));

export type Edit = readonly [file: string, from: string, to: string];

/** `input` with each edit's `from` replaced by `to` in its file, failing loudly when `from` is absent (a stale case), and `added` files. */
export function edited(
  input: SpecInput,
  edits: readonly Edit[],
  added: Readonly<Record<string, string>> = {},
): SpecInput {
  const texts = new Map<string, string>();
  for (const [file, from, to] of edits) {
    const text = texts.get(file) ?? textOf(input, file);
    if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
    texts.set(file, text.replace(from, to));
  }
  for (const [file, text] of Object.entries(added)) texts.set(file, text);
  return withFiles(input, [], texts);
}

/** A change in one line: its subject (operation, list, type or platform), message, field, kind and classes. */
export const changeLine = (c: Change): string =>
  `${c.operation ?? (c.list !== undefined ? `list ${c.list}` : c.type !== undefined ? `type ${c.type}` : "platform")} ${c.message ?? "-"} ${c.field ?? "-"} ${c.kind} ${c.classes.join(",")}`;

export interface ChangeCase {
  readonly kind: string;
  readonly edits: Edit[];
  /** cardCheck copied under this name, as a new operation. */
  readonly copyAs?: string;
  /** The edited copy before and the fixture after: a release that undoes the edit. */
  readonly reversed?: boolean;
  readonly want: string[];
  readonly semver: string;
}

/** One test per case: the golden fixture against its edited copy. */
export function testCases(cases: readonly ChangeCase[]): void {
  test.each(cases)("$kind", async ({ edits, copyAs, reversed, want, semver }) => {
    const golden = await modelOfGolden();
    let spec = edited(goldenInput, edits);
    if (copyAs) {
      const other = textOf(spec, OP)
        .replace("operation: cardCheck", `operation: ${copyAs}`)
        .replaceAll("/cardCheck", `/${copyAs}`);
      spec = edited(spec, [], { [`operations/office/${copyAs}.yaml`]: other });
    }
    const copy = await modelOf(spec);
    const changes = reversed ? compareSpecs(copy, golden) : compareSpecs(golden, copy);
    expect(changes.map(changeLine)).toEqual(want);
    expect(changesReport(changes).semver).toBe(semver);
  });
}
