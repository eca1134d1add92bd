// Loading the JSON Schema validators (spec-schemas.ts) costs more than
// checking a file: a text that passed its schema before is not checked again,
// and then they are never loaded. Within a run, a file validate-with-memo.ts
// checks alone first and then with the whole spec is checked once.

import { collectWrite, writesEnded } from "../memo/collected-writes.js";
import { generatorFingerprint } from "../memo/fingerprint.js";
import type { Memo } from "../memo/memo.js";
import { memoKey } from "../memo/memo-key.js";
import type { ParsedFile } from "../read/parse-spec-file.js";
import type { SpecFileKind } from "../read/spec-files.js";
import { textKey } from "../read/text-key.js";
import { checkSchema, type SchemaCheck } from "./check-schema.js";

/** The schema checks of one run, by file. */
export type ChecksOfRun = Map<ParsedFile, SchemaCheck>;

/** checkSchema, remembered: the data, and so the outcome, is a function of the file's kind and text. */
export async function checkSchemaOnce(
  parsed: ParsedFile,
  kind: Exclude<SpecFileKind, "unexpected">,
  memo: Memo | null,
  run: ChecksOfRun,
): Promise<SchemaCheck> {
  const done = run.get(parsed);
  if (done) return done;
  const check = await checked(parsed, kind, memo, run);
  run.set(parsed, check);
  return check;
}

/**
 * The writes of a run's passes, waited for once (schemaPassesWritten), not each before the next file is checked:
 * a first run's thousand wait behind the other entries the memo is writing meanwhile.
 */
const passesWriting = new WeakMap<ChecksOfRun, Promise<unknown>[]>();

/** Settles once every pass remembered by checkSchemaOnce with `run` so far is written. */
export async function schemaPassesWritten(run: ChecksOfRun): Promise<void> {
  const writes = passesWriting.get(run) ?? [];
  passesWriting.delete(run);
  await writesEnded(writes);
}

async function checked(
  parsed: ParsedFile,
  kind: Exclude<SpecFileKind, "unexpected">,
  memo: Memo | null,
  run: ChecksOfRun,
): Promise<SchemaCheck> {
  if (!memo) return checkSchema(parsed, kind);
  const key = memoKey("schema", generatorFingerprint(), kind, textKey(parsed.file));
  // Only a pass is remembered, and a pass fails nowhere.
  if ((await memo.get(key)) === PASSED) return { problems: [], failed: [] };
  const check = checkSchema(parsed, kind);
  if (check.problems.length === 0) {
    const writes = passesWriting.get(run) ?? [];
    passesWriting.set(run, writes);
    collectWrite(writes, memo.set(key, PASSED));
  }
  return check;
}

const PASSED = "passed";
