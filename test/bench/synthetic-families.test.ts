// The bench's synthetic spec (bench/make-synthetic-spec.ts) gives each copy of
// an operation with a POST address a family of its own: none may be a slip of
// another (generate's family-slip rule), or generate warns of each, reading
// its file again, and the edit among many operations times that instead.
import { readdir, readFile, rm } from "node:fs/promises";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { makeSyntheticSpec } from "../../bench/make-synthetic-spec.js";
import { isFamilySlip } from "../../generator/rules/family-slip.js";

test("in a synthetic spec of hundreds of operations, each copy with a POST address has a family of its own, none a slip of another", async () => {
  const target = await mkdtemp(path.join(tmpdir(), "sips-synthetic-"));
  try {
    // Copies enough that, named 28 and 208 or 0028 and 0208, two copies of one operation were a slip apart.
    await makeSyntheticSpec(240, target);
    const files = (await readdir(path.join(target, "operations"), { recursive: true })).map(String);
    const families = new Set<string>();
    const posted: string[] = [];
    for (const file of files.filter((f) => f.endsWith(".yaml"))) {
      const text = await readFile(path.join(target, "operations", file), "utf8");
      const family = /^family: (.+)$/m.exec(text)?.[1];
      if (family === undefined) continue;
      families.add(family);
      if (/^ {4}post: /m.test(text)) posted.push(family);
    }
    // Each copy with a POST address a family of its own (its form builder is named after it); the others share.
    expect(posted.length).toBeGreaterThan(10);
    expect(new Set(posted).size).toBe(posted.length);
    const names = [...families];
    const slips = names.flatMap((a) => names.filter((b) => isFamilySlip(a, b)).map((b) => `${a} ~ ${b}`));
    expect(slips).toEqual([]);
  } finally {
    await rm(target, { recursive: true, force: true });
  }
});
