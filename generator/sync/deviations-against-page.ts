// An operation's source.deviations against its page: one whose fact no
// longer differs is an error (the reason was written for a difference gone),
// one that still differs is information, with the page's side it keeps
// (what its page: records, and an error where a release moved it).

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { OperationModel } from "../model/operation-model.js";
import type { SipsPage } from "../read/page/page-model.js";
import type { RawOperation } from "../rules/raw-spec.js";
import type { Located } from "../validate/located.js";
import { keptDeviation, type KeptDeviation } from "./deviation-records.js";
import { keptFactOnPage } from "./kept-facts.js";

/**
 * `differing`: what the operation's differences, its planned values and descriptions and its callback's are about;
 * `callbackWaits`: the callback's page is another's, whose deviations wait until the names agree, as its
 * differences do.
 */
export function deviationsAgainstPage(
  located: Located<RawOperation>,
  op: OperationModel,
  pages: { readonly page: SipsPage; readonly callback: SipsPage | null },
  differing: ReadonlySet<string>,
  callbackWaits: boolean,
): { diagnostics: Diagnostic[]; kept: KeptDeviation[] } {
  const diagnostics: Diagnostic[] = [];
  const kept: KeptDeviation[] = [];
  (located.raw.source?.deviations ?? []).forEach((deviation, index) => {
    if (callbackWaits && deviation.about.startsWith("callback.")) return;
    const where = located.map.value(["source", "deviations", index, "about"]);
    if (differing.has(deviation.about)) return;
    const onPage = keptFactOnPage(deviation.about, op, pages.page, pages.callback);
    if (onPage === null) {
      diagnostics.push(diagnostic("page-deviation-unused", where, { about: deviation.about }));
      return;
    }
    diagnostics.push(diagnostic("page-deviation", where, { about: deviation.about, reason: deviation.reason }));
    const record = keptDeviation(located, deviation.about, onPage);
    if (record) kept.push(record.kept);
    if (record?.moved) diagnostics.push(record.moved);
  });
  return { diagnostics, kept };
}
