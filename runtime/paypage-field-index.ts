// The fields of a message or container as the Paypage decoder looks them up:
// by name, or by a key's first character and length, among the few fields
// that start alike (cheaper than hashing every key of every response). Made
// once for each list of field descriptors.

import type { FieldDescriptor } from "./descriptor.js";
import { holdsSecret } from "./sensitive-fields.js";

/** Sips field names: a letter, then letters, digits or "_"; a container's field is container.field. */
export const KEY: RegExp = /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*$/;

/** The fields of a message or container, found by name or by the first character of a key. */
export interface FieldIndex {
  readonly fields: readonly FieldDescriptor[];
  readonly names: readonly string[];
  readonly byName: ReadonlyMap<string, number>;
  /** By the code of a name's first character (ASCII), then its length: the fields with that name's start and length. */
  readonly byFirst: readonly (readonly (readonly number[] | undefined)[] | undefined)[];
  /**
   * Whether a field at any depth carries a secret (`sensitive`): the problems of reading such a message's `Data`
   * then quote none of its text, as its validation's issues carry no value (the generator's `withholdsValues`
   * decides that, and test/paypage/withholding-agrees.test.ts holds the two to agree on every message).
   */
  readonly withholds: boolean;
}

const indexes = new WeakMap<readonly FieldDescriptor[], FieldIndex>();

export function fieldIndex(fields: readonly FieldDescriptor[]): FieldIndex {
  let index = indexes.get(fields);
  if (index === undefined) {
    const byFirst: number[][][] = [];
    fields.forEach((field, i) => {
      // Only names a key may be: a descriptor naming a field "__proto__" cannot make a pair set a prototype.
      if (KEY.test(field.name)) ((byFirst[field.name.charCodeAt(0)] ??= [])[field.name.length] ??= []).push(i);
    });
    const names = fields.map((f) => f.name);
    const withholds = holdsSecret(fields);
    index = { fields, names, byName: new Map(names.map((name, i) => [name, i])), byFirst, withholds };
    indexes.set(fields, index);
  }
  return index;
}

/** The field named `key`, or -1: among the few whose name starts like it and is as long (cheaper than hashing the key). */
export function matchField(index: FieldIndex, key: string): number {
  const candidates = index.byFirst[key.charCodeAt(0)]?.[key.length];
  if (candidates === undefined) return -1;
  for (let c = 0; c < candidates.length; c++) {
    const i = candidates[c] as number;
    if (index.names[i] === key) return i;
  }
  return -1;
}
