// The users' README (the tarball's) and the maintainer's declare every x-sips-*
// keyword the emitted schemas use: a strict JSON Schema validator must be told
// about each of them.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { SIPS_KEYWORDS } from "../interop/sips-keywords.js";
import { generatedDir, repoRoot } from "../support/paths.js";

const used = new Set<string>();
for (const file of [
  "openapi.json",
  ...readdirSync(path.join(generatedDir, "schemas")).map((name) => `schemas/${name}`),
]) {
  for (const match of readFileSync(path.join(generatedDir, file), "utf8").matchAll(/"(x-sips-[a-z-]+)"/g))
    used.add(match[1] ?? "");
}

test.each(["docs/package-readme.md", "README.md"])("%s names every x-sips-* keyword", (file) => {
  const text = readFileSync(path.join(repoRoot, file), "utf8");
  for (const keyword of new Set([...SIPS_KEYWORDS, ...used])) expect(text, keyword).toContain(`\`${keyword}\``);
});
