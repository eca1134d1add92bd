// Where an operation cites a saved page that does not exist, the saved pages
// it most likely is: those no operation cites whose title is the operation's
// name (for a callback's page, a response page whose title names the
// operation's family). A release saved under a name of its own
// (x-25.page.txt in place of x.page.txt) is then named at its title
// beside the missing one, rather than left unmentioned. Worked out only for a
// page found missing: a spec whose pages are all there pays nothing.

import type { SourceLocation } from "../diagnostics/diagnostic.js";
import type { PageReading } from "../read/page/read-page.js";
import { compareText } from "../rules/code-point-order.js";
import type { RawOperation } from "../rules/raw-spec.js";
import { titleFamilies } from "../rules/title-families.js";

/** A saved page that looks like a missing one: its path and its title's place. */
export interface PageLookalike {
  readonly relPath: string;
  readonly at: SourceLocation;
  /** What its title says it is: an operation's page, or a family's response page. */
  readonly of: string;
}

/** Of an operation (its raw data) whose page, or callback's page (`callback`), is missing: the look-alikes, by path. */
export type FindLookalikes = (operation: RawOperation, callback: boolean) => readonly PageLookalike[];

/** The finder over `pages`, the pages no operation of `operations` cites being read once, at the first question. */
export function pageLookalikes(
  operations: readonly RawOperation[],
  pages: ReadonlyMap<string, PageReading>,
): FindLookalikes {
  let uncited: [string, PageReading][] | undefined;
  const families = new Set(operations.flatMap((o) => o.family ?? []));
  return (operation, callback) => {
    if (uncited === undefined) {
      const cited = new Set(operations.flatMap((o) => [o.source?.page ?? [], o.callback?.source?.page ?? []].flat()));
      uncited = [...pages].filter(([relPath]) => !cited.has(relPath)).sort(([a], [b]) => compareText(a, b));
    }
    const found: PageLookalike[] = [];
    for (const [relPath, { page }] of uncited) {
      if (!callback && page.kind === "operation" && page.name?.value === operation.operation)
        found.push({ relPath, at: page.name.at, of: `${operation.operation}'s page` });
      const family = operation.family;
      if (callback && family !== undefined && page.kind === "response" && page.title)
        if (titleFamilies(page.title.value, families).includes(family))
          found.push({ relPath, at: page.title.at, of: `${family}'s response page` });
    }
    return found;
  };
}
