// Loading the JSON Schema validators (spec-schemas.ts) costs more than
// checking a file: a text that passed its schema before is not checked again,
// and then they are never loaded.

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { generatorFingerprint } from "../memo/fingerprint.js";
import { memoKey, type Memo } from "../memo/memo.js";
import type { ParsedFile } from "../read/parse-spec-file.js";
import type { SpecFileKind } from "../read/spec-files.js";
import { textKey } from "../read/text-key.js";
import { checkSchema } from "./check-schema.js";

/** checkSchema, remembered: the data, and so the outcome, is a function of the file's kind and text. */
export async function checkSchemaOnce(
  parsed: ParsedFile,
  kind: Exclude<SpecFileKind, "unexpected">,
  memo: Memo | null,
): Promise<Diagnostic[]> {
  if (!memo) return checkSchema(parsed, kind);
  const key = memoKey("schema", generatorFingerprint(), kind, textKey(parsed.file));
  if ((await memo.get(key)) === PASSED) return [];
  const problems = checkSchema(parsed, kind);
  if (problems.length === 0) await memo.set(key, PASSED);
  return problems;
}

const PASSED = "passed";
