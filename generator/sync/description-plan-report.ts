// The description plan as `sync --check` reports it: a general description
// the pages word otherwise, and a field's own description given or removed.

import { squash } from "../rules/meanings.js";
import type { DescriptionPlan } from "./description-plan.js";
import { quotedOrNothing } from "./page-difference.js";
import type { PlanDifference } from "./plan-difference.js";
import { tieWords } from "./shared-text.js";

export function descriptionDifferences(descriptions: DescriptionPlan): PlanDifference[] {
  const out: PlanDifference[] = [];
  for (const d of descriptions.general)
    out.push({
      operation: "",
      about: `dictionary.fields.${d.field}.description`,
      spec: quotedOrNothing(d.from),
      page: `${quotedOrNothing(d.to)} (${d.pages.length} page${d.pages.length === 1 ? "" : "s"}${d.tie === undefined ? "" : `: ${tieWords("the description", d.tie)}`})`,
      pageAt: d.at,
      place: { in: "dictionary-field", field: d.field, path: ["description"] },
    });
  for (const d of descriptions.fields)
    out.push({
      operation: d.operation,
      about: `${d.message}.fields.${d.field}.description`,
      spec: d.from === null ? `the dictionary's ${quotedOrNothing(d.shown)}` : quotedOrNothing(d.from),
      page:
        d.to === null
          ? "the dictionary's wording"
          : squash(d.to) === squash(d.shown)
            ? `${quotedOrNothing(d.to)} (written here: the dictionary takes the wording of other pages)`
            : quotedOrNothing(d.to),
      pageAt: d.at,
      place: { in: "operation", path: [d.message, "fields", d.field, ...(d.from === null ? [] : ["description"])] },
    });
  return out;
}
