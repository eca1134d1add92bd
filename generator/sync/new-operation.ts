// A new operation file from a page that no operation cites: what the page
// says (summary, endpoints, interface prefix and version, every field with its
// presence and version), in the layout of the existing operation files. Fields
// the dictionary has are taken from it; the others are written out and sync's
// next pass fills in what the page holds about them.

import path from "node:path";
import type { SpecModel } from "../model/ir.js";
import type { SipsPage } from "../read/page/page-model.js";
import { renderEntry, type YamlValue } from "./yaml-text.js";

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
  dictionaryFields: ReadonlySet<string>,
  family: string | null,
): NewOperation | null {
  const name = page.name?.value;
  const prod = page.endpoints.find((e) => e.label === "PROD" && e.protocol === "json");
  const test = page.endpoints.find((e) => e.label === "TEST" && e.protocol === "json");
  if (!name || !prod || !test || !page.summary) return null;
  const notes: string[] = [];
  const chosen = family ?? familyFromPath(prod.url, model, notes);
  const relPath = `operations/${kebab(chosen)}/${name}.yaml`;
  const recommended = page.recommended?.value ?? null;
  const prefix = recommended?.replace(/\d+\.\d+$/, "") ?? null;
  const lines = [
    `# yaml-language-server: $schema=${path.posix.relative(path.posix.dirname(relPath), "schema/operation.schema.json")}`,
  ];
  const top = (key: string, value: YamlValue) => lines.push(renderEntry(key, value, 0));
  top("operation", name);
  top("summary", page.summary.value);
  top("family", chosen);
  const source: Record<string, YamlValue> = { page: pageRelPath };
  if (page.readFirst.length > 0) {
    source["readFirst"] = page.readFirst.map((d) => ({
      title: d.title,
      ...(d.label ? { label: d.label } : {}),
      ...(d.description ? { description: d.description } : {}),
    }));
  }
  top("source", source);
  top("method", prod.method ?? "POST");
  top("endpoints", { prod: prod.url, test: test.url });
  if (prefix === null)
    notes.push(`${name}: the page gives no recommended interfaceVersion; write interfaceVersion.prefix by hand`);
  top("interfaceVersion", recommended && prefix ? { prefix, recommended } : { prefix: "TODO_" });
  for (const kind of ["request", "response"] as const) {
    lines.push("");
    lines.push(`${kind}:`, "  fields:");
    for (const field of page[kind].fields) {
      const presence = field.presence?.value ?? field.section;
      const since = field.since?.value ?? "undocumented";
      if (dictionaryFields.has(field.name))
        lines.push(renderEntry(field.name, { from: "dictionary", presence, since }, 4, { flow: true }));
      else {
        lines.push(renderEntry(field.name, { presence, since, description: field.description.value }, 4));
        notes.push(
          `${name}: ${kind} field ${field.name} is written out; give its type and format from the data dictionary`,
        );
      }
    }
  }
  return { relPath, text: `${lines.join("\n")}\n`, notes };
}

/** The family of an operation whose endpoint shares the path segment, else the segment itself. */
function familyFromPath(url: string, model: SpecModel, notes: string[]): string {
  const segment = segmentOf(url);
  const sibling = model.operations.find((op) => op.family !== null && segmentOf(op.endpoints.prod) === segment);
  const family = sibling?.family ?? segment ?? "operations";
  notes.push(
    sibling
      ? `family ${family} taken from ${sibling.name}, whose endpoint is also under /${segment}/ (--family to choose another)`
      : `family ${family} derived from the endpoint path (--family to choose another)`,
  );
  return family;
}

/** ".../rs-services/v2/someFamily/someOperation" -> "someFamily". */
const segmentOf = (url: string): string | null => {
  const parts = url.split("?")[0]?.split("/").filter(Boolean) ?? [];
  return parts.length >= 2 ? (parts.at(-2) ?? null) : null;
};

const kebab = (text: string): string =>
  text
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
