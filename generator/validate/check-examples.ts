import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Sites } from "./field-sites.js";

/**
 * A formatted field without `example:` gets a value made to fit its format
 * (digits for N, letters for A), which passes validation but looks like no real
 * data in the docs and the OpenAPI examples: say so, where the format is written.
 */
export function checkExamples(sites: Sites): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const site of sites.fields) {
    const { written } = site;
    if (written.from === "dictionary" || written.format === undefined || written.example !== undefined) continue;
    out.push(diagnostic("missing-example", site.located.map.value([...site.path, "format"]), { field: site.name, format: written.format }));
  }
  for (const item of sites.items) {
    if (item.item.format === undefined || item.item.example !== undefined) continue;
    out.push(diagnostic("missing-example", item.located.map.value([...item.path, "format"]), { field: `${item.listName} items`, format: item.item.format }));
  }
  return out;
}
