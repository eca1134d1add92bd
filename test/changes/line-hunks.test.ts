// The runs of lines two texts differ in, as git's diff gives them: each hunk's
// header read (a count left out is 1; lines removed alone name the line after
// which they were), and the texts diffed by git itself.
import { expect, test } from "vitest";
import { hunksOf, lineHunks } from "../../generator/changes/line-hunks.js";
import { openApiSection } from "../../generator/changes/openapi-section.js";

test("a unified diff's hunk headers, every form of count", () => {
  const diff = [
    "diff --git a/before b/after",
    "@@ -3 +3 @@",
    "-x",
    "+y",
    "@@ -7,0 +8,2 @@ context after the header",
    "+@@ -1 +1 @@ a line of the text that looks like a header",
    "+b",
    "@@ -20,3 +21,0 @@",
  ].join("\n");
  expect(hunksOf(diff)).toEqual([
    { oldStart: 3, oldCount: 1, newStart: 3, newCount: 1 },
    { oldStart: 7, oldCount: 0, newStart: 8, newCount: 2 },
    { oldStart: 20, oldCount: 3, newStart: 21, newCount: 0 },
  ]);
});

test("git's hunks of two texts: a line changed, two added, one removed", () => {
  const before = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"].join("\n");
  const after = ["a", "B", "c", "d", "e", "x", "y", "f", "g", "h", "j"].join("\n");
  expect(lineHunks(`${before}\n`, `${after}\n`)).toEqual({
    hunks: [
      { oldStart: 2, oldCount: 1, newStart: 2, newCount: 1 },
      { oldStart: 5, oldCount: 0, newStart: 6, newCount: 2 },
      { oldStart: 9, oldCount: 1, newStart: 10, newCount: 0 },
    ],
  });
});

test("where git could not diff the file, the section says so, and lists nothing", () => {
  expect(openApiSection({ failed: "spawnSync git ENOENT" })).toEqual([
    "### Where `generated/openapi.json` changes",
    "",
    "Its places are not listed: git could not diff the file here (spawnSync git ENOENT).",
    "",
  ]);
});

test("the section: a place by its line, lines removed alone before the line that follows them, a path's old place", () => {
  const lines = openApiSection([
    { line: 13, added: 0, removed: 4, pointer: "/servers", owner: null },
    {
      line: 27,
      added: 11,
      removed: 1,
      pointer: "/paths/~1v2~1check",
      owner: "check",
      was: { pointer: "/paths/~1check", owner: "check" },
    },
  ]);
  expect(lines.filter((l) => l.startsWith("- "))).toEqual([
    "- before line 13 (+0 −4): `/servers`",
    "- line 27 (+11 −1): **check** `/paths/~1v2~1check`, was `/paths/~1check`",
  ]);
});
