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
import { didYouMean } from "../../diagnostics/did-you-mean.js";
import { afterBullet, Unreadable, shorten, type PageLine } from "./page-lines.js";

/** An environment's label: upper-case words, which the spec writes in lower case. */
const ENV_LABEL = /^- ([A-Z][A-Z0-9]*(?:[-_][A-Z0-9]+)*)$/;
const URL = /^https?:\/\/\S+$/;
const METHOD = /^- ([A-Z]+)$/;

/** json: the JSON API; soap: a SOAP service (its path, or a ?wsdl or ?wsd address); post: any other, the Paypage's form. */
export const endpointKindOf = (url: string): EndpointKind =>
  url.includes("/rs-services/") ? "json" : /\/services\/|\?wsdl?$/i.test(url) ? "soap" : "post";

/** The environments the pages print. */
const LABELS = ["PROD", "TEST", "SIMU"];
/** A known label, or one with a number or parts of its own added ("TEST2", "SIMU-2", "PROD_EU"): another environment. */
const KNOWN_OR_ANOTHER = new RegExp(`^(?:${LABELS.join("|")})\\d*(?:[-_][A-Z0-9]+)*$`);

/**
 * A label that misspells one the pages print ("SIMUL", "PRDO") is reported and read as it: taken for an
 * environment of its own, it made sync move the address there and remove it from the environment it belongs to.
 * A label unlike them all is a new environment, and so is one that adds a number or a part of its own to a known
 * label ("TEST2", "SIMU-2", "PROD_EU"): a typist misses a letter, not a digit or a separator, and the spec names
 * such environments (test2), which read as TEST, sync could never settle.
 */
function knownLabel(label: string, line: PageLine, out: Diagnostic[]): string {
  if (KNOWN_OR_ANOTHER.test(label)) return label;
  const known = didYouMean(label, LABELS);
  if (known === undefined || Math.abs(known.length - label.length) > 2) return label;
  out.push(diagnostic("page-misspelled-heading", afterBullet(line), { text: shorten(label), heading: known }));
  return known;
}

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
      label = knownLabel(env[1] ?? "", line, out);
      continue;
    }
    if (URL.test(text) && label !== null) {
      const endpoint = { label, environment: label.toLowerCase(), url: text, method: null, kind: endpointKindOf(text) };
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
