// The files generated for the container types: one module each of the shared
// ones (types, checks, descriptors, sealing strings), all of every type. What
// each says under its header: which operations use each type. One type serves
// them all, defined by the first met (the header names its file), and a change
// of it reaches each; the header line itself names the defining files alone,
// so that an operation added leaves it as it was and the line below shows what
// the addition reaches.

import type { SharedContainerModel } from "../model/field-model.js";
import type { MODULES } from "../rules/generated-modules.js";
import { sourcesOf } from "./generated-file.js";
import { sharedModuleOf } from "./ts/model-symbols.js";
import { TsFile } from "./ts/ts-file.js";

/** The shared module `file` of the container types, its line comment `about` it, then which operations use them. */
export function containerFile(
  containers: readonly SharedContainerModel[],
  file: keyof typeof MODULES,
  about: string,
): TsFile {
  return new TsFile(sharedModuleOf({ containers }, file), sourcesOf(containers), containersAbout(about, containers));
}

/** The file's line comment: what it holds, then which operations use each type (all of them, by name). */
function containersAbout(about: string, containers: readonly SharedContainerModel[]): string {
  const uses = containers.map((c) =>
    c.usedBy.length === 0 ? `${c.typeName}: no operation` : `${c.typeName}: ${c.usedBy.map((u) => u.name).join(", ")}`,
  );
  return `${about} Used by (type: operations): ${uses.join("; ")}.`;
}
