// Runs with a memo not kept in memory (a new process each time) take the
// order of the files the run before remembered (emit/remembered-order.ts):
// through random edits of the golden fixture (a summary changed, an operation
// removed or brought back) and random damage to the remembered order, every
// run gives the files a memo-less run gives, in the same order; and takes the
// order remembered where it holds (it writes it again only where it sorted:
// a damaged order, or other files), so that a run that always sorted fails.
import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import { expect, test } from "vitest";
import { emitters, generate, memoryMemo, type GeneratedFile, type Memo } from "../../generator/index.js";
import { fileOrderKey } from "../../generator/emit/remembered-order.js";
import { generateShared, goldenRoot } from "../support/generate.js";
import { drawOf } from "../support/property-runs.js";
import { tempWorkspace } from "../support/temp-spec.js";

const OPERATIONS = ["office/cardCheck.yaml", "office/cardRefund.yaml", "paypage/cardPaymentInit.yaml"];

type Step =
  | { readonly kind: "summary"; readonly operation: number; readonly text: string }
  | { readonly kind: "toggle"; readonly operation: number }
  | { readonly kind: "damage"; readonly how: "reversed" | "swapped" | "shorter" | "longer" | "garbage" };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant("summary" as const),
    operation: fc.nat(OPERATIONS.length - 1),
    text: fc.stringMatching(/^[a-z]{1,8}$/),
  }),
  fc.record({ kind: fc.constant("toggle" as const), operation: fc.nat(OPERATIONS.length - 1) }),
  fc.record({
    kind: fc.constant("damage" as const),
    how: fc.constantFrom(
      "reversed" as const,
      "swapped" as const,
      "shorter" as const,
      "longer" as const,
      "garbage" as const,
    ),
  }),
);

function damaged(entry: string, how: Extract<Step, { kind: "damage" }>["how"]): string {
  const indexes = JSON.parse(entry) as number[];
  switch (how) {
    case "reversed":
      return JSON.stringify(indexes.reverse());
    case "swapped":
      return JSON.stringify([indexes[1], indexes[0], ...indexes.slice(2)]);
    case "shorter":
      return JSON.stringify(indexes.slice(1));
    case "longer":
      return JSON.stringify([...indexes, indexes.length]);
    case "garbage":
      return "[1,x,0]";
  }
}

const listed = (files: readonly GeneratedFile[]) => files.map((f) => [f.path, f.content]);

/**
 * A memory memo, and a copy of it as it is then: each key set, as text or as bytes, into a new memory memo. A memory
 * memo is its entries alone (generate keeps nothing in memory between runs for a memo that is not keptInMemory),
 * so a copy of the memo a run left is that memo, as a new process finds it.
 */
function copyable(): { memo: Memo; copy: () => Promise<Memo> } {
  const memo = memoryMemo();
  const kinds = new Map<string, "text" | "bytes">();
  const recording: Memo = {
    ...memo,
    set(key, text) {
      kinds.set(key, "text");
      return memo.set(key, text);
    },
    setNow(key, text) {
      kinds.set(key, "text");
      return memo.setNow?.(key, text) ?? false;
    },
    async setBytes(key, bytes, stamped) {
      kinds.set(key, "bytes");
      return memo.setBytes?.(key, bytes, stamped);
    },
  };
  const copy = async () => {
    const made = memoryMemo();
    for (const [key, kind] of kinds) {
      const entry = kind === "text" ? memo.getNow?.(key) : memo.getBytes?.(key);
      if (entry === undefined) throw new Error(`the memo lost ${key}`);
      await (typeof entry === "string" ? made.set(key, entry) : made.setBytes?.(key, entry));
    }
    expect(made.size()).toBe(memo.size());
    return made;
  };
  return { memo: recording, copy };
}

test("a new process's run, its files sorted in the order remembered, gives what a memo-less run gives", async () => {
  const { root, spec } = await tempWorkspace(path.join(goldenRoot, "spec"));
  const key = fileOrderKey(emitters);
  const operationsDir = path.join(spec, "operations");
  /** Whether the run wrote the order again: it sorted the files, where an order that held was to be taken. */
  let sorted = false;
  const run = async (memo: Memo, label: string) => {
    sorted = false;
    const watched: Memo = {
      ...memo,
      set(at, text) {
        if (at === key) sorted = true;
        return memo.set(at, text);
      },
    };
    const result = await generate({ specDir: spec, memo: watched });
    const without = await generateShared(spec, root);
    expect(result.ok && without.ok, label).toBe(true);
    if (result.ok && without.ok) expect(listed(result.files), label).toEqual(listed(without.files));
  };
  // The first run of every sequence is of the fixture as it is, into an empty memo: made once, each sequence
  // starting from a copy of the memo it left.
  const first = copyable();
  await run(first.memo, "first run");
  expect(first.memo.getNow?.(key), "the order is remembered").toMatch(/^\[\d+(,\d+)+\]$/);
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 5 }), async (steps) => {
      const memo = await first.copy();
      const removed = new Set<number>();
      for (const s of steps) {
        const removedBefore = removed.size;
        if (s.kind === "summary") {
          const file = path.join(operationsDir, OPERATIONS[s.operation] as string);
          if (removed.has(s.operation)) continue;
          const text = await readFile(file, "utf8");
          await writeFile(file, text.replace(/^summary: (.*?)( \[[a-z]+\])?$/m, `summary: $1 [${s.text}]`));
        } else if (s.kind === "toggle") {
          const file = path.join(operationsDir, OPERATIONS[s.operation] as string);
          const aside = path.join(root, `aside-${s.operation}.yaml`);
          if (removed.delete(s.operation)) await rename(aside, file);
          else if (removed.size < OPERATIONS.length - 1) {
            await rename(file, aside);
            removed.add(s.operation);
          }
        } else {
          const entry = memo.getNow?.(key);
          expect(entry, "the order is remembered").toMatch(/^\[\d+(,\d+)+\]$/);
          await memo.set(key, damaged(entry as string, s.how));
        }
        await run(memo, JSON.stringify(s));
        // The order the run before left is taken where it holds (the same files, a summary edited); the files
        // are sorted, and the order written again, where it was damaged or the files are others.
        expect(sorted, JSON.stringify(s)).toBe(s.kind === "damage" || removed.size !== removedBefore);
      }
      // Back to the fixture as it was, for the next sequence.
      for (const operation of removed)
        await rename(
          path.join(root, `aside-${operation}.yaml`),
          path.join(operationsDir, OPERATIONS[operation] as string),
        );
      for (const rel of OPERATIONS) {
        const file = path.join(operationsDir, rel);
        const text = await readFile(file, "utf8");
        await writeFile(file, text.replace(/^(summary: .*?)( \[[a-z]+\])$/m, "$1"));
      }
    }),
    {
      ...drawOf(8, 40),
      // Each damage, and an operation gone and back, at least once.
      examples: [
        [
          [
            { kind: "damage", how: "reversed" },
            { kind: "damage", how: "swapped" },
            { kind: "damage", how: "shorter" },
            { kind: "damage", how: "longer" },
            { kind: "damage", how: "garbage" },
          ],
        ],
        [
          [
            { kind: "toggle", operation: 1 },
            { kind: "summary", operation: 0, text: "a" },
            { kind: "toggle", operation: 1 },
          ],
        ],
      ],
    },
  );
});
