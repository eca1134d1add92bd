import { factsStopEntity, type OperationEntity } from "../rules/operation-declarations.js";
import { ownValuesSignature, type OwnValuesEntity } from "../rules/own-values-names.js";
import { meaningNameOf, meaningsOf } from "../rules/meanings.js";
import { ownConstantKeys } from "../rules/value-names.js";
import type { MeaningNames, RawMeaning } from "../rules/raw-spec.js";
import { valuesOf } from "./field-shape.js";
import { messagesByRole } from "./message-roles.js";
import type { OperationModel } from "./operation-model.js";
import type { FieldValuesModel, ValueListModel } from "./value-list-model.js";

/** By field of one message: the values whose page's meanings deviations keep out, and whom each says they name. */
export type KeptMeanings = ReadonlyMap<string, ReadonlyMap<string, MeaningNames | null>>;

/**
 * A shared list as one operation's field takes it: the values its `values:`
 * names (all when it names none), each with the operation's own meaning where
 * `meanings:` gives one and the list's general meaning otherwise; where it
 * gives one, each value's key is that of the operation's own constants.
 * `keptOut`: the values whose page's meanings the spec keeps out (deviations on
 * their meaning), each with whom its deviation says they name: a value given
 * none is kept out (`keptOut`), and meant for other operations only
 * (`othersMeant`) where its deviation says so, never because it is kept out.
 */
export function fieldValues(
  list: ValueListModel | null,
  values: readonly string[] | undefined,
  meanings: Readonly<Record<string, RawMeaning>> | undefined,
  keptOut: ReadonlyMap<string, MeaningNames | null> = new Map(),
): FieldValuesModel | null {
  if (!list) return null;
  if (values === undefined && meanings === undefined) return wholeList(list);
  const taken = values === undefined ? null : new Set(values);
  const own = new Map(Object.entries(meanings ?? {}));
  const out = list.values
    .filter((value) => taken === null || taken.has(value.value))
    .map((value) => {
      const meaning = own.get(value.value);
      if (meaning === undefined) return { ...value, own: false, keptOut: false, othersMeant: false };
      const mine = meaningsOf(meaning);
      const kept = mine.length === 0 && keptOut.has(value.value);
      const othersMeant = kept && keptOut.get(value.value) === "other-operations";
      const name = meaningNameOf(meaning);
      return {
        ...value,
        meanings: mine,
        own: true,
        keptOut: kept,
        othersMeant,
        ...(name === undefined ? {} : { name }),
      };
    });
  const reworded = out.some((v) => v.own);
  // Reworded, the operation has constants of its own: keys from its meanings where the shared name is another page's.
  const keys = reworded ? ownConstantKeys(out) : null;
  const named = keys ? out.map((value, i) => ({ ...value, key: keys[i] ?? value.key })) : out;
  return { list, values: named, narrowed: out.length < list.values.length, reworded };
}

/**
 * A list as a field that takes all of it with its general meanings sees it:
 * one value for every such field of every operation (the model is read-only),
 * rather than a copy of each value per field.
 */
const wholeLists = new WeakMap<ValueListModel, FieldValuesModel>();

function wholeList(list: ValueListModel): FieldValuesModel {
  let whole = wholeLists.get(list);
  if (!whole) {
    const values = list.values.map((value) => ({ ...value, own: false, keptOut: false, othersMeant: false }));
    whole = { list, values, narrowed: false, reworded: false };
    wholeLists.set(list, whole);
  }
  return whole;
}

/** What an operation's names depend on (rules/operation-declarations.ts): its name, and its fields that narrow or reword their list. */
export const operationEntity = (op: OperationModel): OperationEntity => ({
  name: op.name,
  ownValues: ownValuesEntities(op),
  ...(op.callback ? { callback: op.callback.name } : {}),
  ...(op.environments.some((e) => e.post !== null) ? { postForm: { family: op.family } } : {}),
  ...factsStopEntity({ request: op.request, response: op.response, callback: op.callback?.message }),
});

/** The fields of an operation (its callback's too) that narrow or reword their list. */
export function ownValuesEntities(op: OperationModel): OwnValuesEntity[] {
  return messagesByRole(op).flatMap(([kind, message]) =>
    message.fields.flatMap((field) => {
      const values = valuesOf(field);
      if (!values || (!values.narrowed && !values.reworded)) return [];
      return [
        {
          message: kind,
          field: field.name,
          list: values.list.name,
          exact: values.list.match === "exact",
          narrowed: values.narrowed,
          reworded: values.reworded,
          signature: ownValuesSignature(
            values.values.map((v) => v.value),
            values.values.filter((v) => v.own).map((v) => [v.value, v.meanings, v.name] as const),
          ),
        },
      ];
    }),
  );
}
