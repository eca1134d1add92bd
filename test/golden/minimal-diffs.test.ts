// A reviewer reads the diff of generated/ after a page release: a change of the
// spec changes the lines it means, and no other. An environment added to an
// operation changes the lines that name its environments; an operation added
// leaves the headers of the files that span every operation alone. The layout of a declaration depends on its header's length (prettier
// moves a whole object by one indent when `= {` no longer fits), so the
// fixture's operation is tried under names of many lengths: one of them puts
// a header at the print width.
import path from "node:path";
import { diffLines } from "diff";
import { describe, expect, test } from "vitest";
import { GENERATED_MARK } from "../../generator/emit/header.js";
import { generateFromInput } from "../../generator/index.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";
import { withFiles } from "../support/sync-memory.js";
import { OP, PAYPAGE, textOf } from "../support/golden-changes.js";

const input = await readSpecInput(path.join(fixturesDir, "golden", "spec"));
const paypage = textOf(input, PAYPAGE);
const added = "  test:\n    json: https://payment.test.example.com/rs-services/v2/paymentInit\n";

/** The fixture with its Paypage operation renamed, and with the test environment added or not. */
function specWith(name: string, withTest: boolean) {
  let text = paypage.replaceAll("cardPaymentInit", name);
  if (withTest) text = text.replace("interfaceVersion:\n", `${added}interfaceVersion:\n`);
  const files = new Map([
    [PAYPAGE, null],
    [`operations/paypage/${name}.yaml`, text],
  ]);
  return withFiles(input, [], files);
}

async function outputOf(name: string, withTest: boolean): Promise<Map<string, string>> {
  return filesOf(specWith(name, withTest));
}

async function filesOf(spec: ReturnType<typeof withFiles>): Promise<Map<string, string>> {
  const result = await generateFromInput(spec);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return new Map(result.files.map((f) => [f.path, f.content]));
}

/** The lines of each file that the change removes and that name no environment (the manifest's hashes aside). */
function unrelatedRemovals(before: Map<string, string>, after: Map<string, string>): string[] {
  const removed: string[] = [];
  for (const [file, text] of before) {
    if (file.endsWith(".manifest.json")) continue;
    for (const part of diffLines(text, after.get(file) ?? "")) {
      if (!part.removed) continue;
      for (const line of part.value.split("\n").filter((l) => l !== "")) {
        if (!/\bprod\b/.test(line)) removed.push(`${file}: ${line}`);
      }
    }
  }
  return removed;
}

describe("an environment added", () => {
  // Names from 10 to 20 letters: the headers of client-call.ts, descriptor.ts and post-request.ts cross the width.
  const names = Array.from({ length: 11 }, (_, i) => `cardPay${"x".repeat(i)}Ini`);
  test.each(names)("to %s changes only the lines that name its environments", async (name) => {
    const [before, after] = await Promise.all([outputOf(name, false), outputOf(name, true)]);
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect(unrelatedRemovals(before, after)).toEqual([]);
  });
});

test("an operation added leaves the header of every file that was there alone", async () => {
  const copy = textOf(input, OP).replaceAll("cardCheck", "cardRecheck");
  const [before, after] = await Promise.all([
    filesOf(input),
    filesOf(withFiles(input, [], new Map([["operations/office/cardRecheck.yaml", copy]]))),
  ]);
  expect([...after.keys()].filter((file) => file.startsWith("operations/cardRecheck/")).length).toBeGreaterThan(0);
  const header = (text: string) => text.split("\n").find((line) => line.includes(GENERATED_MARK));
  const changed = [...before]
    .filter(([file, text]) => header(text) !== header(after.get(file) ?? ""))
    .map(([file]) => file);
  expect(changed).toEqual([]);
});
