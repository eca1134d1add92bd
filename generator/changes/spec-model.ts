// The spec model of a spec input, through the generator's own load, validate
// and normalize stages; diagnostics when the spec is not valid.

import { hasErrors, sortDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { SpecInput } from "../read/spec-files.js";
import type { SpecModel } from "../model/ir.js";
import { normalizeSpec } from "../model/normalize-spec.js";
import { pageOrders, readPages } from "../read/page/page-files.js";
import { validateSpec } from "../validate/validate-spec.js";

export function specModel(input: SpecInput): { model: SpecModel } | { diagnostics: readonly Diagnostic[] } {
  const { spec, diagnostics } = validateSpec(input);
  if (!spec || hasErrors(diagnostics)) return { diagnostics: sortDiagnostics(diagnostics) };
  return { model: normalizeSpec(spec, pageOrders(readPages(input))) };
}
