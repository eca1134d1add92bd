// The spec model of a spec input, through the generator's own read, validate
// and model stages; diagnostics when the spec is not valid.

import { hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { SpecModel } from "../model/ir.js";
import { normalizeSpec } from "../model/normalize-spec.js";
import { readDocuments } from "../read/read-documents.js";
import type { SpecInput } from "../read/spec-files.js";
import { validateSpec } from "../validate/validate-spec.js";

export async function specModel(
  input: SpecInput,
): Promise<{ model: SpecModel } | { diagnostics: readonly Diagnostic[] }> {
  const read = await readDocuments(input);
  const { spec, diagnostics } = await validateSpec(read);
  if (!spec || hasErrors(diagnostics)) return { diagnostics };
  return { model: normalizeSpec(spec, read.pages) };
}
