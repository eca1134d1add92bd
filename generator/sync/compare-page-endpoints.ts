// The page's environments and recommended versions against the spec's: each
// address by environment and kind (`endpoints.simu.post`), each recommended
// version (`interfaceVersion.recommended`, or `.HP_` by prefix where the page
// gives several). The fix of an environment, or of the recommended versions,
// is their whole canonical form as the page gives it, except what a recorded
// deviation keeps; it is carried by the first difference it settles.

import type { OperationModel } from "../model/operation-model.js";
import type { EndpointKind, PageEndpoint, SipsPage } from "../read/page/page-model.js";
import { compareText } from "../rules/code-point-order.js";
import { quotedOrNothing, type PageDifference, type SpecEdit } from "./page-difference.js";
import type { YamlValue } from "../rules/yaml-render.js";

const KINDS: readonly EndpointKind[] = ["json", "post", "soap"];

/** The first address of each kind the page gives an environment. */
export function pageEnvironments(page: SipsPage): Map<string, Partial<Record<EndpointKind, PageEndpoint>>> {
  const out = new Map<string, Partial<Record<EndpointKind, PageEndpoint>>>();
  for (const endpoint of page.endpoints) {
    const env = out.get(endpoint.environment) ?? {};
    env[endpoint.kind] ??= endpoint;
    out.set(endpoint.environment, env);
  }
  return out;
}

/** An environment's addresses as the spec writes them: a URL when it has a JSON address only; null when it has none. */
export function canonicalAddresses(addresses: Partial<Record<EndpointKind, string | null>>): YamlValue | null {
  const given = KINDS.flatMap((kind) => (addresses[kind] ? [[kind, addresses[kind]] as const] : []));
  if (given.length === 0) return null;
  if (given.length === 1 && given[0]?.[0] === "json") return given[0][1];
  return Object.fromEntries(given);
}

export function compareEndpoints(op: OperationModel, page: SipsPage, kept: ReadonlySet<string>): PageDifference[] {
  // A page that gives no address lacks its Endpoints or has them cut short (page-missing-section,
  // page-no-endpoints): it says nothing of the spec's, which are not "the page says nothing" one by one.
  if (page.endpoints.length === 0) return [];
  const out: PageDifference[] = [];
  const onPage = pageEnvironments(page);
  const inSpec = new Map(op.environments.map((e) => [e.name, e]));
  const names = [...new Set([...inSpec.keys(), ...onPage.keys()])].sort(compareText);
  const pageTop = page.endpoints[0]?.at ?? { file: page.file, line: 1, column: 1 };
  for (const name of names) {
    const spec = inSpec.get(name);
    const facts = onPage.get(name) ?? {};
    const value = (kind: EndpointKind) => spec?.[kind] ?? null;
    const abouts = KINDS.map((kind) => `endpoints.${name}.${kind}`);
    // What the environment becomes: the page's addresses, but the spec's where a deviation keeps them.
    const wanted = canonicalAddresses(
      Object.fromEntries(
        KINDS.map((kind, i) => [kind, kept.has(abouts[i] ?? "") ? value(kind) : (facts[kind]?.url ?? null)]),
      ),
    );
    let fix: SpecEdit | null = { kind: "set-environment", environment: name, value: wanted };
    let carrier: string | null = null;
    KINDS.forEach((kind, i) => {
      const about = abouts[i] ?? "";
      const fact = facts[kind] ?? null;
      if ((fact?.url ?? null) === value(kind)) return;
      out.push({
        about,
        spec: quotedOrNothing(value(kind)),
        page: quotedOrNothing(fact?.url ?? null),
        pageAt: fact?.at ?? pageTop,
        // The closest place the spec has: the address, else its environment, else endpoints.
        place: { in: "operation", path: ["endpoints", name, kind] },
        fix: kept.has(about) ? null : fix,
        ...settled(kept.has(about), carrier),
      });
      if (!kept.has(about) && carrier === null) [fix, carrier] = [null, about];
    });
  }
  const json = page.endpoints.find((e) => e.kind === "json" && e.method !== null && e.method !== op.method);
  if (json)
    out.push({
      about: "method",
      spec: op.method,
      page: json.method ?? "",
      pageAt: json.at,
      place: { in: "operation", path: ["method"] },
      fix: null,
    });
  return out;
}

