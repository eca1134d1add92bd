// A memo key is the SHA-256 of its parts, each followed by a NUL, whether the
// key was made before in the process (short parts are kept, memo.ts) or not.
import { createHash } from "node:crypto";
import { expect, test } from "vitest";
import { keptMemoKeys, memoKey } from "../../generator/memo/memo-key.js";

const sha256OfParts = (parts: readonly string[]) => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(`${part}\0`);
  return hash.digest("hex");
};

test.each([
  { given: [] as string[] },
  { given: [""] },
  { given: ["operation", "a".repeat(64), "types,seal"] },
  { given: ["a\0b"] },
  { given: ["a", "b"] },
  { given: ["é", "\u{1F600}", "x"] },
  { given: ["x".repeat(1024)] },
  { given: ["x".repeat(1025)] },
  { given: ["y".repeat(600), "z".repeat(600)] },
])("memoKey($given.length parts) is the SHA-256 of the parts and their NULs, made or kept", ({ given }) => {
  const want = sha256OfParts(given);
  expect(memoKey(...given)).toBe(want);
  // Again: now from the keys kept, when its parts are short.
  expect(memoKey(...given)).toBe(want);
});

test("the keys kept never outgrow their bound, and a key made after they are dropped is the same", () => {
  const first = memoKey("kept", "0");
  let most = 0;
  for (let i = 0; i < 25_000; i++) {
    memoKey("many", String(i));
    most = Math.max(most, keptMemoKeys());
  }
  expect(most).toBeLessThanOrEqual(20_000);
  expect(keptMemoKeys()).toBeLessThan(most);
  expect(memoKey("kept", "0")).toBe(first);
  expect(memoKey("kept", "0")).toBe(sha256OfParts(["kept", "0"]));
});
