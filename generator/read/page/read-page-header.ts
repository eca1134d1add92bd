// The top of a page: name, summary, recommended interfaceVersion, the
// documents to read first, and the Endpoints block.

import { diagnostic, type Diagnostic } from "../../diagnostics/diagnostic.js";
import type { PageEndpoint, PageFact, PageReadFirst } from "./page-model.js";
import { Unreadable, type PageLine } from "./page-lines.js";

export interface PageHeader {
  readonly name: PageFact<string> | null;
  readonly summary: PageFact<string> | null;
  readonly recommended: PageFact<string> | null;
  readonly readFirst: readonly PageReadFirst[];
}

const SEARCH_HINT = /^To search in the page use Ctrl\+F/;
const RECOMMENDED = /^Recommended interfaceVersion:\s*(.*)$/;
const READ_FIRST = /^It is advised to read the following documents/;
const OPEN_IN_TAB = /^Open in new tab\s+(.+)$/;
const NAME = /^[a-z][A-Za-z0-9]*$/;
export const INTERFACE_VERSION = /^[A-Z]+(_[A-Z]+)*_(0|[1-9]\d{0,3})\.(0|[1-9]\d{0,3})$/;

export function readHeader(lines: readonly PageLine[], out: Diagnostic[]): PageHeader {
  const unreadable = new Unreadable();
  let name: PageFact<string> | null = null;
  let summary: PageFact<string> | null = null;
  let recommended: PageFact<string> | null = null;
  const readFirst: PageReadFirst[] = [];
  let block: PageLine[] | null = null;
  lines.forEach((line, index) => {
    const text = line.text;
    if (text === "" || SEARCH_HINT.test(text)) return;
    if (index === 0 || (name === null && NAME.test(text))) {
      if (NAME.test(text)) name = { value: text, at: line.at };
      else unreadable.add(line);
      return;
    }
    const version = RECOMMENDED.exec(text);
    if (version) {
      const value = (version[1] ?? "").trim();
      if (INTERFACE_VERSION.test(value)) recommended = { value, at: line.at };
      else out.push(diagnostic("page-bad-version", line.at, { where: "recommended interfaceVersion", value }));
      return;
    }
    if (READ_FIRST.test(text)) {
      block = [];
      return;
    }
    if (block !== null) {
      const open = OPEN_IN_TAB.exec(text);
      if (text === "-") block = [];
      else if (open) {
        readFirst.push(readFirstEntry(block, (open[1] ?? "").trim()));
        block = null;
      } else block.push(line);
      return;
    }
    if (summary === null && recommended === null) summary = { value: text, at: line.at };
    else unreadable.add(line);
  });
  out.push(...unreadable.diagnostics("the page header"));
  return { name, summary, recommended, readFirst };
}

/** A document block: an optional label, the title, a description; "Open in new tab <title>" closes it. */
function readFirstEntry(block: readonly PageLine[], title: string): PageReadFirst {
  const texts = block.map((l) => l.text);
  const titleAt = texts.indexOf(title);
  const label = titleAt > 0 ? texts.slice(0, titleAt).join(" ") : null;
  const description = texts.slice(titleAt + 1).join(" ");
  return { label, title, description: description === "" ? null : description };
}

const ENV_LABEL = /^- ([A-Z][A-Z0-9_-]*)$/;
const URL = /^https?:\/\/\S+$/;
const METHOD = /^- ([A-Z]+)$/;

/** "- PROD", "-", the URL, "- method", "- POST", for each environment. */
export function readEndpoints(lines: readonly PageLine[], out: Diagnostic[]): PageEndpoint[] {
  const unreadable = new Unreadable();
  const endpoints: PageEndpoint[] = [];
  let label: string | null = null;
  let method: { index: number } | null = null;
  for (const line of lines) {
    const text = line.text;
    if (text === "" || text === "-") continue;
    if (text === "- method") {
      method = { index: endpoints.length - 1 };
      continue;
    }
    const methodValue = METHOD.exec(text);
    if (method !== null && methodValue) {
      const at = method.index;
      const endpoint = endpoints[at];
      if (endpoint && endpoint.method === null) endpoints[at] = { ...endpoint, method: methodValue[1] ?? null };
      else unreadable.add(line);
      method = null;
      continue;
    }
    const env = ENV_LABEL.exec(text);
    if (env) {
      label = env[1] ?? null;
      continue;
    }
    if (URL.test(text) && label !== null) {
      endpoints.push({ label, url: text, method: null, protocol: protocolOf(text), at: line.at });
      label = null;
      continue;
    }
    unreadable.add(line);
  }
  out.push(...unreadable.diagnostics("Endpoints"));
  return endpoints;
}

const protocolOf = (url: string): PageEndpoint["protocol"] =>
  url.includes("/rs-services/") ? "json" : /\?wsdl?$/i.test(url) ? "soap" : "other";