/**
 * The recommended versions: one, compared as one text (`interfaceVersion.recommended`),
 * or several, compared by prefix. A page that gives none above its addresses, where the spec has some, is one
 * difference that sync leaves to the maintainer: a release may have withdrawn them (an older release of a page may
 * print none), or its copy may have lost the line, and taking them away breaks senders, who get them from the client
 * by default.
 */
export function recommendedDifferences(
  op: OperationModel,
  page: SipsPage,
  kept: ReadonlySet<string>,
): PageDifference[] {
  const { prefix, recommended, recommendedByPrefix } = op.interfaceVersion;
  const path = ["interfaceVersion", "recommended"];
  const first = page.recommended[0];
  if (first === undefined) {
    // A page whose Endpoints list no address is cut short, or no Sips page: its own defect says so.
    if (page.endpoints.length === 0) return [];
    const versions = recommendedByPrefix.length > 0 ? recommendedByPrefix.map((r) => r.version) : [recommended];
    const given = versions.flatMap((v) => (v === null ? [] : [JSON.stringify(v)]));
    if (given.length === 0) return [];
    return [
      {
        about: "interfaceVersion.recommended",
        spec: given.join(", "),
        page: 'nothing (no "Recommended interfaceVersion" line)',
        pageAt: page.summary?.at ?? { file: page.file, line: 1, column: 1 },
        place: { in: "operation", path },
        fix: null,
      },
    ];
  }
  if (page.recommended.length === 1 && recommendedByPrefix.length <= 1) {
    if (recommended === first.version) return [];
    const fixable = first.version.startsWith(prefix);
    return [
      {
        about: "interfaceVersion.recommended",
        spec: quotedOrNothing(recommended),
        page: quotedOrNothing(first.version),
        pageAt: first.at,
        place: { in: "operation", path },
        fix: fixable ? { kind: "set-operation", path, value: first.version } : null,
      },
    ];
  }
  const inSpec = new Map(recommendedByPrefix.map((r) => [r.prefix, r.version]));
  const onPage = new Map(page.recommended.map((r) => [r.prefix, r]));
  const prefixes = [...new Set([...inSpec.keys(), ...onPage.keys()])].sort(compareText);
  const about = (p: string) => `interfaceVersion.recommended.${p}`;
  const wanted = prefixes.flatMap((p) => {
    const version = kept.has(about(p)) ? inSpec.get(p) : onPage.get(p)?.version;
    return version === undefined ? [] : [[p, version] as const];
  });
  const value: YamlValue | null =
    wanted.length === 0 ? null : wanted.length === 1 ? (wanted[0]?.[1] ?? "") : Object.fromEntries(wanted);
  // The spec's prefix must keep a recommended version that starts with it: else the maintainer decides.
  const fixable = wanted.some(([p, v]) => p === prefix && v.startsWith(prefix));
  let fix: SpecEdit | null = fixable && value !== null ? { kind: "set-operation", path, value } : null;
  // Only an edit there is settles the others: one sync cannot decide leaves them all to the maintainer.
  let carrier: string | null = null;
  const out: PageDifference[] = [];
  for (const p of prefixes) {
    const [specVersion, fact] = [inSpec.get(p) ?? null, onPage.get(p)];
    if (specVersion === (fact?.version ?? null)) continue;
    out.push({
      about: about(p),
      spec: quotedOrNothing(specVersion),
      page: quotedOrNothing(fact?.version ?? null),
      pageAt: fact?.at ?? first.at,
      place: { in: "operation", path: [...path, p] },
      fix: kept.has(about(p)) ? null : fix,
      ...settled(kept.has(about(p)), carrier),
    });
    if (!kept.has(about(p)) && fix !== null) [fix, carrier] = [null, about(p)];
  }
  return out;
}

/** A difference after the one that carries the edit is settled by it, unless a deviation keeps it. */
const settled = (kept: boolean, carrier: string | null): { settledBy?: string } =>
  kept || carrier === null ? {} : { settledBy: carrier };
