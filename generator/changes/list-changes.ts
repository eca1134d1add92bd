// Changes of the shared value lists, the vocabulary every operation takes its
// values from: reported once each, with the operations that take the value.
// What each operation takes is compared per field (field-changes.ts).

import { operationSymbols } from "../emit/ts/model-symbols.js";
import { allFields, valuesOf } from "../model/field-shape.js";
import type { SpecModel } from "../model/ir.js";
import type { OperationModel } from "../model/operation-model.js";
import type { ValueListModel, ValueModel } from "../model/value-list-model.js";
import { changedSummary, withAside, type Change, type ChangeClass, type ChangeKind } from "./change.js";
import { breakingAt, fieldPlaces, renamedAtPlaces } from "./field-places.js";
import { compareMatch } from "./list-match-changes.js";
import { quotedMeanings } from "./meaning-words.js";
import { atList, countWithin, fromList, listFirst, ofList, toList, valueCount } from "./place-words.js";

const BOTH: ChangeClass[] = ["breaking-request", "breaking-response"];

/** Old list name → new, for each value list renamed (field-places.ts says what a rename is). */
export function renamedLists(before: SpecModel, after: SpecModel): ReadonlyMap<string, string> {
  const names = (spec: SpecModel) => new Set(spec.valueLists.map((l) => l.name));
  return renamedAtPlaces(
    before,
    after,
    { before: names(before), after: names(after) },
    (f) => valuesOf(f)?.list.name ?? null,
  );
}

/** `renamed`: the lists renamed (old name → new), each reported once and compared with its old self. */
export function compareLists(
  before: SpecModel,
  after: SpecModel,
  renamed: ReadonlyMap<string, string> = new Map(),
): Change[] {
  const out: Change[] = [];
  const change = (
    list: string,
    kind: ChangeKind,
    classes: ChangeClass[],
    said: string | Pick<Change, "summary" | "line" | "meanings" | "changed" | "added">,
  ): void => {
    out.push({
      operation: null,
      list,
      message: null,
      field: null,
      kind,
      classes,
      ...(typeof said === "string" ? { summary: said } : said),
    });
  };
  const old = new Map(before.valueLists.map((l) => [l.name, l]));
  const now = new Map(after.valueLists.map((l) => [l.name, l]));
  const oldNames = new Map([...renamed].map(([was, is]) => [is, was]));
  for (const list of after.valueLists) {
    const previous = old.get(oldNames.get(list.name) ?? list.name);
    if (previous && previous.name !== list.name)
      change(list.name, "shared-list-renamed", ...renaming(previous, list, after));
    if (!previous)
      change(
        list.name,
        "shared-list-added",
        ["additive"],
        withAside(`${listFirst(list.name)}added`, valueCount(list.values.length), countWithin(list.values.length), "."),
      );
    else compareList(previous, list, { before: before.operations, after: after.operations }, change);
  }
  for (const list of before.valueLists)
    if (!now.has(list.name) && !renamed.has(list.name))
      change(
        list.name,
        "shared-list-removed",
        BOTH,
        `${listFirst(list.name)}removed: its type and constants are gone.`,
      );
  return out;
}

function compareList(
  before: ValueListModel,
  after: ValueListModel,
  specs: Specs,
  change: (
    list: string,
    kind: ChangeKind,
    classes: ChangeClass[],
    said: string | Pick<Change, "summary" | "meanings" | "added">,
  ) => void,
): void {
  const old = new Map(before.values.map((v) => [v.value, v]));
  const now = new Map(after.values.map((v) => [v.value, v]));
  const name = after.name;
  // A prefix list's value printed otherwise that stands for the same prefix keeps its constant: the same value.
  const reprinted = new Map<string, ValueModel>();
  for (const value of after.values) {
    const was = old.has(value.value)
      ? undefined
      : before.values.find((v) => v.prefix !== null && v.prefix === value.prefix && !now.has(v.value));
    if (was) reprinted.set(value.value, was);
  }
  const gone = new Set([...reprinted.values()].map((v) => v.value));
  // Switched between exact and prefix: one change, where each value's prefix appeared or went (list-match-changes.ts).
  const operations = specs.after;
  const match = compareMatch(before, after, operations);
  if (match) change(name, match.kind, [...match.classes], match.summary);
  // Its type's JSDoc and reference page: which of the two changed, named.
  const docs = [
    before.description === after.description ? null : "description",
    before.notes.join("\n") === after.notes.join("\n") ? null : "notes",
  ].filter((d) => d !== null);
  if (docs.length > 0) change(name, "description", ["docs"], changedSummary(`${docs.join(" and ")}${ofList(name)}`));
  for (const value of after.values) {
    const previous = old.get(value.value) ?? reprinted.get(value.value);
    if (previous && previous.value !== value.value)
      change(
        name,
        "shared-value-printed",
        ["docs"],
        `value ${previous.value}${atList(name)} printed ${value.value}: it stands for ${value.prefix} as before.`,
      );
    if (!previous) {
      // Additive, as a value is: the union widens, which code with an exhaustive switch over it notices (a
      // response field's type admits other text, so its readers already meet values they do not know).
      const gaining = [after.typeName, ...ownTypesGaining(after, value.value, specs)];
      change(name, "shared-value-added", ["additive"], {
        summary: `value ${value.value} added${toList(name)} ${valueWords(value)}; ${takers(after, value.value, operations)}; ${gainingWords(gaining)}.`,
        added: value.value,
      });
      continue;
    }
    if (previous.key !== value.key) {
      change(
        name,
        "shared-value-renamed",
        BOTH,
        `constant of value ${value.value}${atList(name)} renamed ${previous.key} → ${value.key}: code using the old name stops compiling.`,
      );
    }
    if (!match && previous.prefix !== value.prefix) {
      // The printed text is the same, the value code holds is not: the constant, the union and the guards change.
      change(
        name,
        "shared-value-prefix",
        BOTH,
        `prefix of value ${value.value}${atList(name)} ${previous.prefix ?? "none"} → ${value.prefix ?? "none"}: constant ${value.key} holds the new prefix, interface versions that start with the old one are refused.`,
      );
    }
    // Its own difference, whatever else changed: the list's JSDoc, value table and reference page show it.
    if (previous.meanings.join("\n") !== value.meanings.join("\n"))
      change(name, "shared-meaning", ["docs"], {
        summary: `general meaning of ${value.value}${atList(name)} ${value.meanings.length === 0 ? "removed" : "changed"}.`,
        meanings: [{ value: value.value, before: previous.meanings, after: value.meanings }],
      });
  }
  for (const value of before.values)
    if (!now.has(value.value) && !gone.has(value.value))
      change(
        name,
        "shared-value-removed",
        BOTH,
        `value ${value.value} removed${fromList(name)}: its constant is gone.`,
      );
}

