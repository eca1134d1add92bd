// What the files generated for the container types say under their header:
// which operations use each type. One type serves them all, defined by the
// first met (the header names its file), and a change of it reaches each; the
// header line itself names the defining files alone, so that an operation
// added leaves it as it was and the line below shows what the addition reaches.

import type { SharedContainerModel } from "../model/field-model.js";

/** The file's line comment: what it holds, then which operations use each type (all of them, by name). */
export function containersAbout(about: string, containers: readonly SharedContainerModel[]): string {
  const uses = containers.map((c) =>
    c.usedBy.length === 0 ? `${c.typeName}: no operation` : `${c.typeName}: ${c.usedBy.map((u) => u.name).join(", ")}`,
  );
  return `${about} Used by (type: operations): ${uses.join("; ")}.`;
}
