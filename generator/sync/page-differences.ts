// An operation against a page, as `sync --check` reports it: each difference
// a diagnostic at the spec's place with the page's place beside it, one that
// source.deviations records as information, the rest kept for sync to settle.

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { OperationModel } from "../model/operation-model.js";
import type { SipsPage } from "../read/page/page-model.js";
import type { RawOperation } from "../rules/raw-spec.js";
import type { Located } from "../validate/located.js";
import type { ValidSpec } from "../validate/validate-spec.js";
import { comparePage } from "./compare-page.js";
import type { PageDifference } from "./page-difference.js";
import { locate } from "./spec-places.js";

export function pageDifferences(
  op: OperationModel,
  located: Located<RawOperation>,
  page: SipsPage,
  spec: ValidSpec,
): { all: PageDifference[]; differences: PageDifference[]; diagnostics: Diagnostic[] } {
  const deviations = new Map((located.raw.source?.deviations ?? []).map((d) => [d.about, d]));
  const all = comparePage(op, page, new Set(deviations.keys()));
  const differences: PageDifference[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const difference of all) {
    const deviation = deviations.get(difference.about);
    const at = locate(difference.place, located, spec);
    const related = [{ ...difference.pageAt, message: "the page" }];
    if (deviation)
      diagnostics.push(
        diagnostic("page-deviation", at, { about: difference.about, reason: deviation.reason }, related),
      );
    else {
      const texts = { about: difference.about, spec: difference.spec, page: difference.page };
      diagnostics.push(diagnostic("page-mismatch", at, texts, related));
      differences.push(difference);
    }
  }
  return { all, differences, diagnostics };
}
