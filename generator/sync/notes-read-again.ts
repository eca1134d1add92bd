// The notes an operation's edit may leave saying what is no longer so: sync
// does not edit notes, the maintainer's own text, so when it sets the
// recommended version or moves where a message's facts stop, it names the
// notes to read again.

import type { SpecEdit } from "./page-difference.js";
import type { SyncSubject } from "./sync-check.js";
import type { YamlValue } from "../rules/yaml-render.js";
import { notesNaming } from "./notes-naming.js";

/** The notes that name a recommended version the edit replaces: to be read again, as sync does not edit them. */
export function replacedInNotes(edit: Extract<SpecEdit, { kind: "set-operation" }>, subject: SyncSubject): string[] {
  if (edit.path.join(".") !== "interfaceVersion.recommended") return [];
  const now = typeof edit.value === "string" ? [edit.value] : Object.values(edit.value as Record<string, YamlValue>);
  const { recommended, recommendedByPrefix } = subject.op.interfaceVersion;
  const was = recommendedByPrefix.length > 0 ? recommendedByPrefix.map((r) => r.version) : [recommended];
  const gone = was.flatMap((v) => (v === null || now.includes(v) ? [] : [v]));
  // None before: a note that speaks of a recommended version said there was none, and went on saying it beside it;
  // one that names the version now given (a note written with the page) does not.
  if (was.every((v) => v === null)) {
    const unsaid = notesNaming(subject.located.raw, ["recommended"], now.map(String));
    return readAgain(subject, "notes speak of a recommended version, of which the spec had none", unsaid);
  }
  const places = notesNaming(subject.located.raw, gone);
  return readAgain(subject, `notes name ${gone.join(", ")}`, places);
}

/**
 * The notes that may speak of where a message's facts stopped, once a release moves `factsStop.after`: those naming
 * the old last field, and those of the fields the facts now take in (the old last one too). They said the copy stops
 * before a field, or that its list is unread, and went on saying it beside the page's facts.
 */
export function stopInNotes(edit: Extract<SpecEdit, { kind: "set-operation" }>, subject: SyncSubject): string[] {
  const [as, key, part] = edit.path;
  if (key !== "factsStop" || part !== "after" || typeof edit.value !== "string") return [];
  const message =
    as === "callback"
      ? subject.op.callback?.message
      : as === "request" || as === "response"
        ? subject.op[as]
        : undefined;
  const was = message?.factsStop?.after;
  if (!message || was === null || was === undefined) return [];
  const names = message.fields.map((f) => f.name);
  const [from, to] = [names.indexOf(was), names.indexOf(edit.value)];
  const taken = new Set(from < 0 || to < from ? [] : names.slice(from, to + 1));
  const raw = subject.located.raw as unknown as Record<string, { fields?: Record<string, { notes?: unknown }> }>;
  const fields = raw[String(as)]?.fields ?? {};
  const places = [
    ...notesNaming(subject.located.raw, [was]),
    ...[...taken].flatMap((f) => (Array.isArray(fields[f]?.notes) ? [`${as}.fields.${f}.notes`] : [])),
  ];
  return readAgain(subject, "notes may say where the facts stopped", [...new Set(places)]);
}

/** What sync says of notes found at `places` (YAML paths), none when there are none. */
function readAgain(subject: SyncSubject, what: string, places: readonly string[]): string[] {
  return places.length === 0
    ? []
    : [`${subject.op.name}: ${what} (${places.join(", ")}): read them again (sync does not edit them)`];
}
