// What `sync --check` tells the maintainer to do about the problems it found:
// run sync only for what sync settles (a difference another's edit settles
// too, as one environment's addresses, is sync's); a defective page, a difference sync
// cannot decide, a deviation that no longer differs and one whose page moved each need a hand. A
// field no page printed that sync would remove is named first: where the saved
// page stops early, factsStop keeps it, and running sync would have lost it.

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { SyncCheck } from "./sync-check.js";
import { allSubjects } from "./sync-check.js";
import { isEmptyPlan } from "./value-plan.js";
import type { PageDifference } from "./page-difference.js";
import { fieldsOf } from "./container-mismatches.js";

export function checkAdvice(checked: Extract<SyncCheck, { ok: true }>): string {
  if (checked.pageErrors) return `${fixPages(checked.diagnostics)} first: sync writes nothing while a page has defects`;
  const differences = allSubjects(checked).flatMap((s) => s.differences);
  const settled =
    differences.some((d) => d.fix !== null) ||
    !isEmptyPlan(checked.plans.values) ||
    checked.plans.descriptions.general.length > 0 ||
    checked.plans.descriptions.fields.length > 0 ||
    checked.uncited.size > 0 ||
    checked.attach.size > 0;
  const byHand = [
    ...new Set([
      ...containersNamedOnce(
        allSubjects(checked).flatMap((s) =>
          s.differences.filter(
            (d) => d.fix === null && d.settledBy === undefined && !settledByFields(d, s.differences),
          ),
        ),
      ),
      ...checked.plans.values.held.map((h) => `valueLists.${h.list}.values.${h.from}`),
    ]),
  ];
  const unused = checked.diagnostics.filter((d) => d.code === "page-deviation-unused").length;
  const copies = checked.diagnostics.filter((d) => d.code === "page-copy-unread").length;
  const moved = checked.diagnostics.filter((d) => d.code === "page-deviation-moved").length;
  const unversioned = unversionedRemovals(checked);
  const steps = [
    ...(copies > 0
      ? [
          `save ${copies === 1 ? "the copy named above over the page it copies" : "each copy named above over the page it copies"} where it is a new release, else delete it`,
        ]
      : []),
    ...(unversioned.length > 0
      ? [
          `where a saved page stops before its public page, first set factsStop (after: the last field it prints; no after in a message it prints no field of) and keep after that field the fields no page printed (${unversioned.join("; ")}): \`npm run sync\` removes them`,
        ]
      : []),
    ...(settled
      ? [`${unversioned.length > 0 ? "then " : ""}run \`npm run sync\` to bring the spec in line with its pages`]
      : []),
    ...(byHand.length > 0
      ? [
          `edit the spec by hand where sync cannot decide (${byHand.join(", ")}), or record a deviation under source.deviations`,
        ]
      : []),
    ...(unused > 0 ? ["remove from source.deviations each deviation that no longer differs"] : []),
    ...(moved > 0
      ? ["read again the reason of each deviation whose page moved, then run `npm run sync -- --record-deviations`"]
      : []),
  ];
  return steps.length === 0
    ? "run `npm run sync` to bring the spec in line with its pages, or record a deviation"
    : steps.join("; ");
}

/**
 * What each difference is about, a shared container's several named once by the container's fields, as its one
 * error groups them (container-mismatches.ts): a page that prints a dictionary container listed each of its
 * fields' facts in full, thirteen paths of 70 characters for the wallet's payment means.
 */
function containersNamedOnce(differences: readonly PageDifference[]): string[] {
  const counts = new Map<string, number>();
  const key = (d: PageDifference) => (d.container ? `${d.container.typeName}\u0000${fieldsOf(d.about)}` : null);
  for (const d of differences) {
    const k = key(d);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return differences.map((d) => {
    const count = counts.get(key(d) ?? "") ?? 0;
    return count > 1 ? `${fieldsOf(d.about)}.<field> (${count} facts, each said above)` : d.about;
  });
}

/**
 * The fields sync would remove that no page ever printed (the spec gives them no version), by operation and message:
 * they came from another source, and where the saved page stops early they belong after its factsStop, not removed.
 * A message's are named together, the first few of a long list only: each has its own line above, and a page that
 * prints no field of a response listed dozens of them in one sentence.
 */
function unversionedRemovals(checked: Extract<SyncCheck, { ok: true }>): string[] {
  const byMessage = new Map<string, string[]>();
  for (const s of [...allSubjects(checked), ...checked.attaching])
    for (const d of s.differences)
      if (d.fix?.kind === "remove-field" && d.fix.unversioned) {
        const at = `${s.op.name} ${d.fix.message}`;
        byMessage.set(at, [...(byMessage.get(at) ?? []), d.about.slice(`${d.fix.message}.fields.`.length)]);
      }
  return [...byMessage].map(([at, fields]) => `${at}: ${namedFew(fields)}`);
}

const FEW = 6;

const namedFew = (fields: readonly string[]): string =>
  fields.length <= FEW
    ? fields.join(", ")
    : `${fields.slice(0, FEW - 3).join(", ")} and ${fields.length - (FEW - 3)} more (${fields.length} fields, each said above)`;

/**
 * A changelog row's attendance that a field's difference explains: the spec's rows are derived from its fields,
 * so the field that sync moves to the page's message brings its row in line with the page's.
 */
function settledByFields(difference: PageDifference, all: readonly PageDifference[]): boolean {
  if (!difference.about.startsWith("changelog.") || !difference.spec.startsWith("attendance ")) return false;
  const field = difference.about.slice("changelog.".length);
  return all.some(
    (d) =>
      d.fix !== null && /^(request|response|callback)\.fields\./.test(d.about) && d.about.endsWith(`.fields.${field}`),
  );
}

/**
 * What to fix: the saved pages that have errors, by the paths their lines print, a few by name ("fix
 * spec/sources/a.page.txt, spec/sources/b.page.txt and 2 more (or save each again)"), where the closing line said
 * "the page" alone, below problems of other files that may have hidden it.
 */
export function fixPages(diagnostics: readonly Diagnostic[]): string {
  const pages = defectivePages(diagnostics);
  if (pages.length <= 1) return `fix ${pages[0] ?? "the page"} (or save it again)`;
  const more = pages.length > 2 ? ` and ${pages.length - 2} more` : "";
  return `fix ${pages.slice(0, 2).join(more === "" ? " and " : ", ")}${more} (or save each again)`;
}

/** The saved pages that have errors, each once, in the order of their first. */
export const defectivePages = (diagnostics: readonly Diagnostic[]): string[] => [
  ...new Set(diagnostics.filter((d) => d.severity === "error" && d.file.endsWith(".page.txt")).map((d) => d.file)),
];
