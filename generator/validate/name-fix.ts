// Where a name the spec gives the package comes from, and what to write there
// to change it: the owner's name, or, for the names an operation's callback or
// family makes, that callback's name or that family.

import type { SourceLocation } from "../diagnostics/diagnostic.js";
import type { Declaration, NameOwner } from "../rules/declaration.js";
import { POST_FORM_ROLE, postFormName } from "../rules/operation-declarations.js";
import { pascalCase } from "../rules/names.js";
import type { RawOperation } from "../rules/raw-spec.js";
import type { Located } from "./located.js";

/** An entity of the spec that owns names. */
export type SpecOwner = Exclude<NameOwner, { kind: "package" }>;

/** A name the spec's entities give the package. */
export type SpecDeclaration = Declaration & { readonly owner: SpecOwner };

/** Where a colliding name comes from, and what to change there. */
export interface Fix {
  readonly at: SourceLocation;
  readonly suggestion: string;
  /** What of the owner makes the name, where it is not the owner's own name. */
  readonly source: string | null;
}

/**
 * An operation's callback names come from `callback.name`, and its POST form
 * builder from its family: renaming the operation changes neither, so a
 * collision or a reserved name points at what makes the name and says what
 * to write there.
 */
export function fixOf(
  name: SpecDeclaration,
  placeOf: (owner: SpecOwner) => SourceLocation,
  operations: ReadonlyMap<string, Located<RawOperation>>,
): Fix {
  const op = name.owner.kind === "operation" ? operations.get(name.owner.name) : undefined;
  if (op?.raw.callback && name.role.startsWith("the callback"))
    return {
      at: op.map.value(["callback", "name"]),
      suggestion: `rename the callback, e.g. "name: ${op.raw.operation}Result"`,
      source: "its callback's name",
    };
  if (op?.raw.family !== undefined && name.role === POST_FORM_ROLE)
    return {
      at: op.map.value(["family"]),
      suggestion: `the POST form builder is named after the family (one per family): give this operation a family of its own, e.g. "family: ${op.raw.family} ${pascalCase(op.raw.operation)}" (${postFormName(op.raw.operation, `${op.raw.family} ${pascalCase(op.raw.operation)}`)})`,
      source: "its family",
    };
  return { at: placeOf(name.owner), suggestion: renameHint(name.owner), source: null };
}

export function renameHint(owner: SpecOwner): string {
  if (owner.kind === "operation") return `rename the operation, e.g. "${owner.name}Operation"`;
  if (owner.kind === "valueList") return `rename the value list, e.g. "${owner.name}Code"`;
  return `give the container another typeName, e.g. "typeName: ${owner.name}Data"`;
}
