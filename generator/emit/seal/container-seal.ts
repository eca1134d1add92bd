// containers/seal.ts: each container type's part of a sealing string, its
// known fields in sealing order through the fast path (seal/fast-path.ts),
// the generic rule for one that holds fields this package does not know.

import { containerFile } from "../container-file.js";
import type { SharedContainerModel } from "../../model/field-model.js";
import { declare, ts } from "../ts/code.js";
import { docLink, jsdoc, lineComment } from "../ts/comment-escape.js";
import { condition, parenList, returnSum } from "../ts/layouts.js";
import { containerSymbols } from "../ts/model-symbols.js";
import { runtime } from "../ts/symbols.js";
import { sealedOrFallback, sealParts } from "./fast-path.js";

const s = runtime.seal;

export function emitContainerSeal(containers: readonly SharedContainerModel[]) {
  if (containers.length === 0) return [];
  const file = containerFile(
    containers,
    "containerSeal",
    "Sealing strings of the container types: their known fields in sealing order, the generic rule for a container that holds fields this package does not know. Called by the operations' sealing strings.",
  );
  for (const c of containers) {
    const generic = ts`return ${s.sealText}(value, depth, jsonKey);`;
    file.add(ts`
      ${jsdoc([["The part of a sealing string a ", docLink(c.typeName), " at `depth` in its message (`jsonKey`: its field's name or index, as JSON.stringify gives a toJSON) contributes: its fields sorted by name, flattened."]], [containerSymbols(c).type])}
      ${declare("function", containerSymbols(c).seal)}${parenList([ts`value: unknown`, ts`depth: number`, ts`jsonKey: ${s.ToJsonKey}`])}: string {
        ${lineComment("A list is sealed by index, as JSON reads it, whatever keys it has: the generic rule.")}
        if (${condition("||", [ts`typeof value !== "object"`, ts`value === null`, ts`Array.isArray(value)`])}) ${generic}
        const fields = value as Record<string, unknown>;
        ${sealedOrFallback(ts`fields`, c.sealFields, [], returnSum(sealParts(c.fields, c.sealFields, ts`depth + 1`)), generic, true)}
      }
    `);
  }
  return [file.toGeneratedFile()];
}
