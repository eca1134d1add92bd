// factsStop.after once sync removes the field it names: the page's facts now
// end at the last field before it that stays. Left naming a field the message
// no longer has, it made the spec sync wrote invalid (unknown-facts-stop-field),
// so sync wrote nothing and `sync --check` kept asking for it.

import type { SpecEdit } from "./page-difference.js";
import type { SyncSubject } from "./sync-check.js";
import type { YamlEditor } from "./yaml-text.js";

export function stopAfterRemoval(
  edit: Extract<SpecEdit, { kind: "remove-field" }>,
  subject: SyncSubject,
  op: YamlEditor,
): string[] {
  const message = edit.message === "callback" ? subject.op.callback?.message : subject.op[edit.message];
  // A container's field is no field of the message, whatever its name.
  if (edit.at.length > 2 || message?.factsStop?.after !== edit.field) return [];
  const removed = new Set(
    subject.differences.flatMap((d) =>
      d.fix?.kind === "remove-field" && d.fix.message === edit.message && d.fix.at.length === 2 ? [d.fix.field] : [],
    ),
  );
  const names = message.fields.map((f) => f.name);
  const before = names.slice(0, names.indexOf(edit.field)).filter((name) => !removed.has(name));
  const last = before.at(-1);
  const name = subject.op.name;
  // None stays before it: every field is beyond the facts, as factsStop without `after` says.
  if (last === undefined) {
    op.remove([edit.message, "factsStop"], "after");
    return [
      `${name}: ${edit.message}.factsStop.after removed (no field before ${edit.field} is left; check factsStop.notes)`,
    ];
  }
  op.set([edit.message, "factsStop", "after"], last);
  return [
    `${name}: ${edit.message}.factsStop.after set to ${last} (the page no longer lists ${edit.field}; check factsStop.notes)`,
  ];
}
