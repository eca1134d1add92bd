// Where each saved page that no operation cites belongs: a new operation, or
// an operation the spec already has without a page (attached: it cites the
// page from then on and is synced like a release, never made twice); a page
// of a response alone (the Paypage's) is no operation, and one titled after a
// family whose callback cites another page is that page's release saved
// beside it. A page
// whose operation cites another page, and two pages for one operation, are
// errors: sync cannot tell which page holds.

import { diagnostic, hasErrors, type Diagnostic, type SourceLocation } from "../diagnostics/diagnostic.js";
import type { PageReading } from "../read/page/read-page.js";
import type { PageField, SipsPage } from "../read/page/page-model.js";
import type { RawOperation } from "../rules/raw-spec.js";
import { compareText } from "../rules/code-point-order.js";
import { titleFamilies } from "../rules/title-families.js";
import type { Located } from "../validate/located.js";

export interface PagePlacement {
  /** Pages that become new operations, by relPath. */
  readonly uncited: ReadonlyMap<string, SipsPage>;
  /** Pages that an operation without a page gets, by relPath. */
  readonly attach: ReadonlyMap<string, { readonly page: SipsPage; readonly operation: Located<RawOperation> }>;
  /** One per page: why it is not cited yet, or why it cannot be placed. */
  readonly diagnostics: readonly Diagnostic[];
  /** Some page cannot be placed (or does not read cleanly): sync writes nothing. */
  readonly blocked: boolean;
}

/**
 * What a new operation needs and the page lacks (new-operation.ts makes one
 * from its name, summary, JSON addresses and fields), each where it is missed.
 */
function lacking(page: SipsPage): { readonly what: string; readonly at: SourceLocation }[] {
  const top = { file: page.file, line: 1, column: 1 };
  return [
    ...(page.name ? [] : [{ what: "operation name on its first line", at: top }]),
    ...(page.summary ? [] : [{ what: "summary", at: page.name?.at ?? top }]),
    ...(page.endpoints.some((e) => e.kind === "json")
      ? []
      : [{ what: "JSON address (/rs-services/)", at: page.endpoints[0]?.at ?? top }]),
    // A message is made of its fields: one the page prints none of (its copy stops before) is the maintainer's to write.
    ...(["Request", "Response"] as const).flatMap((heading) => {
      const message = page[heading === "Request" ? "request" : "response"];
      return message.fields.length > 0 ? [] : [{ what: `field in its ${heading}`, at: message.at ?? top }];
    }),
    // A container the page prints fields in but not itself: nothing says what it is or where it goes.
    ...(["Request", "Response"] as const).flatMap((heading) => {
      const { fields } = page[heading === "Request" ? "request" : "response"];
      const names = new Set(fields.map((f) => f.name));
      const unlisted = new Map<string, PageField[]>();
      for (const field of fields)
        if (field.container && !names.has(field.container.value))
          unlisted.set(field.container.value, [...(unlisted.get(field.container.value) ?? []), field]);
      return [...unlisted].map(([container, held]) => ({
        what: `field ${container} in its ${heading}, which it prints ${held.map((f) => f.name).join(", ")} in`,
        at: held[0]?.container?.at ?? top,
      }));
    }),
  ];
}

export function placePages(
  operations: readonly Located<RawOperation>[],
  pages: ReadonlyMap<string, PageReading>,
): PagePlacement {
  // A callback's page (a response page) is compared with the callback: see sync-check.ts.
  const cited = new Set(
    operations.flatMap((o) => [o.raw.source?.page ?? [], o.raw.callback?.source?.page ?? []].flat()),
  );
  const families = new Set(operations.flatMap((o) => o.raw.family ?? []));
  const byName = new Map<string, string[]>();
  const out: Diagnostic[] = [];
  let blocked = false;
  const uncitedPaths: string[] = [];
  for (const relPath of [...pages.keys()].sort(compareText)) {
    const reading = pages.get(relPath);
    if (cited.has(relPath) || !reading) continue;
    if (reading.page.kind !== "response") {
      uncitedPaths.push(relPath);
      continue;
    }
    // A response page (the Paypage's) is read and checked; it is no operation to make or attach.
    out.push(...reading.diagnostics);
    blocked ||= hasErrors(reading.diagnostics);
    const top = { file: reading.page.file, line: 1, column: 1 };
    // Titled after a family whose callback cites another page: a release saved beside that page, as for an operation.
    const family = titleFamilies(reading.page.title?.value ?? "", families);
    const citing = operations.find((o) => family.includes(o.raw.family ?? "") && o.raw.callback?.source?.page);
    const cites = citing?.raw.callback?.source?.page;
    if (citing && cites !== undefined) {
      const operation = `${citing.raw.operation}'s callback (${citing.raw.family}'s response)`;
      out.push(diagnostic("page-operation-cited", top, { page: relPath, operation, cited: cites }));
      blocked = true;
    } else out.push(diagnostic("page-not-an-operation", top, { page: relPath }));
  }
  for (const relPath of uncitedPaths) {
    const name = pages.get(relPath)?.page.name?.value ?? `\u0000${relPath}`;
    byName.set(name, [...(byName.get(name) ?? []), relPath]);
  }
  const uncited = new Map<string, SipsPage>();
  const attach = new Map<string, { page: SipsPage; operation: Located<RawOperation> }>();
  for (const relPath of uncitedPaths) {
    const reading = pages.get(relPath);
    if (!reading) continue;
    const { page } = reading;
    out.push(...reading.diagnostics);
    blocked ||= hasErrors(reading.diagnostics);
    const top = { file: page.file, line: 1, column: 1 };
    const name = page.name?.value;
    const same = name === undefined ? [] : (byName.get(name) ?? []).filter((p) => p !== relPath);
    const operation = operations.find((o) => o.raw.operation === name);
    if (name !== undefined && same[0] !== undefined) {
      out.push(diagnostic("page-same-operation", top, { page: relPath, operation: name, other: same[0] }));
      blocked = true;
    } else if (name !== undefined && operation?.raw.source?.page !== undefined) {
      const cites = operation.raw.source.page;
      out.push(diagnostic("page-operation-cited", top, { page: relPath, operation: name, cited: cites }));
      blocked = true;
    } else if (name !== undefined && operation) {
      attach.set(relPath, { page, operation });
      out.push(diagnostic("page-unattached", top, { page: relPath, operation: name }));
    } else if (lacking(page).length > 0) {
      // Nothing to make an operation of: a page saved in part, or of another interface (SOAP only).
      const missed = lacking(page);
      const at = missed[0]?.at ?? top;
      out.push(diagnostic("page-cannot-make-operation", at, { page: relPath, lacking: missed.map((m) => m.what) }));
      blocked = true;
    } else {
      uncited.set(relPath, page);
      out.push(diagnostic("page-uncited", top, { page: relPath }));
    }
  }
  return { uncited, attach, diagnostics: out, blocked };
}
