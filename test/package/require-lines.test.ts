// A CommonJS `require` of the package works only on the Node releases that load
// an ES module for `require` without a flag; `engines` admits earlier releases of
// some lines (22.11), which run the package as ESM but throw ERR_REQUIRE_ESM on a
// `require`. The users' guide and the README must name, for each line `engines`
// admits below that release, the release from which `require` works.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { repoRoot } from "../support/paths.js";

/** Node's own facts: the first release of each line whose `require` loads ES modules without a flag. */
const REQUIRE_ESM_UNFLAGGED: Readonly<Record<number, readonly [number, number]>> = {
  20: [20, 19],
  22: [22, 12],
  23: [23, 0],
};

const engines = (JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { engines: { node: string } })
  .engines.node;
/** The lowest release each range of `engines` admits, as [major, minor]. */
const floors = engines.split("||").map((range) => {
  const match = /^\s*(?:\^|>=)(\d+)\.(\d+)\.\d+\s*$/.exec(range);
  if (!match) throw new Error(`a range of engines this test does not read: ${range}`);
  return [Number(match[1]), Number(match[2])] as const;
});

test("engines has a floor below require's for some line, which the documents then name", () => {
  // Held here so that the test below cannot pass by finding no such line.
  expect(
    floors.some(([major, minor]) => {
      const unflagged = REQUIRE_ESM_UNFLAGGED[major];
      return unflagged !== undefined && minor < unflagged[1];
    }),
  ).toBe(true);
});

test.each(["docs/package-readme.md", "README.md"])("%s names each line's first release where require works", (file) => {
  const text = readFileSync(path.join(repoRoot, file), "utf8");
  const commonJs = text
    .split("\n\n")
    .find((paragraph) => paragraph.includes("CommonJS") && paragraph.includes("require"));
  expect(commonJs, "a paragraph about CommonJS").toBeDefined();
  for (const [major, minor] of floors) {
    const unflagged = REQUIRE_ESM_UNFLAGGED[major];
    if (unflagged === undefined || minor >= unflagged[1]) continue;
    expect(commonJs, `${file}: require from ${unflagged.join(".")}`).toContain(`${unflagged[0]}.${unflagged[1]}`);
  }
});
