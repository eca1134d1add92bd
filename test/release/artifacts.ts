// The generated files of one operation that its page decides, and the
// container types its fields hold, compared by the round-trip tests: the status
// block is written by hand (no page gives it), so the registry entry is
// compared without it.
import type { GeneratedFile } from "../../generator/index.js";

const ARTIFACTS = ["types.ts", "values.ts", "validators.ts", "seal.ts", "descriptor.ts", "callback.ts", "CHANGELOG.md"];
/** The container types of every operation, one file of each kind: a container is one type wherever it is held. */
const CONTAINERS = ["types.ts", "validators.ts", "seal.ts", "descriptors.ts"].map((name) => `containers/${name}`);

/**
 * The status block is written by hand (no page gives it): the registry entry is compared without it, on one line
 * (a short block, `status: { field: "responseCode", ... }`) or on several.
 */
const withoutStatus = (text: string | undefined) =>
  text?.replace(/\n {2}status: (null|\{[^\n]*\}|\{\n[\s\S]*?\n {2}\}),\n/, "\n");

export const generatedArtifacts = (files: readonly GeneratedFile[], op: string) =>
  Object.fromEntries([
    ...ARTIFACTS.map((name) => {
      const text = files.find((f) => f.path === `operations/${op}/${name}`)?.content;
      return [name, name === "descriptor.ts" ? withoutStatus(text) : text];
    }),
    ...CONTAINERS.map((path) => [path, files.find((f) => f.path === path)?.content]),
  ]);
