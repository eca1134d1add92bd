// What a deviation recorded of its page (`page:`) against what the page says
// now: the reason was written for the recorded value, so a later release that
// moves it again is said at the record, not kept silently.

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { RawOperation } from "../rules/raw-spec.js";
import type { Located } from "../validate/located.js";

/** A kept deviation (by its index in source.deviations) with the page's side now, as `page:` records it. */
export interface KeptDeviation {
  readonly index: number;
  readonly page: string;
}

/** The page's side as --check prints it, a quoted value without its quotes: what `page:` holds. */
export function recordedForm(printed: string): string {
  if (!printed.startsWith('"')) return printed;
  try {
    const value: unknown = JSON.parse(printed);
    return typeof value === "string" ? value : printed;
  } catch {
    return printed;
  }
}

/** The deviation about `about` that the operation keeps, with its page's side now; an error where its record moved. */
export function keptDeviation(
  located: Located<RawOperation>,
  about: string,
  printed: string,
  related: Diagnostic["related"] = [],
): { kept: KeptDeviation; moved: Diagnostic | null } | null {
  const index = (located.raw.source?.deviations ?? []).findIndex((d) => d.about === about);
  const recorded = located.raw.source?.deviations?.[index]?.page;
  if (index < 0) return null;
  const now = recordedForm(printed);
  const moved =
    recorded === undefined || recorded === now
      ? null
      : diagnostic(
          "page-deviation-moved",
          located.map.value(["source", "deviations", index, "page"]),
          {
            about,
            recorded,
            now,
          },
          related,
        );
  return { kept: { index, page: now }, moved };
}
