// One field written with its changes: each key set, inserted where its rank
// in a fixed key order puts it, or removed; a field written on one line is
// written anew, on one line while it fits and has no meanings of its own.

import { compareText } from "../rules/code-point-order.js";
import { meaningNameOf } from "../rules/meanings.js";
import type { RawField, RawMeaning } from "../rules/raw-spec.js";
import type { FieldChange } from "./field-changes.js";
import { FlowList, renderEntry, type YamlValue } from "../rules/yaml-render.js";
import type { YamlEditor } from "./yaml-text.js";

/** The order sync writes a field's keys in; keys it inserts go before the first that comes after them. */
const FIELD_KEYS = [
  "from",
  "presence",
  "condition",
  "since",
  "type",
  "valueList",
  "values",
  "meanings",
  "format",
  "typeName",
  "example",
  "description",
  "notes",
  "fields",
  "items",
];
export const fieldRank = (key: string): string => String(FIELD_KEYS.indexOf(key) + 100).padStart(3, "0");

/** The longest line a field on one line may make. */
const FLOW_WIDTH = 120;

/** Writes field `name` of the fields at `fieldsPath`, as `written` holds it, with `change`. */
export function writeField(
  editor: YamlEditor,
  fieldsPath: string[],
  name: string,
  written: RawField,
  change: FieldChange,
): void {
  const path = [...fieldsPath, name];
  const wanted = new Map<string, YamlValue | null>();
  if (change.valueList !== undefined) wanted.set("valueList", change.valueList);
  if (change.values !== undefined) wanted.set("values", change.values === null ? null : new FlowList(change.values));
  if (change.meanings !== undefined)
    wanted.set("meanings", change.meanings === null ? null : meaningsOf(change.meanings, written.meanings ?? {}));
  if (change.description !== undefined) wanted.set("description", change.description);
  if (change.example !== undefined) wanted.set("example", null);
  if (editor.isFlow(path)) {
    editor.replaceEntry(fieldsPath, name, ...oneField(name, written, wanted, editor.keyColumn(fieldsPath)));
    return;
  }
  for (const [key, value] of wanted) {
    if (value === null) editor.remove(path, key);
    else if (editor.has([...path, key])) editor.set([...path, key], value);
    else editor.insertRanked(path, key, value, fieldRank);
  }
}

/** A field written on one line, rewritten with its changes: on one line while that fits and it has no own meanings. */
function oneField(
  name: string,
  written: RawField,
  wanted: ReadonlyMap<string, YamlValue | null>,
  column: number,
): [YamlValue, { flow?: boolean }] {
  const entries = new Map(Object.entries(written as Record<string, YamlValue>));
  // Meanings read back from YAML are an object: their keys ("00") must keep their order.
  const meanings = entries.get("meanings");
  if (meanings !== undefined && !wanted.has("meanings") && typeof meanings === "object")
    entries.set(
      "meanings",
      new Map(Object.entries(meanings as Record<string, YamlValue>).sort(([a], [b]) => compareText(a, b))),
    );
  for (const [key, value] of wanted) {
    if (value === null) entries.delete(key);
    else entries.set(key, value);
  }
  const ordered = [...entries].sort(([a], [b]) => compareText(fieldRank(a), fieldRank(b)));
  const field = new Map(ordered);
  const simple = ordered.every(([, v]) => v instanceof FlowList || (typeof v === "string" && !v.includes("\n")));
  const flow = simple && renderEntry(name, field, column, { flow: true }).length <= FLOW_WIDTH;
  return [field, { flow }];
}

/** One meaning as a text, several as a list. */
export const meaningOf = (meanings: readonly string[]): YamlValue =>
  meanings.length === 1 ? (meanings[0] ?? "") : [...meanings];

/** The meanings to write, each with the name the spec gave it, which a meaning reworded keeps. */
const meaningsOf = (
  meanings: ReadonlyMap<string, readonly string[]>,
  written: Readonly<Record<string, RawMeaning>>,
): YamlValue =>
  new Map(
    [...meanings]
      .sort(([a], [b]) => compareText(a, b))
      .map(([v, m]) => {
        const name = Object.hasOwn(written, v) ? meaningNameOf(written[v] as RawMeaning) : undefined;
        return [
          v,
          name === undefined
            ? meaningOf(m)
            : new Map([
                ["meaning", meaningOf(m)],
                ["name", name],
              ]),
        ];
      }),
  );
