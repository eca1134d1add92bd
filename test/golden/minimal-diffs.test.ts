// A reviewer reads the diff of generated/ after a page release: a change of the
// spec changes the lines it means, and no other. An environment or an address
// added or removed changes the lines that name it or the list it is in; an
// operation added leaves the headers of the files that span every operation
// alone. The layout of a declaration depends on its header's length (prettier
// moves a whole object by one indent when `= {` no longer fits), so the
// fixture's Paypage operation is tried under names of many lengths: one of
// them puts a header at the print width.
import path from "node:path";
import { diffLines } from "diff";
import { describe, expect, test } from "vitest";
import { GENERATED_MARK } from "../../generator/emit/header.js";
import type { Emitter } from "../../generator/emit/generated-file.js";
import { emitters } from "../../generator/emit/registry.js";
import { generateFromInput } from "../../generator/index.js";
import { memoryMemo } from "../../generator/memo/memo.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";
import { withFiles } from "../support/sync-memory.js";
import { OP, PAYPAGE, REFUND, textOf } from "../support/golden-changes.js";
import { typescriptEmitters } from "../support/typescript-emitters.js";

const input = await readSpecInput(path.join(fixturesDir, "golden", "spec"));
const paypage = textOf(input, PAYPAGE);
const SIMU = "  simu:\n    json: https://payment.simu.example.com/rs-services/v2/paymentInit\n";
const SIMU_POST = "    post: https://payment.simu.example.com/paymentInit\n";

/** An edit of the Paypage operation's addresses, and what each line it removes from a TypeScript file names. */
const EDITS = {
  "an environment added": {
    edit: (text: string) =>
      text.replace(
        "interfaceVersion:\n",
        "  test:\n    json: https://payment.test.example.com/rs-services/v2/paymentInit\ninterfaceVersion:\n",
      ),
    removes: /\bprod\b/,
  },
  "an environment removed": {
    edit: (text: string) => text.replace(SIMU + SIMU_POST, ""),
    // A closing brace may be taken from the block before the one removed.
    removes: /\bsimu\b|^\s*\},$/,
  },
  "an address added": {
    edit: (text: string) =>
      text.replace(SIMU_POST, `${SIMU_POST}    soap: https://payment.simu.example.com/services/v2/paymentInit\n`),
    removes: /^$/,
  },
  "an address removed": {
    edit: (text: string) => text.replace(SIMU_POST, ""),
    removes: /\bsimu\b/,
  },
} as const;

/** The fixture with its Paypage operation renamed, and edited. */
function specWith(name: string, edit: (text: string) => string): SpecInput {
  const text = edit(paypage.replaceAll("cardPaymentInit", name));
  if (text === paypage.replaceAll("cardPaymentInit", name) && edit !== same) throw new Error("the edit did nothing");
  return withFiles(
    input,
    [],
    new Map([
      [PAYPAGE, null],
      [`operations/paypage/${name}.yaml`, text],
    ]),
  );
}
const same = (text: string) => text;

// One memo for the file's 59 runs, as `npm run generate` keeps one: the operations an edit leaves alone, and the
// shared files' pieces, are made once. A run with a memo gives the files of a run without (memo.test.ts).
const memo = memoryMemo();

async function filesOf(spec: SpecInput, selected: readonly Emitter[] = emitters): Promise<Map<string, string>> {
  const result = await generateFromInput(spec, selected, memo);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return new Map(result.files.map((f) => [f.path, f.content]));
}

/** The lines of the TypeScript files that the change removes and that do not name what it changes. */
function unrelatedRemovals(before: Map<string, string>, after: Map<string, string>, removes: RegExp): string[] {
  const removed: string[] = [];
  for (const [file, text] of before) {
    // A file the edit left as it was removes nothing: most of them, and diffing one costs as much as a changed one.
    if (!file.endsWith(".ts") || after.get(file) === text) continue;
    for (const part of diffLines(text, after.get(file) ?? "")) {
      if (!part.removed) continue;
      for (const line of part.value.split("\n").filter((l) => l !== "")) {
        if (!removes.test(line)) removed.push(`${file}: ${line}`);
      }
    }
  }
  return removed;
}

// Names from 10 to 20 letters: the headers of client-call.ts, descriptor.ts and post-request.ts cross the width.
const NAMES = Array.from({ length: 11 }, (_, i) => `cardPay${"x".repeat(i)}Ini`);

// Each name's TypeScript files before an edit, made once for the four edits. The lines compared are TypeScript's:
// the emitters of JSON and Markdown are left out of these runs (test/support/typescript-emitters.ts).
const unedited = new Map<string, Promise<Map<string, string>>>();
function beforeEdit(name: string): Promise<Map<string, string>> {
  let files = unedited.get(name);
  if (files === undefined) unedited.set(name, (files = filesOf(specWith(name, same), typescriptEmitters)));
  return files;
}

describe.each(Object.entries(EDITS))("%s", (_, { edit, removes }) => {
  test.each(NAMES)("to %s changes only the lines that name it", async (name) => {
    const [before, after] = await Promise.all([beforeEdit(name), filesOf(specWith(name, edit), typescriptEmitters)]);
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect(unrelatedRemovals(before, after, removes)).toEqual([]);
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

test("an environment removed keeps the operation's place in openapi.json, where its path changes", async () => {
  const prodOnly = textOf(input, REFUND).replace(/^ {2}test: .*\n/m, "");
  const [before, after] = await Promise.all([
    filesOf(input),
    filesOf(withFiles(input, [], new Map([[REFUND, prodOnly]]))),
  ]);
  type Paths = Record<string, { post: { operationId: string } }>;
  const paths = (output: Map<string, string>): Paths => JSON.parse(output.get("openapi.json") ?? "{}").paths;
  const operations = (output: Map<string, string>) => Object.values(paths(output)).map((item) => item.post.operationId);
  // cardCheck's path changes (the root servers are now those of prod alone), and each block stays where it was.
  expect(Object.keys(paths(after))).not.toEqual(Object.keys(paths(before)));
  expect(operations(after)).toEqual(operations(before));
});

test("an operation added changes docs/index.md by lines it adds alone: its row and a line under each list it takes", async () => {
  const copy = textOf(input, OP).replaceAll("cardCheck", "cardRecheck");
  const [before, after] = await Promise.all([
    filesOf(input),
    filesOf(withFiles(input, [], new Map([["operations/office/cardRecheck.yaml", copy]]))),
  ]);
  const index = (output: Map<string, string>) => output.get("docs/index.md") ?? "";
  const parts = diffLines(index(before), index(after));
  expect(parts.filter((part) => part.removed)).toEqual([]);
  const added = parts.flatMap((part) => (part.added ? part.value.split("\n").filter((l) => l !== "") : []));
  // The copy takes the lists cardCheck takes: the index names cardCheck under each.
  const lists = index(before)
    .split("\n")
    .filter((line) => line.startsWith("- [cardCheck](cardCheck.md#"));
  expect(lists.length).toBeGreaterThan(1);
  expect(added).toHaveLength(1 + lists.length);
  expect(added.every((line) => line.includes("[cardRecheck](cardRecheck.md"))).toBe(true);
});
