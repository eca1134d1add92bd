// shownPath (shown-path.ts): a path as the commands print it, from the folder
// typed in where that is as short as the absolute path, else the absolute one.
import path from "node:path";
import { expect, test } from "vitest";
import { shownPath } from "../../generator/read/shown-path.js";

test.each([
  ["a folder under the one typed in", "/home/me/shop", "/home/me/shop/spec", "spec"],
  ["the folder typed in itself", "/home/me/shop", "/home/me/shop", "."],
  ["a sibling, shorter climbed out to", "/home/me/shop", "/home/me/spec", "../spec"],
  ["a folder far off, shorter absolute", "/home/me/shop/a/b", "/tmp/x", "/tmp/x"],
  // "../s" and "/h/s" both have 4 characters: as short, so from the folder typed in.
  ["a folder as far either way, relative", "/h/m", "/h/s", "../s"],
  ["the root, above the folder typed in", "/h", "/", "/"],
])("%s", (_what, cwd, target, shown) => {
  expect(shownPath(cwd, target)).toBe(shown);
  expect(shown.length).toBeLessThanOrEqual(Math.max(1, path.relative(cwd, target).length));
});
