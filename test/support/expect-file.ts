import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";

/**
 * Compares `actual` with a committed expected file. With UPDATE_EXPECTED=1 the
 * file is written first: review its diff before committing. A missing file
 * fails, so that a new case cannot pass unseen.
 */
export function expectMatchesFile(actual: string, file: string): void {
  if (process.env["UPDATE_EXPECTED"]) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  expect(existsSync(file), `${file} is missing (UPDATE_EXPECTED=1 writes it)`).toBe(true);
  expect(actual).toBe(readFileSync(file, "utf8"));
}
