// A key of long parts is hashed as their text joined while it is not too
// long, part by part beyond (memo.ts): the same key either way, lone
// surrogates at the ends of parts included.
import { createHash } from "node:crypto";
import { expect, test } from "vitest";
import { memoKey } from "../../generator/memo/memo-key.js";

const sha256OfParts = (parts: readonly string[]) => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(`${part}\0`);
  return hash.digest("hex");
};

const MIB = 1 << 20;

test.each([
  { given: "a thousand paths and hashes", parts: Array.from({ length: 2000 }, (_, i) => `operations/op${i}.yaml`) },
  {
    given: "a lone surrogate at the end of a long part",
    parts: [`${"a".repeat(2000)}\uD800`, `\uDC00${"b".repeat(10)}`],
  },
  { given: "parts just within the joined length", parts: ["x".repeat(MIB - 5), "y", "z"] },
  { given: "parts just beyond it", parts: ["x".repeat(MIB - 4), "y", "z"] },
  { given: "one text beyond it", parts: [`${"é".repeat(MIB)}\uDBFF`] },
])("$given: the SHA-256 of the parts and their NULs", ({ parts }) => {
  expect(memoKey(...parts)).toBe(sha256OfParts(parts));
});
