import { fileURLToPath } from "node:url";
import path from "node:path";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const specDir = path.join(repoRoot, "spec");
export const generatedDir = path.join(repoRoot, "generated");
export const fixturesDir = path.join(repoRoot, "test", "fixtures");
/** What package.json's scripts start: a command of generator/ (or a test's child) run from its bundle. */
export const launcher = path.join(repoRoot, "scripts", "run-bundled.cjs");
