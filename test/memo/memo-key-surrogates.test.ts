// A key of short parts is hashed in one call, a key of long parts part by
// part: a lone surrogate reads as U+FFFD in both, so the key of a text is the
// same however long the parts around it are.
import { createHash } from "node:crypto";
import { expect, test } from "vitest";
import { memoKey } from "../../generator/memo/memo-key.js";

const sha256OfParts = (parts: readonly string[]) => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex");
};

test.each([
  { given: ["\uD800"] },
  { given: ["a\uDC00b", "\uD83D"] },
  { given: ["\uD83D", "\uDE00"] },
  { given: ["\uD83D".repeat(300), "\uDE00".repeat(300)] },
  { given: ["\uD83D".repeat(600), "\uDE00".repeat(600)] },
])("memoKey of lone surrogates is the SHA-256 of their UTF-8 replacement ($given.0.length)", ({ given }) => {
  expect(memoKey(...given)).toBe(sha256OfParts(given));
  // Parts apart are never taken for the pair their halves would make joined.
  if (given.length > 1) expect(memoKey(...given)).not.toBe(sha256OfParts([given.join("")]));
});
