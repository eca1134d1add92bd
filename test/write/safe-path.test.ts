// The paths the write stage accepts (generator/write/safe-path.ts): relative,
// "/" separated, no empty, "." or ".." segment: nothing outside the output folder.
import path from "node:path";
import fc from "fast-check";
import { expect, test } from "vitest";
import { assertSafePath, isSafePath } from "../../generator/write/safe-path.js";

test.each([
  ["index.ts", true],
  ["operations/getWalletData/types.ts", true],
  [".hidden/a.ts", true],
  ["a/..b/c", true],
  ["a/b..", true],
  ["...", true],
  ["", false],
  ["/etc/passwd", false],
  ["a//b", false],
  ["a/", false],
  ["/a", false],
  [".", false],
  ["..", false],
  ["./a", false],
  ["a/./b", false],
  ["a/../../b", false],
  ["a/..", false],
  ["a\\b", false],
])("%j: %s", (rel, safe) => {
  expect(isSafePath(rel)).toBe(safe);
  if (safe) expect(() => assertSafePath(rel)).not.toThrow();
  else expect(() => assertSafePath(rel)).toThrow(`refusing to write outside the output directory: ${rel}`);
});

test("a path is safe when none of its segments is empty, '.' or '..'", () => {
  const segment = fc.oneof(fc.constantFrom("", ".", "..", "...", "a", ".a", "a.", "a\\b"), fc.string({ maxLength: 4 }));
  fc.assert(
    fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (segments) => {
      const rel = segments.join("/");
      const want =
        !path.posix.isAbsolute(rel) &&
        !rel.includes("\\") &&
        rel.split("/").every((s) => s !== "" && s !== "." && s !== "..");
      expect(isSafePath(rel)).toBe(want);
    }),
  );
});
