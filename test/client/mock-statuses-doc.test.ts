// Every HTTP status the mock server answers with, read from the runtime's
// replies, is named where a user reads what the mock does: the users' guide's
// section on it and the doc comment of startMockServer.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { generatedDir, repoRoot } from "../support/paths.js";

const runtimeDir = path.join(repoRoot, "runtime");
/** The statuses the mock's modules send, other than 200. */
const statuses = [
  ...new Set(
    readdirSync(runtimeDir)
      .filter((name) => name.startsWith("mock-"))
      .flatMap((name) => [
        // A JSON answer, or the mock Paypage's page for a post it cannot take.
        ...readFileSync(path.join(runtimeDir, name), "utf8").matchAll(
          /\b(?:sendJson\(res, |errorPage\()([1-5]\d\d)\b/g,
        ),
      ])
      .map((match) => match[1] ?? "")
      .filter((status) => status !== "200"),
  ),
].sort();

test("the mock's modules answer with statuses of their own", () => {
  expect(statuses).toContain("404");
  expect(statuses.length).toBeGreaterThan(2);
});

test("the users' guide's section on the mock names every status it answers with", () => {
  const guide = readFileSync(path.join(repoRoot, "docs", "package-readme.md"), "utf8");
  const section = guide.slice(
    guide.indexOf("## The mock server"),
    guide.indexOf("\n## ", guide.indexOf("## The mock server") + 1),
  );
  expect(statuses.filter((status) => !new RegExp(`\\b${status}\\b`).test(section))).toEqual([]);
});

test("startMockServer's doc comment names every status it answers with", () => {
  const mock = readFileSync(path.join(generatedDir, "mock.ts"), "utf8");
  const doc = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export function startMockServer\b/.exec(mock)?.[1] ?? "";
  expect(doc).not.toBe("");
  expect(statuses.filter((status) => !new RegExp(`\\b${status}\\b`).test(doc))).toEqual([]);
});
