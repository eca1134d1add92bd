// The spec model of a spec input, through the generator's own read, validate
// and model stages; diagnostics when the spec is not valid, or a page it cites
// reads with an error (its changelog's rows would be ordered as it misreads them):
// both together, where the spec has errors. A comparison's base may be read
// with the format's defaults for keys it was written before (assumed-defaults.ts).

import { hasErrors, sortDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import { citedPageDefects, citedPageDefectsOf, citingPlaces } from "../model/cited-page-defects.js";
import type { SpecModel } from "../model/ir.js";
import type { PageReading } from "../read/page/read-page.js";
import { normalizeSpec } from "../model/normalize-spec.js";
import { readDocuments } from "../read/read-documents.js";
import type { SpecInput } from "../read/spec-files.js";
import type { ReadSpec } from "../sync/read-spec.js";
import { validateSpec } from "../validate/validate-spec.js";
import { withAssumedDefaults, type AssumedKey } from "./assumed-defaults.js";

/** What {@link specModel} gives: the model, or the diagnostics that stopped it. */
export type SpecModelResult =
  | { model: SpecModel; assumed: readonly AssumedKey[]; pages: ReadonlyMap<string, PageReading> }
  | { diagnostics: readonly Diagnostic[] };

/**
 * `assumeDefaults`: a required key that has a default in the format's schema and that a file lacks is read as
 * that default, and named in `assumed`; without it (the working spec), such a file has its missing-key error.
 */
export async function specModel(input: SpecInput, assumeDefaults = false): Promise<SpecModelResult> {
  const given = await readDocuments(input);
  const { read, assumed } = assumeDefaults ? withAssumedDefaults(given) : { read: given, assumed: [] };
  return modelOfReadSpec({ read, validated: await validateSpec(read) }, assumed);
}

/** The model of a spec already read and validated (sync's check may share the read: sync/read-spec.ts). */
export function modelOfReadSpec({ read, validated }: ReadSpec, assumed: readonly AssumedKey[] = []): SpecModelResult {
  const { spec, diagnostics } = validated;
  if (!spec || hasErrors(diagnostics))
    return { diagnostics: sortDiagnostics([...citedPageDefectsOf(read.documents, read.pages), ...diagnostics]) };
  const model = normalizeSpec(spec, read.pages);
  const pageErrors = citedPageDefects(model, read.pages, citingPlaces(spec.operations));
  return pageErrors.length > 0
    ? { diagnostics: sortDiagnostics([...pageErrors, ...diagnostics]) }
    : { model, assumed, pages: read.pages };
}
