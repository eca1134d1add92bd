// pathsUnder (list-files.ts) joins a folder's paths as path.join does, its
// folder normalized once: the same string for every folder and relative path,
// plain (a listed file, a memo key's place) or not.
import path from "node:path";
import fc from "fast-check";
import { expect, test } from "vitest";
import { pathsUnder } from "../../generator/list-files.js";
import { drawOf } from "../support/property-runs.js";

const SEGMENTS = ["", ".", "..", "...", "..a", "a..", ".a", "a", "b", "_", "spec", "é", "a b"];
const pathOf = (segments: readonly string[], absolute: boolean) => `${absolute ? "/" : ""}${segments.join("/")}`;
const drawnPath = fc
  .tuple(fc.array(fc.constantFrom(...SEGMENTS), { maxLength: 5 }), fc.boolean())
  .map(([segments, absolute]) => pathOf(segments, absolute));

test.each([
  { dir: ".", rel: "operations/a.yaml" },
  { dir: "", rel: "a" },
  { dir: "/", rel: "a/b" },
  { dir: "spec/", rel: "a" },
  { dir: "spec/operations/..", rel: "sips.yaml" },
  { dir: "../spec", rel: "dictionary/fields.yaml" },
  { dir: "/a/./b//c/", rel: "ab/abcdef" },
  { dir: "spec", rel: "../outside" },
  { dir: "spec", rel: "a/./b" },
  { dir: "spec", rel: "a//b" },
  { dir: "spec", rel: "/a" },
  { dir: "spec", rel: "a/" },
  { dir: "spec", rel: "" },
  { dir: "spec", rel: "..a/b.." },
])("$dir with $rel: as path.join and path.posix.join", ({ dir, rel }) => {
  expect(pathsUnder(dir)(rel)).toBe(path.join(dir, rel));
  expect(pathsUnder(dir, path.posix)(rel)).toBe(path.posix.join(dir, rel));
});

test("any folder and relative path of plain and resolved segments: as path.join", () => {
  let plain = 0;
  let resolved = 0;
  fc.assert(
    fc.property(drawnPath, drawnPath, (dir, rel) => {
      if (/(^|\/)\.{0,2}(\/|$)/.test(rel)) resolved++;
      else plain++;
      expect(pathsUnder(dir)(rel)).toBe(path.join(dir, rel));
      expect(pathsUnder(dir, path.posix)(rel)).toBe(path.posix.join(dir, rel));
    }),
    drawOf(400, 20_000),
  );
  // Both ways of joining were drawn, many times each.
  expect(plain).toBeGreaterThan(50);
  expect(resolved).toBeGreaterThan(50);
});
