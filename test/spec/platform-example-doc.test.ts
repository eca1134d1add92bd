// docs/spec-format.md's section on the platform file shows spec/sips.yaml's
// seal rule and credentials as they are (but for the notes it leaves out):
// an algorithm added or an exclusion changed in the file fails here until the
// example shows it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { repoRoot, specDir } from "../support/paths.js";

const doc = readFileSync(path.join(repoRoot, "docs", "spec-format.md"), "utf8");
const section = doc.slice(doc.indexOf("## The platform file"), doc.indexOf("\n## ", doc.indexOf("## The platform file") + 1));
/** The YAML examples of the section, read as one mapping. */
const examples = Object.assign(
  {},
  ...[...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1] ?? "", { schema: "failsafe" }) as object),
) as Record<string, unknown>;
const platform = parse(readFileSync(path.join(specDir, "sips.yaml"), "utf8"), { schema: "failsafe" }) as Record<
  string,
  unknown
>;

/** A value without its `notes`, at any depth: the example leaves them out. */
function withoutNotes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNotes);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== "notes")
      .map(([key, item]) => [key, withoutNotes(item)]),
  );
}

test.each(["seal", "credentials"])("the platform file's %s is the example's", (key) => {
  expect(platform[key]).toBeDefined();
  expect(examples[key]).toEqual(withoutNotes(platform[key]));
});
