// A run with the memo of the runs before reads an unchanged operation's data
// only when a stage asks for it (read/read-documents.ts): the checks take its
// facts, and the model its head, from its outline (validate/operation-outline.ts,
// model/operation-head.ts), unless it is the first to use a container type.
// Each run here is a new process's (a plain memory memo, no models kept); after
// every kind of edit its files, its model and its diagnostics must be a run's
// without memo. On the golden fixture's spec, with a copy of an operation that
// comes after it and so defines no container type.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import {
  diskMemo,
  emitters,
  formatDiagnostic,
  generate,
  memoryMemo,
  type GenerateResult,
  type Memo,
} from "../../generator/index.js";
import { generatorFingerprint } from "../../generator/memo/fingerprint.js";
import { memoKey } from "../../generator/memo/memo-key.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { textKey } from "../../generator/read/text-key.js";
import { fixturesDir } from "../support/paths.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

const goldenSpec = path.join(fixturesDir, "golden", "spec");

/** A memory memo that tells which keys were read, and can lose or damage an entry it still says it has. */
function watchedMemo() {
  const base = memoryMemo();
  const read = new Set<string>();
  const lost = new Set<string>();
  const damaged = new Set<string>();
  const getNow = (key: string) => {
    read.add(key);
    return lost.has(key) ? undefined : damaged.has(key) ? "{damaged" : base.getNow?.(key);
  };
  /** The entries written at once (Memo.setNow), by key: each is then neither lost nor damaged. */
  const rewritten = new Map<string, string>();
  const memo: Memo = {
    get: async (key) => getNow(key),
    getNow,
    set: (key, value) => base.set(key, value),
    setNow: (key, value) => {
      rewritten.set(key, value);
      lost.delete(key);
      damaged.delete(key);
      return base.setNow?.(key, value) ?? false;
    },
  };
  return { memo, read, lost, damaged, rewritten };
}

/** Files, model and diagnostics of a run, as text: what must be the same with and without memo. */
function seen(result: GenerateResult): { files: Map<string, string>; model: string; diagnostics: string[] } {
  const diagnostics = result.diagnostics.map(formatDiagnostic);
  if (!result.ok) return { files: new Map(), model: "", diagnostics };
  return {
    files: new Map(result.files.map((f) => [f.path, f.content])),
    // Every field of every operation, those built only when first read among them.
    model: JSON.stringify(result.model),
    diagnostics,
  };
}

async function workspace() {
  const { root, spec } = await tempWorkspace(goldenSpec);
  const office = path.join(spec, "operations/office");
  // After cardRefund in the order of the files: it uses the container types cardRefund does, defined before it.
  const copy = path.join(office, "cardRefundCopy.yaml");
  await writeFile(
    copy,
    (await readFile(path.join(office, "cardRefund.yaml"), "utf8")).replaceAll("cardRefund", "cardRefundCopy"),
  );
  const parseKey = async (relPath: string) => {
    const file = (await readSpecInput(spec, root)).files.find((f) => f.relPath === relPath);
    if (!file) throw new Error(`no ${relPath}`);
    return memoKey("parse", generatorFingerprint(), file.kind, textKey(file));
  };
  return { root, spec, office, copy, parseKey };
}

/** A new text of an operation's summary, one no run read before. */
const summaryEdit = (spec: string, n: number) =>
  editFile(path.join(spec, "operations/paypage/cardPaymentInit.yaml"), "summary: ", `summary: (edit ${n}) `);

/**
 * Every emitter but the mock's: the mock's entries all fit on one line in this small spec, and its list is then
 * laid out from every operation's model again, which reads every operation's response.
 */
const notMock = emitters.filter((e) => e.name !== "mock");

test("after an edit, an unchanged operation that defines no container type has its data read only when asked for", async () => {
  const { root, spec, parseKey } = await workspace();
  const { memo, read } = watchedMemo();
  await generate({ specDir: spec, memo, cwd: root, emitters: notMock });
  await summaryEdit(spec, 1);
  read.clear();
  const result = await generate({ specDir: spec, memo, cwd: root, emitters: notMock });
  const copyKey = await parseKey("operations/office/cardRefundCopy.yaml");
  expect(read.has(copyKey)).toBe(false);
  expect(read.has(await parseKey("operations/paypage/cardPaymentInit.yaml"))).toBe(true);
  // What it holds is there when asked for, and is a run's without memo.
  const expected = seen(await generate({ specDir: spec, cwd: root, emitters: notMock }));
  expect(seen(result)).toEqual(expected);
  expect(read.has(copyKey)).toBe(true);
});

/**
 * The workspace with the mock's list laid out from its pieces (an example long enough that cardPaymentInit's
 * entry spans lines: the mock's key then names the operations it plays payments of), and a copy of
 * cardPaymentInit after it, which the mock plays payments of too and which defines no container type.
 */
async function mockWorkspace() {
  const ws = await workspace();
  const paypage = path.join(ws.spec, "operations/paypage");
  await editFile(
    path.join(paypage, "cardPaymentInit.yaml"),
    "      description: Where to send the buyer.\n",
    `      description: Where to send the buyer.\n      example: https://payment.example.com/paymentInit/${"a".repeat(100)}\n`,
  );
  const text = await readFile(path.join(paypage, "cardPaymentInit.yaml"), "utf8");
  await writeFile(
    path.join(paypage, "cardPaymentInitCopy.yaml"),
    text
      .replaceAll("cardPaymentInit", "cardPaymentInitCopy")
      .replaceAll("/paymentInit", "/paymentInitCopy")
      .replace("name: cardPaymentResult", "name: cardPaymentResultCopy")
      .replace("family: Paypage", "family: Paypage Copy"),
  );
  return ws;
}

