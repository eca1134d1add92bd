// The Endpoints part of a page: one block per address, each under the label
// of its environment (PROD, TEST, SIMU...), several addresses per
// environment told apart by their kind.
//
//   -
//   - SIMU                  the environment's label
//   -
//   https://...             the address
//   - method
//   - POST

import { diagnostic, type Diagnostic } from "../../diagnostics/diagnostic.js";
import type { EndpointKind, PageEndpoint } from "./page-model.js";
import { Unreadable, type PageLine } from "./page-lines.js";

/** An environment's label: upper-case words, which the spec writes in lower case. */
const ENV_LABEL = /^- ([A-Z][A-Z0-9]*(?:[-_][A-Z0-9]+)*)$/;
const URL = /^https?:\/\/\S+$/;
const METHOD = /^- ([A-Z]+)$/;

/** json: the JSON API; soap: a SOAP service (its path, or a ?wsdl or ?wsd address); post: any other, the Paypage's form. */
export const kindOf = (url: string): EndpointKind =>
  url.includes("/rs-services/") ? "json" : /\/services\/|\?wsdl?$/i.test(url) ? "soap" : "post";

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
      const endpoint = { label, environment: label.toLowerCase(), url: text, method: null, kind: kindOf(text) };
      const first = endpoints.find((e) => e.label === endpoint.label && e.kind === endpoint.kind);
      if (first)
        out.push(
          diagnostic("page-duplicate-endpoint", line.at, { label, kind: endpoint.kind }, [
            { ...first.at, message: "first given here" },
          ]),
        );
      endpoints.push({ ...endpoint, at: line.at });
      label = null;
      continue;
    }
    unreadable.add(line);
  }
  out.push(...unreadable.diagnostics("Endpoints"));
  return endpoints;
}
