// Changes of an operation's environments, addresses and recommended versions.
// A request that reached an address before must still reach it: a JSON or
// HTML form address that moves or goes, or an environment that goes, breaks
// callers; what is added breaks no one; SOAP addresses are documentation here
// (this package posts JSON).

import { versioned } from "../emit/validators/version-checks.js";
import type { EnvironmentModel, OperationModel } from "../model/operation-model.js";
import { compareVersions } from "../model/versions.js";
import { compareText } from "../rules/code-point-order.js";
import { operationDeclarations } from "../rules/operation-declarations.js";
import { operationEntity } from "../model/own-values.js";
import type { Change, ChangeClass } from "./change.js";
import { fieldsByPointer } from "./field-places.js";
import { postFormEffect } from "./post-form-changes.js";
import { recommendedMajorMoved } from "./recommended-major.js";

/** Each kind of address: its name in summaries, and what a move and a removal mean (SOAP: nothing to this package). */
const KINDS = [
  ["json", "endpoint", ": requests go elsewhere", ": requests to it have nowhere to go"],
  ["post", "HTML form address", ": browsers post elsewhere", ": browsers have nowhere to post"],
  ["soap", "SOAP address", "", ""],
] as const;

export function compareEnvironments(before: OperationModel, after: OperationModel): Change[] {
  const out: Change[] = [];
  const change = (
    kind: Change["kind"],
    classes: readonly ChangeClass[],
    summary: string,
    line?: Change["line"],
  ): void => {
    out.push({ operation: after.name, message: null, field: null, kind, classes, summary, ...(line ? { line } : {}) });
  };
  const old = new Map(before.environments.map((e) => [e.name, e]));
  const now = new Map(after.environments.map((e) => [e.name, e]));
  const names = [...new Set([...old.keys(), ...now.keys()])].sort(compareText);
  for (const name of names) {
    const [was, is] = [old.get(name), now.get(name)];
    if (!was && is) {
      change("environment", ["additive"], `environment ${is.label} added (${kindsOf(is)}).`);
      continue;
    }
    if (was && !is) {
      const reached = was.json !== null || was.post !== null;
      const client = was.json === null ? "" : clientRefuses(after, was);
      change(
        "environment",
        [reached ? "breaking-request" : "docs"],
        `environment ${was.label} removed (${kindsOf(was)})${reached ? `: requests to it have nowhere to go${client}` : ""}.`,
      );
      continue;
    }
    if (!was || !is) continue;
    for (const [kind, title, moved, removed] of KINDS) {
      const [from, to] = [was[kind], is[kind]];
      if (from === to) continue;
      const classes: ChangeClass[] = kind === "soap" ? ["docs"] : from === null ? ["additive"] : ["breaking-request"];
      // The environment and its addresses said beside the operation: PROD's and TEST's changed alike share a line.
      const [address, what] =
        from === null
          ? [to, "added."]
          : to === null
            ? [from, `removed${removed}${kind === "json" ? clientRefuses(after, is) : ""}.`]
            : [`${from} → ${to}`, `moved${moved}.`];
      const summary =
        from !== null && to !== null
          ? `${is.label} ${title} ${address}${moved}.`
          : `${is.label} ${title} ${address} ${what}`;
      change("endpoint", classes, summary, { aside: `${is.label} ${address}`, summary: `${title} ${what}` });
    }
  }
  return out;
}

/**
 * What the client does of a call in an environment whose JSON address is gone, and the type of environment names that
 * no longer holds it: the diff of client.ts and types.ts shows both, which the line then explains.
 */
function clientRefuses(op: OperationModel, env: EnvironmentModel): string {
  const names = operationDeclarations(operationEntity(op));
  return ` (${names.call.name}, configured for ${env.label}, refuses the call before sending it, and ${names.environment.name} no longer names ${env.name})`;
}

/** The kinds of address an environment has, for a summary: "JSON, HTML form". */
const kindsOf = (env: EnvironmentModel): string =>
  [env.json && "JSON", env.post && "HTML form", env.soap && "SOAP"].filter(Boolean).join(", ");

