// node --import tsx bench/many-unknown-keys.ts [count]: how long the diagnostics of a
// spec with `count` unknown keys (400,000 by default) take. Each key is looked
// up once in its mapping, so the time grows with the input, not its square.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "../generator/index.js";

const count = Number(process.argv[2] ?? 400_000);
const root = mkdtempSync(path.join(tmpdir(), "sips-many-keys-"));
try {
  const spec = path.join(root, "spec");
  cpSync(fileURLToPath(new URL("../test/fixtures/invalid/_base", import.meta.url)), spec, { recursive: true });
  const file = path.join(spec, "operations/demo/pingInitialize.yaml");
  writeFileSync(
    file,
    readFileSync(file, "utf8") + Array.from({ length: count }, (_, i) => `unknownKey${i}: x\n`).join(""),
  );
  const started = performance.now();
  const result = await generate({ specDir: spec, cwd: root });
  const seconds = (performance.now() - started) / 1000;
  console.log(`${count} unknown keys: ${result.diagnostics.length} diagnostics in ${seconds.toFixed(1)} s`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
