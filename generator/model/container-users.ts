// Which operations use each container type. A container is one type for the
// whole spec, defined by the first operation (or dictionary entry) met that
// holds it; the files generated for it name every operation that uses it, so
// that a reviewer reading their diff sees whom a change of the type reaches.

import { compareText } from "../rules/code-point-order.js";
import type { ContainerModel, SharedContainerModel } from "./field-model.js";

/** An operation and the container types it uses at any depth. */
export interface ContainerUse {
  readonly name: string;
  readonly sourceFile: string;
  readonly typeNames: Iterable<string>;
}

/** The containers, each with the operations that use it, by name in code-point order. */
export function withUsers(
  containers: readonly ContainerModel[],
  uses: readonly ContainerUse[],
): SharedContainerModel[] {
  const users = new Map<string, { name: string; sourceFile: string }[]>();
  for (const { name, sourceFile, typeNames } of uses)
    for (const typeName of typeNames) {
      const list = users.get(typeName);
      if (list) list.push({ name, sourceFile });
      else users.set(typeName, [{ name, sourceFile }]);
    }
  return containers.map((c) => ({
    ...c,
    usedBy: (users.get(c.typeName) ?? []).sort((a, b) => compareText(a.name, b.name)),
  }));
}
