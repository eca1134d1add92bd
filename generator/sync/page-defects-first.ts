// What sync --check prints first among the diagnostics of its severity: the
// pages' own defects, which may explain the differences found beside them.

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { PageReading } from "../read/page/read-page.js";

/**
 * The pages' own defects (a line not understood, a presence misspelled), as
 * reading them found them: printed before the differences and the rest of
 * their severity, as a maintainer reads first what may explain a page's
 * differences, which sort by the spec's places and so came before them. With
 * them, by the page's lines as generate and changes print them, the refusals
 * of a page saved over another's: each at the page's title, before the
 * page's reading errors, which are the other page's and go with it.
 */
export const pageDefects = (
  pages: ReadonlyMap<string, PageReading>,
  out: readonly Diagnostic[],
): ReadonlySet<Diagnostic> =>
  new Set([
    ...[...pages.values()].flatMap((p) => p.diagnostics),
    ...out.filter((d) => d.code === "page-other-operation"),
  ]);
