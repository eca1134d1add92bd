// What the tests of the generated sealing strings' fast path share
// (test/generated/seal-fast-path-*.test.ts): every message of the repository's
// spec and of the golden fixture (containers in containers, lists in
// containers, every feature of the format) with the runtime's generic rule it
// is held to, the arbitrary of its messages, an outcome as text, and the places
// under its sealed fields where a nested value can stand.
import fc from "fast-check";
import type { FieldDescriptor, MessageDescriptor } from "../../generated/index.js";
import { objectArb } from "./message-arbitrary.js";
import { loadedOutput } from "./previous-output.js";

// Both specs' outputs loaded before the tests are collected (once per worker: list-bounds.test.ts loads them too).
export const outputs = [
  ["repository", await loadedOutput("repository")],
  ["golden", await loadedOutput("golden")],
] as const;

/** Each message of both specs, its fields left out of the seal, and the generic rule of its output. */
export const cases = outputs.flatMap(([spec, { pkg, model }]) =>
  Object.values(pkg.operations).flatMap((op) =>
    (["request", "response"] as const).map((kind) => ({
      name: `${spec} spec: ${op.name} ${kind}`,
      prefix: op.interfaceVersion.prefix,
      message: op[kind] as MessageDescriptor<unknown>,
      exclude: new Set(model.platform.seal[kind].exclude),
      spec,
      generic: pkg.genericSealingString,
    })),
  ),
);

export type SealCase = (typeof cases)[number];

export const KEY = "seal-fast-path-key";

/** A message's fields drawn (with unknown keys, some named as a prototype's), and a few keys of any JSON beside them. */
export function messagesOf({ message, prefix }: SealCase) {
  return fc.tuple(
    // A required field left out one draw in 8, not 40: the counters need each sealed field absent in some draw.
    objectArb(message.fields, {
      prefix,
      unknownKeys: ["aNewField", "zNewField", "Upper", "seal", "__proto__"],
      requiredAbsentOneIn: 8,
    }),
    fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 }),
  );
}

/** The fields of a message that its sealing string takes. */
export const sealedFields = (message: MessageDescriptor<unknown>): FieldDescriptor[] =>
  message.fields.filter((f) => message.sealFields.includes(f.name));

/** The string, or the error thrown. */
export function outcomeOf(run: () => string): { kind: "="; text: string } | { kind: "!"; error: Error } {
  try {
    return { kind: "=", text: run() };
  } catch (error) {
    return { kind: "!", error: error as Error };
  }
}

/** The string, or the kind of error thrown. */
export function outcome(run: () => string): string {
  try {
    return `= ${run()}`;
  } catch (error) {
    return `! ${(error as Error).constructor.name}`;
  }
}

export type Place = (nesting: object) => Record<string, unknown>;

/** Where a nesting can start under `fields`, each as a path for the failure's text and what builds the value there. */
export function nestingPlaces(fields: readonly FieldDescriptor[]): [string, Place][] {
  return fields.flatMap((field): [string, Place][] => {
    const at =
      (build: (nesting: object) => unknown): Place =>
      (nesting) => ({ [field.name]: build(nesting) });
    const inner = field.type === "list" ? field.items?.fields : field.fields;
    const wrap = field.type === "list" ? (item: unknown) => [item] : (item: unknown) => item;
    const places: [string, Place][] = [[field.name, at((nesting) => nesting)]];
    if (field.type === "list") places.push([`${field.name}/0`, at((nesting) => [nesting])]);
    if (inner) {
      places.push([`${field.name} zNewField`, at((nesting) => wrap({ zNewField: nesting }))]);
      for (const [where, place] of nestingPlaces(inner))
        places.push([`${field.name} ${where}`, at((nesting) => wrap(place(nesting)))]);
    }
    return places;
  });
}
