// Diagnostics on a large input: 150,000 unknown keys in one mapping each get
// their diagnostic, at their own line, without overflowing the stack. Each key
// is looked up in constant time (bench/many-unknown-keys.ts measures 400,000);
// this test holds the result, not the time.
import { appendFile, cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { formatDiagnostic, generate } from "../../generator/index.js";
import { fixturesDir } from "../support/paths.js";

test("150,000 unknown keys: one located diagnostic each", async () => {
  const count = 150_000;
  const root = await mkdtemp(path.join(tmpdir(), "sips-large-"));
  try {
    const spec = path.join(root, "spec");
    await cp(path.join(fixturesDir, "invalid", "_base"), spec, { recursive: true });
    const file = path.join(spec, "operations/demo/pingInitialize.yaml");
    const firstLine = (await readFile(file, "utf8")).split("\n").length;
    await appendFile(file, Array.from({ length: count }, (_, i) => `unknownKey${i}: x\n`).join(""));
    const result = await generate({ specDir: spec, cwd: root });
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toHaveLength(count);
    const first = result.diagnostics[0];
    const last = result.diagnostics.at(-1);
    expect(first && formatDiagnostic(first)).toMatch(
      /^spec\/operations\/demo\/pingInitialize\.yaml:\d+:1 error unknown-key unknown key "unknownKey0" in the top level/,
    );
    expect(first?.line).toBe(firstLine);
    expect(last).toMatchObject({ line: firstLine + count - 1, column: 1, code: "unknown-key" });
    expect(last?.message).toContain(`"unknownKey${count - 1}"`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
