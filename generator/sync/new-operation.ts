// A new operation file from a page that no operation cites: what the page
// says (summary, every address of every environment, interface prefix and
// recommended versions, every field with its presence and version; its
// effect, which no page gives, the format's default, read from its schema), in the
// layout of the existing operation files; each field as page-field-entry.ts
// writes it (the dictionary's, another operation's, or the page's, with the
// containers and lists of containers the page prints). Sync's next pass fills
// in what the page holds of values and descriptions.

import path from "node:path";
import type { SpecModel } from "../model/ir.js";
import type { SipsPage } from "../read/page/page-model.js";
import { compareText } from "../rules/code-point-order.js";
import { hostOf } from "../rules/raw-endpoints.js";
import { formatSchemas, keyDefault, type SchemaFiles } from "../validate/format-schemas.js";
import { canonicalAddresses, pageEnvironments } from "./compare-page-endpoints.js";
import { readFirstEntries } from "./compare-read-first.js";
import { renderEntry, type YamlValue } from "../rules/yaml-render.js";
import { pageFieldEntry, type EntryContext } from "./page-field-entry.js";
import { heldOpening } from "./new-operation-held.js";

export interface NewOperation {
  readonly relPath: string;
  readonly text: string;
  /** What the maintainer should know: where the family came from, what is left to fill in. */
  readonly notes: readonly string[];
}

export function newOperation(
  page: SipsPage,
  pageRelPath: string,
  model: SpecModel,
  context: EntryContext,
  family: string | null,
  schemas: SchemaFiles = formatSchemas(),
): NewOperation | null {
  const name = page.name?.value;
  const environments = [...pageEnvironments(page)].sort(([a], [b]) => compareText(a, b));
  const json = environments.flatMap(([env, addresses]) => (addresses.json ? [[env, addresses.json] as const] : []));
  const primary = (json.find(([env]) => env === "prod") ?? json[0])?.[1];
  if (!name || !primary || !page.summary) return null;
  const notes: string[] = [];
  const chosen = family ?? familyFromPath(primary.url, model, notes);
  const relPath = `operations/${kebab(chosen)}/${name}.yaml`;
  const lines = [
    `# yaml-language-server: $schema=${path.posix.relative(path.posix.dirname(relPath), "schema/operation.schema.json")}`,
  ];
  const top = (key: string, value: YamlValue) => lines.push(renderEntry(key, value, 0));
  top("operation", name);
  top("summary", page.summary.value);
  top("family", chosen);
  // No page says whether a call only reads at Sips: the format's default (the cautious value, never sent again
  // blindly), the one changes reads for a base spec without the key, until the maintainer writes what the call does.
  const effect = keyDefault("operation", "effect", schemas);
  if (effect === undefined) throw new Error("the spec format's schema gives effect no default for sync to write");
  top("effect", effect);
  notes.push(
    `${name}: effect written as ${effect}, the spec format's default (no page says what a call does at Sips); write reads if the call only reads at Sips, changes if it changes something there`,
  );
  const source: Record<string, YamlValue> = { page: pageRelPath };
  if (page.readFirst.length > 0) source["readFirst"] = readFirstEntries(page.readFirst);
  top("source", source);
  top("method", primary.method ?? "POST");
  const endpoints: Record<string, YamlValue> = {};
  for (const [env, addresses] of environments) {
    const value = canonicalAddresses({
      json: addresses.json?.url ?? null,
      post: addresses.post?.url ?? null,
      soap: addresses.soap?.url ?? null,
    });
    if (value !== null) endpoints[env] = value;
  }
  top("endpoints", endpoints);
  top("interfaceVersion", interfaceVersion(name, page, notes, model));
  for (const kind of ["request", "response"] as const) {
    lines.push("");
    lines.push(`${kind}:`, "  fields:");
    const printed = page[kind].fields;
    for (const field of printed) {
      // A container's fields are written in it, as the page prints them there.
      if (field.container !== null) continue;
      const entry = pageFieldEntry(field, printed, context, name, `${name}: ${kind} field`);
      lines.push(renderEntry(field.name, entry.value, 4, { flow: entry.flow }));
      notes.push(...entry.notes);
    }
  }
  return { relPath, text: `${lines.join("\n")}\n`, notes };
}

/**
 * The interface prefix and recommended versions: the one the page gives; of
 * several, the prefix is that of the interface the page labels JSON (the
 * messages the spec describes), else the first, which the maintainer checks.
 */
