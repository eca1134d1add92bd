// `npm run sync -- --check`: every operation that cites a page against that
// page, and every page that no operation cites. Each difference is one
// diagnostic at the spec's place with the page's place beside it; a difference
// recorded in source.deviations is information, a deviation that no longer
// differs is an error.

import { diagnostic, hasErrors, sortDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { SpecInput } from "../read/spec-files.js";
import type { OperationModel, SpecModel } from "../model/ir.js";
import { normalizeSpec } from "../model/normalize-spec.js";
import type { RawOperation } from "../rules/raw-spec.js";
import type { Located } from "../validate/located.js";
import { validateSpec, type ValidSpec } from "../validate/validate-spec.js";
import { comparePage } from "./compare-page.js";
import type { PageDifference } from "./page-difference.js";
import type { SipsPage } from "../read/page/page-model.js";
import { readDocuments } from "../read/read-documents.js";
import { locate } from "./spec-places.js";

/** One operation with its page and what differs. */
export interface SyncSubject {
  readonly op: OperationModel;
  readonly located: Located<RawOperation>;
  readonly page: SipsPage;
  /** Differences not kept on purpose: what sync changes. */
  readonly differences: readonly PageDifference[];
}

export type SyncCheck =
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] }
  | {
      readonly ok: true;
      readonly spec: ValidSpec;
      readonly model: SpecModel;
      readonly subjects: readonly SyncSubject[];
      /** Operation pages no operation cites, read, by relPath (response pages are not among them). */
      readonly uncited: ReadonlyMap<string, SipsPage>;
      /** Sorted: differences, deviations, page defects, uncited pages. */
      readonly diagnostics: readonly Diagnostic[];
      /** True when the page defects allow no edit at all. */
      readonly pageErrors: boolean;
    };

export async function checkSync(input: SpecInput): Promise<SyncCheck> {
  const read = await readDocuments(input);
  const { spec, diagnostics: specProblems } = await validateSpec(read);
  const { pages } = read;
  if (!spec || hasErrors(specProblems)) return { ok: false, diagnostics: specProblems };
  const model = normalizeSpec(spec, pages);
  const out: Diagnostic[] = [];
  const subjects: SyncSubject[] = [];
  let pageErrors = false;
  for (const located of spec.operations) {
    const pagePath = located.raw.source?.page;
    const op = model.operations.find((o) => o.name === located.raw.operation);
    const reading = pagePath === undefined ? undefined : pages.get(pagePath);
    if (!op || !reading) continue;
    out.push(...reading.diagnostics);
    pageErrors ||= hasErrors(reading.diagnostics);
    const kept = new Map((located.raw.source?.deviations ?? []).map((d) => [d.about, d]));
    const all = comparePage(op, reading.page, new Set(kept.keys()));
    const differences: PageDifference[] = [];
    for (const difference of all) {
      const deviation = kept.get(difference.about);
      const at = locate(difference.place, located, spec);
      const related = [{ ...difference.pageAt, message: "the page" }];
      if (deviation)
        out.push(diagnostic("page-deviation", at, { about: difference.about, reason: deviation.reason }, related));
      else {
        out.push(
          diagnostic(
            "page-mismatch",
            at,
            { about: difference.about, spec: difference.spec, page: difference.page },
            related,
          ),
        );
        differences.push(difference);
      }
    }
    const differing = new Set(all.map((d) => d.about));
    (located.raw.source?.deviations ?? []).forEach((deviation, index) => {
      if (differing.has(deviation.about)) return;
      out.push(
        diagnostic("page-deviation-unused", located.map.value(["source", "deviations", index, "about"]), {
          about: deviation.about,
        }),
      );
    });
    subjects.push({ op, located, page: reading.page, differences });
  }
  const cited = new Set(spec.operations.flatMap((o) => o.raw.source?.page ?? []));
  const uncited = new Map<string, SipsPage>();
  for (const [relPath, reading] of pages) {
    if (cited.has(relPath)) continue;
    out.push(...reading.diagnostics);
    pageErrors ||= hasErrors(reading.diagnostics);
    const top = { file: reading.page.file, line: 1, column: 1 };
    // A response page (the Paypage's) is read and checked; it is no operation to make.
    if (reading.page.kind === "response") {
      out.push(diagnostic("page-not-an-operation", top, { page: relPath }));
      continue;
    }
    uncited.set(relPath, reading.page);
    out.push(diagnostic("page-uncited", top, { page: relPath }));
  }
  return {
    ok: true,
    spec,
    model,
    subjects,
    uncited,
    diagnostics: sortDiagnostics([...specProblems, ...out]),
    pageErrors,
  };
}
