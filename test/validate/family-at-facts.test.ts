// The memo's facts of an operation keep where its `family:` value is
// (spec-facts.ts's familyAt), so that a family slip is warned of at its place
// without the file's text parsed again (validate/family-places.ts). The place
// is optional: an operation with no `family:` has none, and its facts are
// still taken; an entry without one places the warning from the file; a place
// that is not two numbers is a damaged entry, a miss made again. On the golden
// spec, in memory.
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { generateFromInput, memoryMemo, type Memo } from "../../generator/index.js";
import { checkedText } from "../../generator/memo/checked-text.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { rememberedFacts } from "../../generator/validate/remembered-facts.js";
import { fixturesDir } from "../support/paths.js";

const goldenRoot = path.join(fixturesDir, "golden");
const PAYPAGE = "operations/paypage/cardPaymentInit.yaml";
const CHECK = "operations/office/cardCheck.yaml";
const FAMILY_LINE = /^family: (.*)$/m;
let base: SpecInput;

beforeAll(async () => {
  base = await readSpecInput(path.join(goldenRoot, "spec"), goldenRoot);
});

/** The golden spec with each file of `edits` changed. */
const edited = (edits: Readonly<Record<string, (text: string) => string>>): SpecInput => ({
  ...base,
  files: base.files.map((file) => {
    const edit = edits[file.relPath];
    return edit ? { ...file, text: edit(file.text) } : file;
  }),
});

const familyAs = (family: string) => (text: string) => {
  if (!FAMILY_LINE.test(text)) throw new Error("no family: line");
  return text.replace(FAMILY_LINE, `family: ${family}`);
};

/** Where a file's `family:` value starts, read from its text: line and column, counted from 1. */
function familyPlaceIn(input: SpecInput, relPath: string): [number, number] {
  const text = input.files.find((f) => f.relPath === relPath)?.text ?? "";
  const lines = text.split("\n");
  const line = lines.findIndex((l) => FAMILY_LINE.test(l));
  if (line < 0) throw new Error(`${relPath} has no family: line`);
  return [line + 1, "family: ".length + 1];
}

/** The family-slip warnings' places of a run with `memo`. */
async function slipPlaces(input: SpecInput, memo: Memo): Promise<string[]> {
  const result = await generateFromInput(input, [], memo);
  expect(result.ok).toBe(true);
  return result.diagnostics
    .map(formatDiagnostic)
    .filter((text) => text.includes("family-slip"))
    .map((text) => text.split(" ")[0] ?? "");
}

test("an operation's facts hold its family's place, and an operation with no family: has facts without one", async () => {
  const input = edited({ [CHECK]: (text) => text.replace(FAMILY_LINE, "") });
  const memo = memoryMemo();
  expect((await generateFromInput(input, [], memo)).ok).toBe(true);
  const known = await rememberedFacts(input, memo);
  expect(known.get(PAYPAGE)?.facts?.familyAt).toEqual(familyPlaceIn(input, PAYPAGE));
  const unfamilied = known.get(CHECK)?.facts;
  expect(unfamilied?.name).toBe("cardCheck");
  expect(unfamilied && "familyAt" in unfamilied).toBe(false);
});

test("facts without the family's place still place a slip at its value; a place that is not two numbers is a miss", async () => {
  const input = edited({ [PAYPAGE]: familyAs("office") });
  const at = familyPlaceIn(input, PAYPAGE);
  const wanted = [`spec/${PAYPAGE}:${at[0]}:${at[1]}`];
  const memo = memoryMemo();
  expect(await slipPlaces(input, memo)).toEqual(wanted);
  const { key, facts } = (await rememberedFacts(input, memo)).get(PAYPAGE) ?? {};
  if (facts === undefined || key === undefined) throw new Error("no facts remembered");
  const { familyAt: _kept, ...withoutPlace } = facts;
  // Each entry written in the memo's own form (a checked text), so that only the place differs.
  const rewritten = async (familyAt: unknown) => {
    await memo.set(
      key,
      checkedText(JSON.stringify(familyAt === undefined ? withoutPlace : { ...withoutPlace, familyAt })),
    );
    return (await rememberedFacts(input, memo)).get(PAYPAGE)?.facts;
  };
  expect(await rewritten(undefined)).toEqual(withoutPlace);
  expect(await slipPlaces(input, memo)).toEqual(wanted);
  for (const damaged of [
    [at[0]],
    [null, at[1]],
    [at[0], at[1], 1],
    [String(at[0]), at[1]],
    null,
    { line: at[0], column: at[1] },
  ]) {
    expect(await rewritten(damaged)).toBeUndefined();
    // The miss is made again, the place with it.
    expect(await slipPlaces(input, memo)).toEqual(wanted);
    expect((await rememberedFacts(input, memo)).get(PAYPAGE)?.facts?.familyAt).toEqual(at);
  }
});
