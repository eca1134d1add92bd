// An operation whose family is a slip away from another family of the spec is
// warned of at its `family:`: written by hand as `office` beside Office's
// operations, it was a family of its own in the registry, the reference index
// and openapi.json's tags, and nothing
// said so. On the golden spec, in memory: two Office operations, one Paypage.
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { generateFromInput, memoryMemo, type Memo } from "../../generator/index.js";
import { parseText, useTextParser } from "../../generator/read/source-map.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";
import { parsedAnew } from "../support/shared-parses.js";

const goldenRoot = path.join(fixturesDir, "golden");
let base: SpecInput;
beforeAll(async () => {
  base = await readSpecInput(path.join(goldenRoot, "spec"), goldenRoot);
});

/** What generate prints of the golden spec with each operation file's `family:` line as given; nothing emitted. */
async function printed(
  families: Readonly<Record<string, string>>,
  memo: Memo | null = null,
): Promise<{ ok: boolean; lines: string[] }> {
  const files = base.files.map((file) => {
    const family = families[file.relPath];
    if (family === undefined) return file;
    if (!/^family: .*$/m.test(file.text)) throw new Error(`${file.relPath} has no family: line`);
    return { ...file, text: file.text.replace(/^family: .*$/m, `family: ${family}`) };
  });
  const result = await generateFromInput({ ...base, files }, [], memo);
  return { ok: result.ok, lines: result.diagnostics.map(formatDiagnostic) };
}

const PAYPAGE = "operations/paypage/cardPaymentInit.yaml";
const CHECK = "operations/office/cardCheck.yaml";

test("the golden spec's families are no slips of each other: no warning", async () => {
  expect((await printed({})).lines.filter((line) => line.includes("family-slip"))).toEqual([]);
});

test("a family one slip away from another is warned of at its family:, the one of fewer operations, and the run goes on", async () => {
  const line = (family: string, meant: string, count: number) =>
    `spec/${PAYPAGE}:3:9 warning family-slip family "${family}" is one slip away from ${meant}, the family of ${count} operation${count === 1 ? "" : "s"}: the registry, the reference index and openapi.json (a tag of its own) would name it apart; write family: ${meant}, or a family that is no slip of another`;
  for (const family of ["office", "Offfice", "Ofice"]) {
    const { ok, lines } = await printed({ [PAYPAGE]: family });
    expect(ok).toBe(true);
    expect(lines.filter((text) => text.includes("family-slip"))).toEqual([line(family, "Office", 2)]);
  }
  // Two families of one operation each: the later in code-point order is said ("office" after "Office").
  expect((await printed({ [CHECK]: "office" })).lines.filter((text) => text.includes("family-slip"))).toEqual([
    line("office", "Office", 1).replace(PAYPAGE, CHECK),
  ]);
  // A family of its own that is no slip of another is a new family, said nothing of, near one or not (Offline is
  // two edits from Office, Pay the start of Paypage: a did-you-mean would name them).
  for (const family of ["Refunds", "Offline", "Pay"])
    expect((await printed({ [CHECK]: family })).lines.filter((text) => text.includes("family-slip"))).toEqual([]);
});

test("the warning is placed from what the read stage kept of the file, with memo or without: no file is parsed again for it", async () => {
  // Every file parsed anew (the tests' shared parses keep a document once a place was read from it). The golden
  // spec's own warnings (missing-example) parse some files whole for their places: a slip must parse none more.
  await parsedAnew(async () => {
    let parses = 0;
    useTextParser((text) => {
      parses++;
      return parseText(text);
    });
    /** The parses of the last of `runs` runs (with a memo of its own when more than one), and its slip's place. */
    const lastRun = async (families: Readonly<Record<string, string>>, runs: number) => {
      const memo = runs > 1 ? memoryMemo() : null;
      let lines: string[] = [];
      for (let run = 0; run < runs; run++) {
        parses = 0;
        ({ lines } = await printed(families, memo));
      }
      return { parses, at: lines.filter((text) => text.includes("family-slip")).map((t) => t.split(" ")[0]) };
    };
    // Without memo (the file read and composed); the second run with a memo, which takes the operation from its facts.
    for (const runs of [1, 2]) {
      const clean = await lastRun({}, runs);
      expect(clean.at).toEqual([]);
      expect(await lastRun({ [PAYPAGE]: "office" }, runs)).toEqual({
        parses: clean.parses,
        at: [`spec/${PAYPAGE}:3:9`],
      });
    }
  });
});
