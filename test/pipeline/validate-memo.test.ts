// Validation with a memo checks a changed file against what it remembers of
// the others (validate/validate-with-memo.ts): a spec with the memo must get
// exactly the diagnostics it gets without, whatever the change, and most of all
// when it breaks a rule that spans files; and so must a run of --watch, which
// keeps the spec's texts, the memo and the model in memory between runs.
import { checkedText, textIfWhole } from "../../generator/memo/checked-text.js";
import { readdirSync, readFileSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import {
  formatDiagnostic,
  generate,
  generateFromInput,
  memoryMemo,
  type GenerateResult,
  type Memo,
} from "../../generator/index.js";
import { keptInMemory } from "../../generator/memo/kept-in-memory.js";
import { keptModels } from "../../generator/model/kept-models.js";
import { keptTexts } from "../../generator/read/kept-texts.js";
import { useTextParser } from "../../generator/read/source-map.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { specDir } from "../support/paths.js";
import { validateShared } from "../support/generate.js";
import { sharedTextParse } from "../support/shared-parses.js";
import { tempWorkspace } from "../support/temp-spec.js";

/**
 * Validation only: no emitter, so that a spec that passes costs no output. Without memo, each text of the spec is
 * validated once (validateShared): every case's run of the spec undone is of the same text.
 */
const diagnostics = async (spec: string, memo: Memo | null) =>
  shown(
    await (memo === null
      ? validateShared(spec, path.dirname(spec))
      : generate({ specDir: spec, memo, emitters: [], cwd: path.dirname(spec) })),
  );
const shown = (result: GenerateResult) => ({ ok: result.ok, diagnostics: result.diagnostics.map(formatDiagnostic) });

/** A run of `--watch`: the spec's texts, the memo and the model kept in memory from the run before. */
const watching = () => {
  const texts = keptTexts(0);
  const memo = keptInMemory(memoryMemo());
  const models = keptModels();
  return async () =>
    shown(await generateFromInput(await readSpecInput(spec, path.dirname(spec), texts), [], memo, models));
};
let watch: ReturnType<typeof watching>;

let spec: string;
const memo = memoryMemo();
const wallet = "operations/office/getWalletData.yaml";
/** A field's link to walletResponseCode's list, in an operation or in the dictionary, as the spec writes it. */
const walletCodesUse = /^ +valueList: walletResponseCode\n/gm;
let walletText: string;

/** A copy of getWalletData under another name and its own addresses, `edit` applied. */
const walletCopy =
  (name: string, edit: (text: string) => string = (t) => t) =>
  () =>
    edit(
      walletText
        .replace("operation: getWalletData", `operation: ${name}`)
        .replaceAll("wallet/getWalletData", `wallet/${name}`),
    );

/** The operation files of the spec without a callback (a copy of one with a callback would repeat its name). */
const plainOperations: readonly string[] = readdirSync(path.join(specDir, "operations"), {
  recursive: true,
  encoding: "utf8",
})
  .map((rel) => `operations/${rel.split(path.sep).join("/")}`)
  .filter((rel) => rel.endsWith(".yaml") && !/^callback:/m.test(readFileSync(path.join(specDir, rel), "utf8")))
  .sort();

/** A copy of the first of those operations whose text `edit` can change, under another name and its own addresses. */
const copyOfOneThat = (name: string, edit: (text: string) => string | null) => () => {
  for (const rel of plainOperations) {
    const text = readFileSync(path.join(specDir, rel), "utf8");
    const original = /^operation: (\w+)$/m.exec(text)?.[1] ?? "";
    const edited = edit(
      text.replace(`operation: ${original}`, `operation: ${name}`).replaceAll(`/${original}`, `/${name}`),
    );
    if (edited !== null) return edited;
  }
  throw new Error(`no operation of the spec to copy as ${name}`);
};

/** The text with its first field written out as a plain string given another type; null when it writes none. */
const retypedPlainField = (text: string): string | null => {
  try {
    return text.replace(writtenOutDescription(text), "      type: integer\n      description: x.");
  } catch {
    return null;
  }
};

/** The text with the description of its first container written out in it changed; null when it writes none. */
const redescribedContainer = (text: string): string | null => {
  const written = /^( +)type: container\n\1description: .*$/m.exec(text);
  return written === null
    ? null
    : text.replace(written[0], `${written[1]}type: container\n${written[1]}description: Another.`);
};

beforeAll(async () => {
  ({ spec } = await tempWorkspace());
  walletText = await readFile(path.join(spec, wallet), "utf8");
  // The memo of the spec as it is: every file's facts are known.
  expect((await diagnostics(spec, memo)).ok).toBe(true);
  watch = watching();
  expect((await watch()).ok).toBe(true);
});

/** A change of the spec: by file, its new text, an edit of its text, or null to remove it. */
type Change = Readonly<Record<string, (text: string) => string | null>>;

/** Applies a change, runs `check`, and undoes the change. */
async function changed(change: Change, check: () => Promise<void>): Promise<void> {
  const before = new Map<string, string | null>();
  for (const [rel, edit] of Object.entries(change)) {
    const file = path.join(spec, rel);
    const text = await readFile(file, "utf8").catch(() => null);
    before.set(rel, text);
    const after = edit(text ?? "");
    if (after === null) await rm(file);
    else await writeFile(file, after);
  }
  try {
    await check();
  } finally {
    for (const [rel, text] of before) {
      if (text === null) await rm(path.join(spec, rel), { force: true });
      else await writeFile(path.join(spec, rel), text);
    }
  }
}

const replace = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`no ${JSON.stringify(from)} to replace`);
  return text.replace(from, to);
};
const removed = () => null;

