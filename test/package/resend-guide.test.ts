// The users' guide says which calls may be sent again after a failure: those
// that only read, and those that change something. Each Office operation of the
// spec is named in one or the other, so that a new one (refund) is not left
// for a reader to guess.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { repoRoot } from "../support/paths.js";

const officeDir = path.join(repoRoot, "spec", "operations", "office");
const office = readdirSync(officeDir)
  .filter((name) => name.endsWith(".yaml"))
  .map((name) => parse(readFileSync(path.join(officeDir, name), "utf8")) as { operation: string; family: string })
  .filter((op) => op.family === "Office")
  .map((op) => op.operation);

test("the guide's paragraph on sending a call again names every Office operation", () => {
  const guide = readFileSync(path.join(repoRoot, "docs", "package-readme.md"), "utf8");
  const start = guide.indexOf("A request that only reads");
  expect(start).toBeGreaterThan(0);
  const paragraph = guide.slice(start, guide.indexOf("\n\n", start)).replace(/\s+/g, " ");
  expect(office.length).toBeGreaterThan(1);
  for (const name of office) expect(paragraph, name).toMatch(new RegExp(`\\b${name}\\b`));
});
