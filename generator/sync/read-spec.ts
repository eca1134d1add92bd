// The read and validate stages of a spec input, as sync's check begins with
// them: a command that compares the spec as well as checking it against its
// pages (changes) reads the spec's files once and gives both the same read.

import { readDocuments, type SpecDocuments } from "../read/read-documents.js";
import type { SpecInput } from "../read/spec-files.js";
import { validateSpec, type ValidationOutcome } from "../validate/validate-spec.js";

/** A spec input read and validated. */
export interface ReadSpec {
  readonly read: SpecDocuments;
  readonly validated: ValidationOutcome;
}

/** `input` read and validated, without a memo, as sync's check reads it. */
export async function readSpec(input: SpecInput): Promise<ReadSpec> {
  const read = await readDocuments(input);
  return { read, validated: await validateSpec(read) };
}