test("with the mock's list laid out from its pieces, an unchanged operation has its data read only when asked for", async () => {
  const { root, spec, parseKey } = await mockWorkspace();
  const { memo, read } = watchedMemo();
  const first = await generate({ specDir: spec, memo, cwd: root });
  const mock = first.ok ? first.files.find((f) => f.path === "mock.ts")?.content : undefined;
  expect(mock).toMatch(/mockOperation\(\{\n/);
  expect(mock).toContain("CardPaymentResultCopy");
  await editFile(path.join(spec, "operations/office/cardRefund.yaml"), "summary: ", "summary: (edit 1) ");
  read.clear();
  const result = await generate({ specDir: spec, memo, cwd: root });
  // One with no POST address, and one the mock plays payments of.
  expect(read.has(await parseKey("operations/office/cardRefundCopy.yaml"))).toBe(false);
  expect(read.has(await parseKey("operations/paypage/cardPaymentInitCopy.yaml"))).toBe(false);
  expect(seen(result)).toEqual(seen(await generate({ specDir: spec, cwd: root })));
});

test("files, model and diagnostics of a run with the memo are a run's without it, after each kind of edit", async () => {
  const { root, spec, office, copy } = await workspace();
  const { memo } = watchedMemo();
  const customer = 'customer: { from: dictionary, presence: optional, since: "2.20" }';
  const steps: [string, () => Promise<void>][] = [
    ["the first run", async () => undefined],
    ["an operation's summary edited", () => summaryEdit(spec, 1)],
    [
      // Defined by cardCheck, before it: the copy uses a container type and defines none.
      "a container type used by an operation after the one that defines it",
      () => editFile(copy, "response:\n  fields:\n", `response:\n  fields:\n    ${customer}\n`),
    ],
    [
      // The copy, unchanged, is the first to use it now: it defines it, from its data.
      "a container type that moves to an unchanged operation",
      async () => {
        const cardCheck = path.join(office, "cardCheck.yaml");
        await editFile(cardCheck, `    ${customer.slice(0, -2)}, notes: [Sent for new customers only.] }\n`, "");
        await editFile(cardCheck, `    ${customer}\n`, "");
      },
    ],
    [
      "a value of a dictionary's value list edited",
      () => editFile(path.join(spec, "dictionary/lists.yaml"), "meaning: Internet", "meaning: Internet (edited)"),
    ],
    [
      "the platform file edited",
      () => editFile(path.join(spec, "sips.yaml"), "documentVersion: 1.0.0", "documentVersion: 1.1.0"),
    ],
    [
      // Named as the copy: a clash, between an edited file and one whose data the run had not read.
      "an operation renamed as an unchanged one",
      () =>
        editFile(
          path.join(spec, "operations/paypage/cardPaymentInit.yaml"),
          "operation: cardPaymentInit",
          "operation: cardRefundCopy",
        ),
    ],
  ];
  for (const [step, change] of steps) {
    await change();
    const withMemo = seen(await generate({ specDir: spec, memo, cwd: root }));
    const expected = seen(await generate({ specDir: spec, cwd: root }));
    expect(withMemo.diagnostics, step).toEqual(expected.diagnostics);
    expect(withMemo.model === expected.model, `${step}: model`).toBe(true);
    expect([...withMemo.files.keys()], step).toEqual([...expected.files.keys()]);
    for (const [file, text] of expected.files) expect(withMemo.files.get(file) === text, `${step}: ${file}`).toBe(true);
  }
});

test("an operation whose entry is lost or damaged once the run has relied on it is parsed again, and its entry written again", async () => {
  const { root, spec, parseKey } = await workspace();
  const key = await parseKey("operations/office/cardRefundCopy.yaml");
  for (const harm of ["lost", "damaged"] as const) {
    const watched = watchedMemo();
    await generate({ specDir: spec, memo: watched.memo, cwd: root });
    const entry = watched.memo.getNow?.(key);
    watched[harm].add(key);
    await summaryEdit(spec, harm === "lost" ? 2 : 3);
    const withMemo = seen(await generate({ specDir: spec, memo: watched.memo, cwd: root }));
    expect(withMemo, harm).toEqual(seen(await generate({ specDir: spec, cwd: root })));
    // Written as the first run wrote it: the next runs read it, where each parsed the file again.
    expect(entry, harm).toBeDefined();
    expect(watched.rewritten.get(key), harm).toBe(entry);
  }
});

test("the data of an operation not read is still retained, so that pruning keeps it", async () => {
  const { root, spec, parseKey } = await workspace();
  const dir = path.join(root, "memo");
  await generate({ specDir: spec, memo: diskMemo(dir), cwd: root, emitters: notMock });
  await summaryEdit(spec, 1);
  const memo = diskMemo(dir);
  const read: string[] = [];
  const watched: Memo = {
    ...memo,
    getNow: (key) => {
      read.push(key);
      return memo.getNow(key);
    },
  };
  await generate({ specDir: spec, memo: watched, cwd: root, emitters: notMock });
  const copyKey = await parseKey("operations/office/cardRefundCopy.yaml");
  expect(read).not.toContain(copyKey);
  expect(memo.used.has(copyKey)).toBe(true);
});
