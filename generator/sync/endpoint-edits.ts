// Edits of an operation's environments: an environment's addresses set in
// place, a new environment inserted among the others in code-point order, an
// environment the page no longer gives removed.

import { compareText } from "../rules/code-point-order.js";
import type { SpecEdit } from "./page-difference.js";
import type { SpecEditors } from "./spec-editors.js";
import type { SyncSubject } from "./sync-check.js";
import type { YamlValue } from "../rules/yaml-render.js";

export function editEnvironment(
  edit: Extract<SpecEdit, { kind: "set-environment" }>,
  subject: SyncSubject,
  editors: SpecEditors,
): string[] {
  const op = editors.of(subject.located.file.relPath);
  const name = subject.op.name;
  const { environment, value } = edit;
  const written = Object.keys(subject.located.raw.endpoints);
  if (value === null) {
    op.remove(["endpoints"], environment);
    return [`${name}: environment ${environment} removed (the page no longer gives it)`];
  }
  if (written.includes(environment)) op.set(["endpoints", environment], value);
  else {
    // Before the first environment that sorts after it: the same text whatever order edits come in.
    const after =
      written
        .filter((env) => compareText(env, environment) < 0)
        .sort(compareText)
        .at(-1) ?? null;
    op.insert(["endpoints"], environment, value, after);
  }
  return [`${name}: endpoints.${environment} set to ${describe(value)}`];
}

/** A value as a message shows it: text as it is, a mapping as `key: value` pairs. */
export const describe = (value: YamlValue): string =>
  typeof value === "string"
    ? value
    : Array.isArray(value)
      ? value.map(describe).join(", ")
      : Object.entries(value as Record<string, YamlValue>)
          .map(([k, v]) => `${k}: ${describe(v)}`)
          .join(", ");