/**
 * "as SOME_KEY, meaning “…”" ("“…” / “…”", one per context): the constant code names a value added by and what the
 * list says it means, which a reviewer acts on (a case to handle) and would otherwise look for in the diff of generated/.
 */
const valueWords = (value: ValueModel): string => `as ${value.key}, meaning ${quotedMeanings(value.meanings)}`;

/**
 * "taken by a, b" (the operations whose fields take the value, a callback's
 * fields counted as its operation's), "taken by a only", or "taken by no operation".
 */
function takers(list: ValueListModel, value: string, operations: readonly OperationModel[]): string {
  const names = operations
    .filter((op) =>
      allFields([...op.request.fields, ...op.response.fields, ...(op.callback?.message.fields ?? [])]).some((field) => {
        const taken = valuesOf(field);
        return taken?.list === list && taken.values.some((v) => v.value === value);
      }),
    )
    .map((op) => op.name);
  if (names.length === 0) return "taken by no operation";
  return `taken by ${names.join(", ")}${names.length === 1 ? " only" : ""}`;
}

/** The operations before and after, whose fields take the lists' values. */
interface Specs {
  readonly before: readonly OperationModel[];
  readonly after: readonly OperationModel[];
}

/**
 * The types operations export for what a field takes of `list` (`<Operation><List>`, values.ts) that now take
 * `value` and were exported before: a switch over one of them, which the operation's guard narrows to, meets it too.
 */
function ownTypesGaining(list: ValueListModel, value: string, specs: Specs): string[] {
  const out: string[] = [];
  for (const op of specs.after) {
    const was = specs.before.find((o) => o.name === op.name);
    if (was === undefined) continue;
    const had = new Set(operationSymbols(was).ownValues.flatMap((own) => (own.type ? [own.type.name] : [])));
    for (const own of operationSymbols(op).ownValues) {
      const type = own.type?.name;
      if (type === undefined || !had.has(type) || out.includes(type)) continue;
      const message = own.message === "callback" ? op.callback?.message : op[own.message];
      const field = message?.fields.find((f) => f.name === own.field);
      const taken = field === undefined ? null : valuesOf(field);
      if (taken?.list === list && taken.values.some((v) => v.value === value)) out.push(type);
    }
  }
  return out;
}

/** "its type X gains it, so an exhaustive switch over that type meets a new case", naming each type that gains it. */
function gainingWords(types: readonly string[]): string {
  const [list, ...own] = types;
  if (own.length === 0) return `its type ${list} gains it, so an exhaustive switch over that type meets a new case`;
  const named = own.length === 1 ? own[0] : `${own.slice(0, -1).join(", ")} and ${own.at(-1)}`;
  return `its type ${list} gains it, and so ${own.length === 1 ? "does" : "do"} ${named}, so an exhaustive switch over any of them meets a new case`;
}

/** A list's new name is its type's and its constants': code naming the old ones stops compiling wherever it takes the list. */
function renaming(was: ValueListModel, list: ValueListModel, after: SpecModel): [ChangeClass[], string] {
  const takers = fieldPlaces(after).filter((p) => valuesOf(p.field)?.list === list);
  const classes = takers.length === 0 ? BOTH : breakingAt(takers);
  const where = takers.length === 0 ? "taken by no field" : `taken by ${takers.map((p) => p.place).join(", ")}`;
  return [
    classes,
    `value list ${was.name} renamed ${list.name}: its type and constants ${was.typeName} are now ${list.typeName}, and code that names the old ones stops compiling; ${where}.`,
  ];
}