/**
 * The description line of the first field at a message's top that an operation's text writes out as a plain string
 * (not the dictionary's, no type of its own): the spec says which, so that a page release changes nothing here.
 */
function writtenOutDescription(text: string): string {
  for (const [, body = ""] of text.matchAll(/^ {4}\w+:\n((?: {6}.*\n)+)/gm)) {
    const line = /^ {6}description: .*$/m.exec(body)?.[0];
    if (line !== undefined && !/^ {6}(from|type|format|valueList):/m.test(body)) return line;
  }
  throw new Error("no field written out as a plain string to give a type");
}

/**
 * The spec files whose fields take walletResponseCode's list: any wallet operation may take it, not getWalletData
 * alone, and a field the wallet operations share takes it in the dictionary. The spec says which do.
 */
const walletCodesFiles: readonly string[] = readdirSync(specDir, { recursive: true, encoding: "utf8" })
  .map((rel) => rel.split(path.sep).join("/"))
  .filter((rel) => /^(operations|dictionary)\/.*\.yaml$/.test(rel))
  .filter((rel) => readFileSync(path.join(specDir, rel), "utf8").match(walletCodesUse) !== null)
  .sort();
/** walletResponseCode's list taken from every field that takes it: the list is unused only once none does. */
const walletCodesUnused: Change = Object.fromEntries(
  walletCodesFiles.map((rel) => [rel, (text: string) => text.replaceAll(walletCodesUse, "")]),
);
/** One of those links misspelt: a list of no name the spec has. */
const walletCodesMisspelt: Change = {
  [walletCodesFiles[0] ?? wallet]: replace("valueList: walletResponseCode\n", "valueList: walletResponseCodes\n"),
};
const created = "\u0000 none";

/**
 * A field that an operation's callback writes out (the spec says which), written out too at the top of another
 * operation's response: an edit of that file alone, checked with the facts the memo keeps of the callback's.
 */
function calledBackTwice(): Change {
  const files = readdirSync(path.join(specDir, "operations"), { recursive: true, encoding: "utf8" })
    .map((rel) => `operations/${rel.split(path.sep).join("/")}`)
    .filter((rel) => rel.endsWith(".yaml"))
    .sort();
  const text = (rel: string) => readFileSync(path.join(specDir, rel), "utf8");
  const withCallback = files.find((rel) => /^callback:/m.test(text(rel))) ?? "";
  const fromCallback = text(withCallback).slice(text(withCallback).search(/^callback:/m));
  const callback = fromCallback.slice(fromCallback.search(/^ {2}fields:\n/m));
  // A plain string written out at the callback's top: no type, format or list to agree on.
  const [block = "", name = ""] =
    [...callback.matchAll(/^ {4}(\w+):\n(?: {6}.*\n)+/gm)].find(
      ([body]) => !/^ {6}(from|type|format|valueList|values):/m.test(body),
    ) ?? [];
  const other = files.find((rel) => rel !== withCallback && !new RegExp(`^ +${name}:`, "m").test(text(rel))) ?? "";
  const response = /^response:\n(?: {2}.*\n)*? {2}fields:\n/m;
  return { [other]: (t) => (response.test(t) ? t.replace(response, (head) => `${head}${block}`) : "no response") };
}

