// The value lists sync makes of the values a page lists for a field of a
// container its operation alone holds, that takes no list and whose name no
// list has: a container's field takes its whole list, so the list made is the
// page's values, with their meanings and constant names, and the field is
// linked to it. Where other pages list other values under that name, or a
// top-level field's page resolves to it, none is made (each page's values hold
// for its own operation): --check says so (value-plan-check.ts).

import { compareText } from "../rules/code-point-order.js";
import { constantNames } from "./shared-text.js";
import type { GeneralValue, ListPlan } from "./value-plan.js";
import type { ContainerLink, ContainerValues, MadeList } from "./value-plan-containers.js";

/**
 * The lists made of container fields' values, where no top-level field's page resolves to that name and every page
 * lists the same values (a container's field takes its whole list: one page's values hold for its operation alone).
 */
export function madeLists(
  made: readonly MadeList[],
  byList: ReadonlyMap<string, unknown>,
  listPlans: ListPlan[],
  containers: ContainerValues[],
): ContainerLink[] {
  const links: ContainerLink[] = [];
  const byName = new Map<string, MadeList[]>();
  for (const m of made) byName.set(m.link.list, [...(byName.get(m.link.list) ?? []), m]);
  for (const [name, group] of [...byName].sort(([a], [b]) => compareText(a, b))) {
    const [first] = group;
    const key = (m: MadeList) => [...m.values.keys()].sort(compareText).join("\n");
    if (!first || byList.has(name)) {
      containers.push(...group.map((m) => ({ ...m.info, held: "top-level" as const })));
      continue;
    }
    if (group.some((m) => key(m) !== key(first))) {
      containers.push(...group.map((m) => ({ ...m.info, held: "other-pages" as const })));
      continue;
    }
    const vocabulary = [...first.values.keys()].sort(compareText);
    const meaning = (value: string) =>
      group.map((m) => m.values.get(value) ?? []).find((meanings) => meanings.length > 0) ?? [value];
    const names = constantNames(
      vocabulary.map((value) => ({ value, name: undefined, meaning: undefined, general: meaning(value) })),
    );
    const added = vocabulary.map((value): GeneralValue => ({
      value,
      meanings: meaning(value),
      name: names.get(value) ?? null,
      at: first.at.get(value) ?? null,
      pages: group.map((m) => m.page),
      // The pages agree on every value: those that print a meaning for it print the one chosen.
      wordedBy: [...new Set(group.filter((m) => (m.values.get(value)?.length ?? 0) > 0).map((m) => m.page))].sort(
        compareText,
      ),
    }));
    listPlans.push({ list: name, isNew: true, added, changed: [], unused: [] });
    links.push(...group.map((m) => m.link));
  }
  return links;
}
