// The output's paths as the write stage makes them: what path.join makes of
// the folder and a path that a scan found in it, without its normalizing.
import path from "node:path";
import { expect, test } from "vitest";
import { pathsIn } from "../../generator/write/scan-folder.js";

const roots = ["/work/out", "/work/out/", "/", "/a b/ünï", path.resolve("generated")];
const rels = ["", "index.ts", "operations/getWalletData/types.ts", "docs/a b.md", ".manifest.json", "x/.y/z"];

test.each(roots)("in %s, as path.join makes them", (root) => {
  const pathOf = pathsIn(root);
  for (const rel of rels) expect(pathOf(rel)).toBe(path.join(root, rel));
});
