// Reads a saved Sips documentation page into the page model. It never throws:
// whatever the text (empty, binary, HTML, another layout), what it does not
// understand becomes a diagnostic located in the page, and the model holds
// what could be read. An operation's page has Endpoints, a Request and a
// Response; a response page (what Sips posts back after a Paypage payment)
// has a Response alone.

import { diagnostic, sortDiagnostics, type Diagnostic } from "../../diagnostics/diagnostic.js";
import { checkPage } from "./check-page.js";
import type { SipsPage } from "./page-model.js";
import { pageLines, type PageLine } from "./page-lines.js";
import { readChangelog } from "./read-page-changelog.js";
import { readEndpoints } from "./read-page-endpoints.js";
import { readHeader } from "./read-page-header.js";
import { readMessage } from "./read-page-fields.js";
import { findSections, missingSections, OPERATION_ONLY, SECTIONS, type Section } from "./page-sections.js";
import { invisibleCharacters, undecoded, utf16Page } from "./page-encoding.js";

export interface PageReading {
  readonly page: SipsPage;
  /** Sorted; errors mean the page cannot be trusted as a source. */
  readonly diagnostics: readonly Diagnostic[];
}

export function readPage(text: string, file: string): PageReading {
  // Before the sections are looked for: none is found in UTF-16, and "not a Sips page" would hide why.
  const utf16 = utf16Page(text, file);
  if (utf16 !== undefined) return { page: emptyPage(file), diagnostics: [utf16] };
  const lines = pageLines(text, file);
  const out: Diagnostic[] = [];
  const starts = findSections(lines, out);
  // A part ends at the next heading the page has: past a missing one (a Response sample lost), the Response read on
  // into the Changelog, each of its rows a line not understood.
  const part = (from: Section): PageLine[] => {
    const start = starts.get(from);
    if (start === undefined) return [];
    const next = SECTIONS.slice(SECTIONS.indexOf(from) + 1).flatMap((s) => starts.get(s) ?? [])[0];
    return lines.slice(start + 1, next ?? lines.length);
  };
  // Not a Sips page: one defect, and nothing read from it that the spec would be compared with (its first line as a name).
  if (starts.size === 0)
    return { page: emptyPage(file), diagnostics: [diagnostic("page-no-sections", { file, line: 1, column: 1 }, {})] };
  const headingAt = (section: Section) => lines[starts.get(section) ?? -1]?.at ?? null;
  const kind = OPERATION_ONLY.some((s) => starts.has(s)) || !starts.has("Response") ? "operation" : "response";
  const endAt = lines.at(-1)?.at ?? { file, line: 1, column: 1 };
  // The sections after the last one found: a page that stops in it was cut short (a copy or a save that did not reach
  // its end), one defect naming them all, not a page that is not a Sips page.
  const last = SECTIONS.findLastIndex((s) => starts.has(s));
  const after = SECTIONS.slice(last + 1);
  const cutIn = SECTIONS[last];
  const cut = after.length > 0 && cutIn !== undefined && after.length < SECTIONS.length - 1;
  if (cut)
    out.push(diagnostic("page-cut-short", endAt, { section: cutIn, missing: after.map((s) => `"${s}"`).join(", ") }));
  out.push(...missingSections(lines, starts, cut ? SECTIONS.slice(0, last + 1) : SECTIONS, kind, endAt));
  const headerEnd = Math.min(lines.length, ...starts.values());
  const header = readHeader(lines.slice(0, headerEnd), kind, (lines[headerEnd] as PageLine).at, out);
  const page: SipsPage = {
    file,
    kind,
    ...header,
    endpoints: readEndpoints(part("Endpoints"), out),
    request: readMessage(part("Request"), "the Request", headingAt("Request"), out),
    response: readMessage(part("Response"), "the Response", headingAt("Response"), out),
    changelog: readChangelog(part("Changelog"), out),
  };
  // Read as given, an empty list would be a page that removes every environment of the spec.
  const endpointsAt = headingAt("Endpoints");
  if (endpointsAt !== null && page.endpoints.length === 0) out.push(diagnostic("page-no-endpoints", endpointsAt, {}));
  out.push(...checkPage(page), ...undecoded(lines), ...invisibleCharacters(lines));
  return { page, diagnostics: sortDiagnostics(out) };
}

/** A page of which nothing could be read. */
const emptyPage = (file: string): SipsPage => ({
  file,
  kind: "operation",
  title: null,
  name: null,
  summary: null,
  description: null,
  recommended: [],
  readFirst: [],
  endpoints: [],
  request: { fields: [], at: null },
  response: { fields: [], at: null },
  changelog: [],
});
