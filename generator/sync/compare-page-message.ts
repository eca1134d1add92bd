// Compares one message of the spec with the page's field list: the fields at
// its top, then those the page prints in each container, each list compared
// by compare-page-fields.ts, and the fields moved between them paired
// (moved-fields.ts). Values and meanings, and the descriptions of dictionary
// fields, are compared over every page at once (value-plan.ts,
// description-plan.ts).

import { containerOf } from "../model/field-shape.js";
import type { MessageModel } from "../model/operation-model.js";
import type { PageField, PageMessage } from "../read/page/page-model.js";
import { findHolder, fieldsPathOf } from "./container-holder.js";
import { madeContainer } from "./made-container.js";
import type { PageDifference, SpecMessage } from "./page-difference.js";
import { factsStopReach } from "./facts-stop-reach.js";
import { beyondFactsVersions } from "./beyond-facts-claims.js";
import { compareFields } from "./compare-page-fields.js";
import { movedFields } from "./moved-fields.js";

/** `as` names the message in the spec: a callback's fields are a response's, written under `callback`. */
export function compareMessage(
  spec: MessageModel,
  page: PageMessage,
  pageFile: string,
  as: SpecMessage = spec.kind,
): PageDifference[] {
  // A page without this message's section (page-missing-section) says nothing of its fields: none is "no such field".
  if (page.at === null) return [];
  const top = page.fields.filter((f) => f.container === null);
  const out = compareFields(as, spec.fields, { ...page, fields: top }, pageFile, as, savedFacts(spec));
  out.push(...factsStopReach(spec, page, as));
  out.push(...beyondFactsVersions(spec, page, as));
  // Fields a page prints with their container are compared with that container's fields, a plain field it prints fields in made one.
  const containers = new Map<string, PageField[]>();
  for (const field of page.fields)
    if (field.container)
      containers.set(field.container.value, [...(containers.get(field.container.value) ?? []), field]);
  for (const [name, fields] of containers) {
    // The container may be a field of another container (a list of operations, each with its result).
    const found = findHolder(spec.fields, name, [as, "fields"]);
    const holder = found?.field;
    const inner = holder ? containerOf(holder) : null;
    const at = fields[0]?.container?.at ?? fields[0]?.at ?? { file: pageFile, line: 1, column: 1 };
    if (!found || !holder) {
      const about = `${as}.fields.${name}`;
      out.push({
        about,
        spec: "no such field",
        page: "a container",
        pageAt: at,
        place: { in: "operation", path: [as, "fields"] },
        fix: null,
      });
      continue;
    }
    if (!inner) {
      out.push(madeContainer(found, fields, as, at));
      continue;
    }
    // Placed at the container's own fields where the operation writes them out (a list's under its items).
    const fieldsAt = fieldsPathOf(holder, found.path);
    const nested = compareFields(
      as,
      inner.fields,
      { fields: fields, at },
      pageFile,
      // Named by its YAML path, a list's `items` included, as the rest of the generator names a place in the spec.
      fieldsAt.slice(0, -1).join("."),
      undefined,
      fieldsAt,
    );
    // Edits of a container are the operation's own only where no other definition shares its type (page-differences.ts).
    const container = { typeName: inner.typeName, dictionary: found.dictionary };
    out.push(...nested.map((d) => ({ ...d, container })));
  }
  return movedFields(out, spec);
}

/**
 * The fields the spec's saved facts of a message reach: where they stop before the page does, a field the page
 * does not print is beyond them, not gone, but those up to the last field they hold (`factsStop.after`, in the
 * spec's order) are the page's facts as any other: one a release no longer prints is removed.
 */
function savedFacts(spec: MessageModel): ReadonlySet<string> {
  const names = spec.fields.map((f) => f.name);
  if (spec.factsStop === null) return new Set(names);
  const after = spec.factsStop.after === null ? -1 : names.indexOf(spec.factsStop.after);
  return new Set(names.slice(0, after + 1));
}
