// The memo's limits that the README and the architecture give a number for are
// the memo's own: the size past which a run prunes it, how often, and how many
// writes it runs at once. A limit changed in the code fails here until the
// prose follows.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { IN_FLIGHT_AT_MOST } from "../../generator/memo/in-flight.js";
import { MEMO_MAX_BYTES, PRUNE_EVERY_MS } from "../../generator/memo/prune-memo.js";
import { repoRoot } from "../support/paths.js";

/** Prose as one line, as a sentence may break anywhere. */
const prose = (file: string) => readFileSync(path.join(repoRoot, file), "utf8").replace(/\s+/g, " ");
/** That a document holds a phrase, the phrase alone shown when it does not. */
const says = (text: string, phrase: string) => expect(text.includes(phrase), phrase).toBe(true);
const mebibytes = MEMO_MAX_BYTES / 2 ** 20;

test("the README gives the memo's size and how often a run prunes it", () => {
  expect(Number.isInteger(mebibytes)).toBe(true);
  expect(PRUNE_EVERY_MS).toBe(24 * 60 * 60 * 1000); // "once a day", which the README says in words
  says(prose("README.md"), `the memo is kept under ${mebibytes} MiB: at most once a day`);
});

test("the architecture gives the memo's size and the writes it runs at once", () => {
  const architecture = prose("docs/architecture.md");
  says(architecture, `pruned past ${mebibytes} MiB`);
  says(architecture, `at most ${IN_FLIGHT_AT_MOST} writes at once`);
});
