// The report of `npm run changes`: JSON for tools, Markdown for a pull request
// description (seal and breaking changes first; its lines: report-lines.ts).

import { codeSpan } from "../emit/markdown-escape.js";
import type { AssumedKey } from "./assumed-defaults.js";
import { semverOf, type Change, type ChangeClass, type Semver } from "./change.js";
import type { OpenApiPlace } from "./openapi-places.js";
import { openApiSection } from "./openapi-section.js";
import { sectionLines } from "./report-lines.js";
import type { ChangesWarning } from "./unsynced-warnings.js";

export interface ChangesReport {
  readonly semver: Semver;
  /** The keys the base lacked and was read with the format's default for; present only when there are some. */
  readonly assumed?: readonly AssumedKey[];
  /** What the changes leave out of the working tree (unsynced-warnings.ts); present only when there are some. */
  readonly warnings?: readonly ChangesWarning[];
  readonly changes: readonly Change[];
}

export const changesReport = (
  changes: readonly Change[],
  assumed: readonly AssumedKey[] = [],
  warnings: readonly ChangesWarning[] = [],
): ChangesReport => ({
  semver: semverOf(changes),
  ...(assumed.length > 0 ? { assumed } : {}),
  ...(warnings.length > 0 ? { warnings } : {}),
  changes,
});

/** The sentence on one key the base was read with the default of. */
const assumedText = (a: AssumedKey, base: string): string =>
  `- The spec at ${codeSpan(base)} gives no ${codeSpan(a.key)} in ${a.files} ${a.in} file${a.files === 1 ? "" : "s"}, written before the format required it: read as ${codeSpan(a.value)}, the format's default.`;

/** The report for tools: each change's summary says it all, so the words of its Markdown line (Change.line, Change.taken, Change.changed) are left out. */
export const toJson = (report: ChangesReport): string =>
  `${JSON.stringify(
    {
      ...report,
      changes: report.changes.map(
        ({ line: _line, taken: _taken, changed: _changed, added: _added, ...change }) => change,
      ),
    },
    null,
    2,
  )}\n`;

// A change is listed under each section of its classes: a reviewer reads the
// section of their side, so one that changes the seal and breaks senders (or
// readers, or both) is under each of them. An additive or docs change is
// listed only where nothing breaks.
const breaks = (c: readonly ChangeClass[]): boolean =>
  c.includes("seal") || c.includes("breaking-request") || c.includes("breaking-response");

const SECTIONS: readonly { readonly title: string; readonly has: (classes: readonly ChangeClass[]) => boolean }[] = [
  { title: "Seal: the sealing string of existing messages changes", has: (c) => c.includes("seal") },
  { title: "Breaking for senders of requests", has: (c) => c.includes("breaking-request") },
  { title: "Breaking for readers of responses", has: (c) => c.includes("breaking-response") },
  { title: "Additive", has: (c) => c.includes("additive") && !breaks(c) },
  { title: "Documentation", has: (c) => c.includes("docs") && !c.includes("additive") && !breaks(c) },
];

/** `places`: where generated/openapi.json changes (openapi-places.ts), listed last; none by default. */
export function toMarkdown(
  report: ChangesReport,
  base: string,
  places: readonly OpenApiPlace[] | { readonly failed: string } = [],
): string {
  const lines = [
    `## Spec changes since ${codeSpan(base)}: ${report.semver === "none" ? "none" : `${report.semver} release`}`,
    "",
  ];
  // Said first: a reviewer who reads on believes the list is the whole change.
  if (report.warnings) lines.push(...report.warnings.map((w) => `> **Warning:** ${w.message}.`), "");
  // Said before the changes: a change from an assumed value is one the base's authors did not write.
  if (report.assumed) lines.push(...report.assumed.map((a) => assumedText(a, base)), "");
  if (report.changes.length === 0) {
    const none = `${lines.join("\n")}\nNo change to the operations, their fields, values or seal.\n`;
    const section = openApiSection(places);
    return section.length === 0 ? none : `${none}\n${section.join("\n")}`;
  }
  // What a line says beside a subject (a page, an address) is said at its first line only, but by the same change.
  const said = new Map<string, string>();
  const told = toldOnce(report.changes);
  for (const section of SECTIONS) {
    const changes = told.filter((c) => section.has(c.classes));
    if (changes.length === 0) continue;
    lines.push(`### ${section.title}`, "");
    lines.push(...sectionLines(changes, said));
    lines.push("");
  }
  lines.push(...openApiSection(places));
  return lines.join("\n");
}

/**
 * The changes with a line of their own: a field's "value V of list l now taken." where the list's line adds V
 * ("value V added to list l; taken by …", which names the operations) is that line's news, said once. The JSON
 * keeps a change for each.
 */
export function toldOnce(changes: readonly Change[]): readonly Change[] {
  const added = new Set(
    changes.flatMap((c) => (c.kind === "shared-value-added" && c.added !== undefined ? [`${c.list}\n${c.added}`] : [])),
  );
  return changes.filter(
    (c) => !(c.kind === "value-added" && c.taken !== undefined && added.has(`${c.taken.list}\n${c.taken.value}`)),
  );
}
