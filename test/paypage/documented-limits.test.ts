// The limits the users' guide and docs/paypage.md give a number for are the
// runtime's: the Paypage post's length and fields, the mock Paypage's wait for
// the automatic response and its open sessions, the mock's largest body.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { MAX_OPEN_SESSIONS } from "../../generated/runtime/mock-paypage.js";
import { MAX_FORM_FIELDS, PAYPAGE_POST_MAX_LENGTH } from "../../generated/runtime/paypage-form-fields.js";
import { repoRoot } from "../support/paths.js";

const read = (file: string) => readFileSync(path.join(repoRoot, file), "utf8");
/** A number the runtime writes in a module's text (a constant it does not export, a default). */
function written(file: string, pattern: RegExp): number {
  const text = pattern.exec(read(path.join("runtime", file)))?.[1] ?? "";
  // 1 << 20 or 10_000.
  const [base = "", shift] = text.split("<<").map((part) => part.trim().replaceAll("_", ""));
  return shift === undefined ? Number(base) : Number(base) * 2 ** Number(shift);
}
/** A number as the documents write it: 65,536. */
const inWords = (value: number) => value.toLocaleString("en-US");
/** Prose as one line, as a sentence may break anywhere. */
const prose = (file: string) => read(file).replace(/\s+/g, " ");

test("docs/paypage.md gives the post's largest length and field count the reader reads with", () => {
  const maxEntries = MAX_FORM_FIELDS;
  expect(maxEntries).toBeGreaterThan(0);
  const doc = prose("docs/paypage.md");
  expect(doc).toContain(`\`PAYPAGE_POST_MAX_LENGTH\` (${inWords(PAYPAGE_POST_MAX_LENGTH)})`);
  expect(doc).toContain(`at most ${inWords(maxEntries)} fields`);
});

test("the users' guide gives the mock Paypage's wait and open sessions, and the mock's largest body", () => {
  const waitMs = written("mock-paypage.ts", /automaticResponseTimeoutMs \?\? ([\d_]+)/);
  const maxBody = written("mock-http.ts", /const MAX_BODY_BYTES = ([\d_ <]+);/);
  expect(waitMs).toBeGreaterThan(0);
  const guide = prose("docs/package-readme.md");
  expect(guide).toContain(`\`paypage.automaticResponseTimeoutMs\` (${inWords(waitMs)} ms by default)`);
  expect(guide).toContain(`at most ${inWords(MAX_OPEN_SESSIONS)} wait for their redirection`);
  expect(guide).toContain(`413 for a body longer than ${maxBody / 2 ** 20} MiB`);
});
