// The pages sync's plans of values and descriptions are decided over: each
// cited page but one refused, each page to attach, each page that becomes a new
// operation, and each callback's response page (its values planned with the
// operations'), every one with the facts its operation keeps on purpose.

import type { SipsPage } from "../read/page/page-model.js";
import type { PageReading } from "../read/page/read-page.js";
import type { RawOperation } from "../rules/raw-spec.js";
import type { Located } from "../validate/located.js";
import type { PagePlacement } from "./page-placement.js";
import type { PlanPage } from "./value-plan.js";

/** An operation's page that sync compares, the operation's own and not refused. */
interface CitedPage {
  readonly located: Located<RawOperation>;
  readonly page: SipsPage;
  readonly relPath: string;
}

/** The deviations an operation records: what the plans leave as it is. */
const kept = (located: Located<RawOperation>): Set<string> =>
  new Set((located.raw.source?.deviations ?? []).map((d) => d.about));

/** `refused`: the operations whose callback's page is another's or cut short, which plan nothing from it. */
export function pagesPlanned(
  operations: readonly Located<RawOperation>[],
  pages: ReadonlyMap<string, PageReading>,
  cited: readonly CitedPage[],
  placement: PagePlacement,
  refused: ReadonlySet<string>,
): PlanPage[] {
  return [
    ...cited.map((c) => ({
      relPath: c.relPath,
      page: c.page,
      operation: c.located.raw.operation,
      kept: kept(c.located),
    })),
    ...[...placement.attach].map(([relPath, a]) => ({
      relPath,
      page: a.page,
      operation: a.operation.raw.operation,
      kept: kept(a.operation),
    })),
    ...[...placement.uncited].flatMap(([relPath, page]) =>
      page.name ? [{ relPath, page, operation: page.name.value, kept: new Set<string>() }] : [],
    ),
    // A callback's values are planned with the operations', from the page it cites.
    ...operations.flatMap((located) => {
      const relPath = located.raw.callback?.source?.page;
      const reading = relPath === undefined ? undefined : pages.get(relPath);
      return relPath !== undefined && reading && !refused.has(located.raw.operation)
        ? [{ relPath, page: reading.page, operation: located.raw.operation, kept: kept(located), callback: true }]
        : [];
    }),
  ];
}
