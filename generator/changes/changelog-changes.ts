// An operation's changelog (operations/<op>/CHANGELOG.md and its reference
// page): rows derived from the fields, in its page's order. A row a field
// change already reports (a field added or removed, a version changed) is not
// repeated, nor are the rows a field made a container (or plain) brings or
// takes away, which its type change names; what is left is what only the
// changelog shows: rows moved by a new release of the page, a version or
// attendance changed by the other message.

import type { ChangelogRowModel, OperationModel } from "../model/operation-model.js";
import type { Change } from "./change.js";
import { switchedContainerRows, type ContainerRow } from "./container-rows.js";

/** `changes`: the operation's other changes, which explain the rows they touch. */
export function compareChangelogs(before: OperationModel, after: OperationModel, changes: readonly Change[]): Change[] {
  const ownChanges = changes.filter((c) => c.message !== "callback");
  const switched = [
    ...switchedContainerRows(before.request.fields, after.request.fields),
    ...switchedContainerRows(before.response.fields, after.response.fields),
  ];
  const out = compareRows(after.name, null, before.changelog, after.changelog, ownChanges, switched);
  const [was, is] = [before.callback, after.callback];
  // A callback added, removed or renamed is reported as such, its rows with it.
  if (was && is && was.name === is.name) {
    const callbackChanges = changes.filter((c) => c.message === "callback");
    const rows = switchedContainerRows(was.message.fields, is.message.fields);
    out.push(...compareRows(after.name, "callback", was.changelog, is.changelog, callbackChanges, rows));
  }
  return out;
}

const FIELD_KINDS = new Set<Change["kind"]>(["field-added", "field-removed", "since"]);

function compareRows(
  operation: string,
  message: "callback" | null,
  before: readonly ChangelogRowModel[],
  after: readonly ChangelogRowModel[],
  changes: readonly Change[],
  switched: readonly ContainerRow[],
): Change[] {
  const explained = explainedRows(changes, switched);
  const old = new Map(before.map((r) => [keyOf(r), r]));
  const now = new Map(after.map((r) => [keyOf(r), r]));
  const said: string[] = [];
  for (const row of after) {
    const key = keyOf(row);
    if (explained(row)) continue;
    const was = old.get(key);
    if (!was) said.push(`row ${nameOf(row)} added (${row.attendance}, ${versionOf(row)})`);
    else {
      if (versionOf(was) !== versionOf(row)) said.push(`row ${nameOf(row)} ${versionOf(was)} → ${versionOf(row)}`);
      if (was.attendance !== row.attendance) said.push(`row ${nameOf(row)} ${was.attendance} → ${row.attendance}`);
    }
  }
  for (const row of before) if (!now.has(keyOf(row)) && !explained(row)) said.push(`row ${nameOf(row)} removed`);
  // The rows both have, that no change moved: in another order, the page's order changed.
  const kept = (rows: readonly ChangelogRowModel[], other: ReadonlyMap<string, ChangelogRowModel>) =>
    rows.filter((r) => other.has(keyOf(r)) && !explained(r)).map(keyOf);
  if (kept(before, now).join("\n") !== kept(after, old).join("\n")) said.push("rows in another order");
  if (said.length === 0) return [];
  const table = message === null ? "changelog" : "callback's changelog";
  return [
    {
      operation,
      message,
      field: null,
      kind: "changelog",
      classes: ["docs"],
      summary: `${table} (CHANGELOG.md, the reference page): ${said.join("; ")}.`,
    },
  ];
}

/**
 * Whether a field change reports the row already: one of its field (at the
 * container it is listed under), or of the container itself, added or removed,
 * or a row under a field made a container or made plain (`switched`), whose type change says so.
 */
function explainedRows(
  changes: readonly Change[],
  switched: readonly ContainerRow[],
): (row: ChangelogRowModel) => boolean {
  const keys = new Set<string>(switched.map(keyOf));
  const containers = new Set<string>();
  for (const change of changes) {
    if (change.field === null || !FIELD_KINDS.has(change.kind)) continue;
    const names = change.field.split("/").filter((s) => s !== "" && s !== "-");
    const field = names.at(-1) ?? "";
    keys.add(`${names.at(-2) ?? ""}\u0000${field}`);
    if (change.kind !== "since") containers.add(field);
  }
  return (row) => keys.has(keyOf(row)) || (row.container !== "" && containers.has(row.container));
}

const keyOf = (row: ContainerRow): string => `${row.container}\u0000${row.field}`;
const nameOf = (row: ChangelogRowModel): string => (row.container === "" ? row.field : `${row.container}.${row.field}`);
const versionOf = (row: ChangelogRowModel): string => row.version?.text ?? "undocumented";
