// Changes of the platform's own keys in sips.yaml beside its seal rule
// (compare-specs.ts): its names and document version, the public test key the
// examples are sealed with, and the request fields the client fills from its
// configuration. Reported once, for no operation and no list.

import type { PlatformModel } from "../model/ir.js";
import type { Change, ChangeClass, ChangeKind } from "./change.js";

export function comparePlatform(before: PlatformModel, after: PlatformModel): Change[] {
  const out: Change[] = [];
  const change = (kind: ChangeKind, classes: readonly ChangeClass[], summary: string): void => {
    out.push({ operation: null, message: null, field: null, kind, classes, summary });
  };
  // The title every page, JSDoc header and the OpenAPI document carry.
  if (before.title !== after.title) change("description", ["docs"], `title ${before.title} → ${after.title}.`);
  if (before.documentVersion !== after.documentVersion)
    change(
      "description",
      ["docs"],
      `document version ${before.documentVersion} → ${after.documentVersion} (the OpenAPI document's).`,
    );
  // The seal rule's notes are the maintainers': no generated file prints them, so their change is none of a release.
  const key = (p: PlatformModel) => `${p.examples.secretKey} ${p.examples.secretKeyVersion}`;
  if (key(before) !== key(after))
    change("description", ["docs"], "public test key of the examples changed: every example's seal changes.");
  for (const field of ["merchantIdField", "keyVersionField"] as const) {
    const [was, is] = [before.credentials[field], after.credentials[field]];
    if (was !== is)
      change(
        "credentials",
        ["breaking-request"],
        `the client fills ${is} from the configuration, no longer ${was}: its requests' field types now ask for ${was} and leave ${is} out.`,
      );
  }
  return out;
}
