// The users' guide's table of the client's errors has a row for each kind the
// runtime's ClientError has, and for no other, and gives the default reply
// limit the client reads with. The kinds are read from runtime/client-error.ts,
// so that a new kind fails here until the guide says what it means.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { DEFAULT_MAX_REPLY_BYTES } from "../../generated/runtime/client-reply-body.js";
import { repoRoot } from "../support/paths.js";

const read = (file: string) => readFileSync(path.join(repoRoot, file), "utf8");

test("the guide's table of error kinds has a row for each kind of ClientError", () => {
  const source = read("runtime/client-error.ts");
  const start = source.indexOf("export type ClientError =");
  const end = source.indexOf("\nexport ", start + 1);
  const union = source.slice(start, end < 0 ? undefined : end);
  const kinds = new Set([...union.matchAll(/kind: "([a-z-]+)"/g)].map((m) => m[1]));
  expect(kinds.size).toBeGreaterThan(0);
  const guide = read("docs/package-readme.md");
  const from = guide.indexOf("| kind | what | `sent` |");
  expect(from).toBeGreaterThanOrEqual(0);
  const table = guide.slice(from, guide.indexOf("\n\n", from));
  const rows = [...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
  expect(new Set(rows)).toEqual(kinds);
});

test("the guide gives the client's default reply limit", () => {
  expect(DEFAULT_MAX_REPLY_BYTES % 2 ** 20).toBe(0);
  const guide = read("docs/package-readme.md").replace(/\s+/g, " ");
  const phrase = `(default ${DEFAULT_MAX_REPLY_BYTES / 2 ** 20} MiB;`;
  expect(guide.includes(phrase), phrase).toBe(true);
});
