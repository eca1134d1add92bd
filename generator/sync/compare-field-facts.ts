// One field the spec and the page both hold, fact by fact: presence,
// interface version, and the description of a field the operation writes out
// (a dictionary field's, and every field's values, follow the shared-text rule
// over all pages: description-plan.ts, value-plan.ts).

import type { FieldModel } from "../model/field-model.js";
import type { PageField } from "../read/page/page-model.js";
import type { SpecPath } from "../read/source-map.js";
import { squash } from "../rules/meanings.js";
import { quotedOrNothing, type PageDifference, type SpecMessage } from "./page-difference.js";

export function compareField(field: FieldModel, page: PageField, about: string, at: SpecPath): PageDifference[] {
  const out: PageDifference[] = [];
  const path = [...at, field.name];
  const message = about.split(".")[0] as SpecMessage;
  const presence = page.presence?.value ?? null;
  if (presence !== null && presence !== field.presence) {
    out.push({
      about: `${about}.presence`,
      spec: field.presence,
      page: presence,
      pageAt: page.presence?.at ?? page.at,
      place: { in: "operation", path: [...path, "presence"] },
      fix: { kind: "set-field", message, at, field: field.name, key: "presence", value: presence },
    });
  }
  const since = page.since?.value ?? null;
  if (since !== null && since !== (field.since?.text ?? "undocumented")) {
    out.push({
      about: `${about}.since`,
      spec: field.since?.text ?? "undocumented",
      page: since,
      pageAt: page.since?.at ?? page.at,
      place: { in: "operation", path: [...path, "since"] },
      fix: { kind: "set-field", message, at, field: field.name, key: "since", value: since },
    });
  }
  // A dictionary field's description, and every field's values, follow the shared-text rule over all pages
  // (value-plan.ts). A callback's page is compared with the callback alone, not planned over every page as an
  // operation's is: its wording of a dictionary field the callback shows is said, and left for the maintainer
  // (page-callback-wording).
  const wordingLeft = field.fromDictionary && message === "callback";
  if (
    (!field.fromDictionary || wordingLeft) &&
    page.description.value !== "" &&
    squash(page.description.value) !== squash(field.description)
  ) {
    out.push({
      about: `${about}.description`,
      spec: quotedOrNothing(squash(field.description)),
      page: quotedOrNothing(squash(page.description.value)),
      pageAt: page.description.at,
      place: { in: "operation", path: [...path, "description"] },
      ...(wordingLeft
        ? { fix: null, wordingLeft: true }
        : {
            fix: {
              kind: "set-field",
              message,
              at,
              field: field.name,
              key: "description",
              value: page.description.value,
            },
          }),
    });
  }
  return out;
}
