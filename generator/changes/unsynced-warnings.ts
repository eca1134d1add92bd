// What the changes leave out of the working tree: they compare spec/ at a ref
// with spec/ as it stands, so a page release sync has not yet brought into
// spec/, or one saved beside its page under a copy's name, is in none of them.
// A reviewer who takes the list for the whole change is told so; the command
// still succeeds, as nothing it compared is wrong.

import type { ReadSpec } from "../sync/read-spec.js";
import { checkSync } from "../sync/sync-check.js";

export type ChangesWarning =
  /** sync's check finds problems: differences it would write, or pages it cannot settle; `first` is the first one's place. */
  | { readonly kind: "unsynced"; readonly problems: number; readonly first: string; readonly message: string }
  /** A file beside a saved page named as another save of it, which no command reads. */
  | { readonly kind: "page-copy"; readonly copy: string; readonly page: string; readonly message: string };

/**
 * The warnings of the working tree's spec, read and validated (`read`, the read the changes compared): the page
 * copies sync's check finds, then whether it finds the spec settled.
 */
export async function unsyncedWarnings(read: ReadSpec): Promise<ChangesWarning[]> {
  const checked = await checkSync(read);
  // The copies sync names (a page an operation cites is none, whatever its name), said as no command reading them.
  const copies = checked.copies.map(({ copy, page }): ChangesWarning => ({
    kind: "page-copy",
    copy,
    page,
    message: `${copy} is named as another save of ${page} and no command reads it: a release saved under that name is in none of these changes; save it over ${page}, then run \`npm run sync\``,
  }));
  // The copies are said above; sync's check makes each an error of its own.
  const problems = checked.diagnostics.filter((d) => d.severity === "error" && d.code !== "page-copy-unread");
  const first = problems[0];
  if (first === undefined) return copies;
  const place = `${first.file}:${first.line}:${first.column}`;
  const count = `${problems.length} problem${problems.length === 1 ? "" : "s"}`;
  return [
    ...copies,
    {
      kind: "unsynced",
      problems: problems.length,
      first: place,
      message: `spec/ does not agree with its saved pages: \`npm run sync -- --check\` finds ${count}, the first at ${place} (${first.code}); these changes are those of spec/ as it stands, without what sync would write or cannot settle`,
    },
  ];
}