/**
 * A recommended version that changes, appears or goes, for any interface: the
 * examples and the client's default follow it. The operation's own interface
 * is compared as one, even when its prefix changes (comparePrefix reports that).
 * Its own lowered breaks senders where request fields appeared after the new
 * version and by the old one: the client declares the recommended version
 * when the caller gives none, and the validators refuse such a field set.
 * The POST interface's (HP_) is the form builder's default, which holds no
 * field to it: it breaks senders only where the builder's default goes or
 * the versions it accepts change (post-form-changes.ts).
 */
export function recommendedChanges(before: OperationModel, after: OperationModel): Change[] {
  const OWN = "";
  const byPrefix = (op: OperationModel) =>
    new Map(
      op.interfaceVersion.recommendedByPrefix.map(
        (r) => [r.prefix === op.interfaceVersion.prefix ? OWN : r.prefix, r.version] as const,
      ),
    );
  const [old, now] = [byPrefix(before), byPrefix(after)];
  const prefixes = [...new Set([...old.keys(), ...now.keys()])]
    .sort(compareText)
    .filter((prefix) => old.get(prefix) !== now.get(prefix));
  const form = postFormEffect(
    before,
    after,
    prefixes.filter((p) => p !== OWN),
  );
  return prefixes.map((prefix): Change => {
    const [was, is] = [old.get(prefix) ?? "none", now.get(prefix) ?? "none"];
    if (prefix !== OWN) {
      const effect = form?.prefix === prefix ? form : null;
      return {
        operation: after.name,
        message: null,
        field: null,
        kind: "recommended-interface-version",
        classes: [effect?.breaking ? "breaking-request" : "additive"],
        summary: `recommended interfaceVersion of the ${prefix} interface ${was} → ${is}.${effect?.why ?? ""}`,
      };
    }
    // None of them is required: a required field after the recommended version raises the floor above it, which the
    // spec's checks refuse (recommended-below-floor), so no valid spec lowers the version past one.
    const refused = refusedByDefault(before, after);
    const unfilled = was !== "none" && is === "none" ? requiredVersionField(after) : null;
    const major = recommendedMajorMoved(before, after);
    // Another major is said first: it breaks senders whatever else the move does, which is said after it.
    const why =
      (major ?? "") +
      (refused.length > 0
        ? ` A request sent by the client without an interfaceVersion declares ${is}, and the fields of a later version it sets (${refused.join(", ")}) are refused.`
        : unfilled !== null
          ? ` The client no longer fills in ${unfilled}, which the request requires: a call that gives none, and configures none, is refused.`
          : "");
    return {
      operation: after.name,
      message: null,
      field: null,
      kind: "recommended-interface-version",
      classes: [why === "" ? "additive" : "breaking-request"],
      summary: `recommended interfaceVersion ${was} → ${is}; ${is === "none" ? "the examples and the client declare none" : "the examples and the client use it"}.${why}`,
    };
  });
}

/** The request's version field where it is required (the client filled it in from the recommended version), else null. */
function requiredVersionField(op: OperationModel): string | null {
  const { versionField } = op.request;
  const field = op.request.fields.find((f) => f.name === versionField);
  return field?.presence === "required" ? field.name : null;
}

/**
 * Pointers of the request's fields (any depth) that the recommended version lowered no longer allows: of a version
 * after the new one and by the old one. None where the request has no version field: the client then declares no
 * version, and the validators hold no field to one.
 */
function refusedByDefault(before: OperationModel, after: OperationModel): string[] {
  const [was, is] = [before.interfaceVersion.recommendedVersion, after.interfaceVersion.recommendedVersion];
  if (after.request.versionField === null || was === null || is === null || compareVersions(is, was) >= 0) return [];
  const out: string[] = [];
  for (const [pointer, field] of fieldsByPointer(after.request.fields))
    if (versioned(field) && compareVersions(field.since, is) > 0 && compareVersions(field.since, was) <= 0)
      out.push(pointer);
  return out;
}