test.each<[string, Change, string]>([
  ["an unknown value list", walletCodesMisspelt, "unknown-value-list"],
  [
    "two operations of one name",
    { "operations/office/getWalletDataCopy.yaml": () => walletText },
    "duplicate-operation",
  ],
  [
    "two operations whose names differ only in case",
    { "operations/office/getwalletData.yaml": walletCopy("getwalletData") },
    "case-collision",
  ],
  [
    "a field defined two ways by two operations",
    { "operations/office/aWalletCopy.yaml": copyOfOneThat("aWalletCopy", retypedPlainField) },
    "conflicting-field",
  ],
  [
    "a container defined two ways by two operations",
    { "operations/office/aWalletCopy.yaml": copyOfOneThat("aWalletCopy", redescribedContainer) },
    "conflicting-container",
  ],
  [
    "an operation named like another's client function",
    { "operations/office/callGetWalletData.yaml": walletCopy("callGetWalletData") },
    "name-collision",
  ],
  [
    "a dictionary field that operations use, renamed",
    { "dictionary/fields.yaml": replace("\n  merchantWalletId:", "\n  merchantWalletIdentifier:") },
    "unknown-dictionary-field",
  ],
  ["a field of another file's callback, written out by an edited operation", calledBackTwice(), "field-written-twice"],
  ["a saved page removed", { "sources/paymentWebInit.page.txt": removed }, "missing-source"],
  [
    "a saved page saved again under a name of its own",
    {
      "sources/paymentWebInit.page.txt": removed,
      "sources/paymentWebInit-25.page.txt": () =>
        readFileSync(path.join(specDir, "sources/paymentWebInit.page.txt"), "utf8"),
    },
    "missing-source",
  ],
  ["a page saved without the .page.txt ending", { "sources/cancelNotes.txt": () => "cancel\n" }, "unread-page-file"],
  ["a page saved again beside itself", { "sources/cancel.page (1).txt": () => "cancel\n" }, "page-copy"],
  ["a list no field uses any more", walletCodesUnused, "unused-value-list"],
  [
    "a formatted field without an example",
    {
      "dictionary/fields.yaml": replace('    format: N6\n    example: "202812"\n', "    format: N6\n"),
    },
    "missing-example",
  ],
  ["one summary edited", { [wallet]: replace("summary: Read", "summary: Reads") }, created],
])("%s: the diagnostics of a run without memo", async (_, change, code) => {
  await changed(change, async () => {
    const without = await diagnostics(spec, null);
    expect(await diagnostics(spec, memo)).toEqual(without);
    expect(await watch()).toEqual(without);
    if (code !== created) expect(without.diagnostics.join("\n")).toContain(` ${code} `);
    // Again, with what the run before remembered of the changed files.
    expect(await diagnostics(spec, memo)).toEqual(without);
    expect(await watch()).toEqual(without);
  });
  // Undone: the spec passes again, as it did.
  const undone = await diagnostics(spec, null);
  expect(undone.ok).toBe(true);
  expect(await diagnostics(spec, memo)).toEqual(undone);
  expect(await watch()).toEqual(undone);
});

test("the facts of unchanged files come from the memo", async () => {
  const entries = new Map<string, string>();
  const planted: Memo = { get: async (k) => entries.get(k), set: async (k, t) => void entries.set(k, t) };
  await diagnostics(spec, planted);
  // What is remembered of a file stands for it: a warning planted in its facts is reported.
  const facts = [...entries].filter(([, text]) => text.includes('"declared"'));
  expect(facts.length).toBeGreaterThan(1);
  const [key, text] = facts.find(([, t]) => !t.includes('"getWalletData"')) ?? ["", ""];
  const warning = {
    code: "missing-example",
    severity: "warning",
    file: "x.yaml",
    line: 1,
    column: 1,
    message: "planted",
    related: [],
  };
  entries.set(key, checkedText(JSON.stringify({ ...JSON.parse(textIfWhole(text) ?? ""), warnings: [warning] })));
  await changed({ [wallet]: replace("summary: Read", "summary: Reads") }, async () => {
    expect((await diagnostics(spec, planted)).diagnostics).toContain("x.yaml:1:1 warning missing-example planted");
  });
});

test("a field written out by two files is not remembered as a warning of either: gone once the other file is", async () => {
  // A first run remembers every file's facts from the whole spec's check, the duplicate's warning among its diagnostics.
  const fresh = memoryMemo();
  const change = calledBackTwice();
  const [edited = ""] = Object.keys(change);
  await changed(change, async () => {
    expect((await diagnostics(spec, fresh)).diagnostics.join("\n")).toContain(" field-written-twice ");
  });
  // The edit undone, the file the warning was at is unchanged: what the memo keeps of it must not bring it back.
  await changed({ [edited]: replace("summary:", "summary:") }, async () => {
    expect(await diagnostics(spec, fresh)).toEqual(await diagnostics(spec, null));
  });
});

test("an operation checked alone with the dictionary leaves a field written out twice to the facts: no dictionary file is parsed", async () => {
  // The dictionary's data comes from the memo, without a document: asking where it writes out each field parses it whole.
  const dictionaries = new Map(
    readdirSync(path.join(spec, "dictionary"))
      .filter((name) => name.endsWith(".yaml"))
      .map((name) => [readFileSync(path.join(spec, "dictionary", name), "utf8"), name] as const),
  );
  const parsed: string[] = [];
  await changed({ [wallet]: replace("summary: Read", "summary: Reads, checked alone") }, async () => {
    useTextParser((text) => {
      parsed.push(text);
      return sharedTextParse(text);
    });
    try {
      expect(await diagnostics(spec, memo)).toEqual(await diagnostics(spec, null));
    } finally {
      useTextParser(sharedTextParse);
    }
  });
  expect(dictionaries.size).toBeGreaterThan(0);
  expect(parsed.flatMap((text) => dictionaries.get(text) ?? [])).toEqual([]);
});