function interfaceVersion(name: string, page: SipsPage, notes: string[], model: SpecModel): YamlValue {
  const given = page.recommended;
  const [first] = given;
  if (first === undefined) {
    notes.push(`${name}: the page gives no recommended interfaceVersion; write interfaceVersion.prefix by hand`);
    return { prefix: "TODO_" };
  }
  if (given.length === 1)
    return heldBack(name, page, first, notes, model) ?? { prefix: first.prefix, recommended: first.version };
  const json = given.find((r) => r.label !== null && /\bJSON\b/i.test(r.label));
  if (!json)
    notes.push(
      `${name}: interfaceVersion.prefix ${first.prefix} is the first interface the page recommends a version for; no bullet names JSON, check it is the interface of the JSON messages`,
    );
  const held = heldBack(name, page, json ?? first, notes, model);
  if (held !== null) return held;
  const recommended = Object.fromEntries(
    [...given].sort((a, b) => compareText(a.prefix, b.prefix)).map((r) => [r.prefix, r.version]),
  );
  return { prefix: (json ?? first).prefix, recommended };
}

/**
 * The prefix alone, where the version recommended for it opens a held move's new major: it waits with the move, and
 * one edit writes every recommended version (new-operation-held.ts). Null where it opens none.
 */
function heldBack(
  name: string,
  page: SipsPage,
  own: { readonly prefix: string; readonly version: string },
  notes: string[],
  model: SpecModel,
): YamlValue | null {
  const held = heldOpening(page, own.prefix, model);
  if (held === null || !own.version.startsWith(held.to)) return null;
  // The other interfaces' versions wait with it: one edit writes every recommended version.
  const beside = page.recommended.filter((r) => r.prefix !== own.prefix).map((r) => r.version);
  const nor =
    beside.length > 0 ? `, nor ${beside.join(", ")} beside it, one edit writing every recommended version` : "";
  notes.push(
    `${name}: interfaceVersion.recommended ${own.version} not written${nor}: the page prints ${held.to} for ${own.prefix}, which the list prints ${held.from} for ${held.others.join(", ")} (page-prefix-held says what settles it), and the client would declare ${own.version} in every request that gives none`,
  );
  return { prefix: own.prefix };
}

/**
 * The family of an operation whose endpoint shares the path segment, else the segment itself. A page of a new group
 * of functions (a first token or checkout function of Office) has no such operation: the families of the operations
 * at its host are named beside the segment, since the segment is seldom the family the maintainer wants.
 */
function familyFromPath(url: string, model: SpecModel, notes: string[]): string {
  const segment = segmentOf(url);
  // An address with no folder above the operation shares none with another such: nothing to take a family from.
  const sibling =
    segment === null
      ? undefined
      : model.operations.find((op) => op.family !== null && segmentOf(op.primaryEndpoint) === segment);
  const family = sibling?.family ?? segment ?? "operations";
  if (sibling) {
    notes.push(
      `family ${family} taken from ${sibling.name}, whose endpoint is also under /${segment}/ (--family to choose another)`,
    );
    return family;
  }
  const host = hostOf(url);
  const atHost = [
    ...new Set(
      model.operations.flatMap((op) => (op.family !== null && hostOf(op.primaryEndpoint) === host ? [op.family] : [])),
    ),
  ].sort(compareText);
  const atHostText = `the operations at ${host} are of the famil${atHost.length > 1 ? "ies" : "y"} ${atHost.join(", ")} (--family to choose one, or another)`;
  if (segment === null)
    notes.push(
      `family ${family} given as no folder of the endpoint path names one; ${atHost.length > 0 ? atHostText : "--family to choose another"}`,
    );
  else
    notes.push(
      atHost.length > 0
        ? `family ${family} derived from the endpoint path, as no operation's endpoint is under /${segment}/; ${atHostText}`
        : `family ${family} derived from the endpoint path (--family to choose another)`,
    );
  return family;
}

/**
 * ".../rs-services/v2/someFamily/someOperation" -> "someFamily": the folder of the address's path the operation is
 * in; null for a path with no folder ("https://host/someOperation": the host is no folder) or text that is no URL.
 */
const segmentOf = (url: string): string | null => {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const parts = path.split("/").filter(Boolean);
  return parts.length >= 2 ? (parts.at(-2) ?? null) : null;
};

const kebab = (text: string): string =>
  text
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
