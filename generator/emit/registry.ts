import type { Emitter, GeneratedFile, OperationScope } from "./generated-file.js";
import type { SpecModel } from "../model/ir.js";
import { changelogEmitter } from "./emit-changelog.js";
import { clientEmitter } from "./emit-client.js";
import { descriptorEmitter } from "./emit-descriptor.js";
import { indexEmitter } from "./emit-index.js";
import { jsonSchemaEmitter } from "./emit-json-schema.js";
import { mockEmitter } from "./emit-mock.js";
import { operationValuesEmitter } from "./emit-operation-values.js";
import { paypageEmitter } from "./emit-paypage.js";
import { openApiEmitter } from "./emit-openapi.js";
import { referenceEmitter } from "./emit-reference.js";
import { runtimeEmitter } from "./emit-runtime.js";
import { sealEmitter } from "./emit-seal.js";
import { typesEmitter } from "./emit-types.js";
import { validatorsEmitter } from "./emit-validators.js";
import { valueListsEmitter } from "./emit-value-lists.js";
import { compareText } from "../rules/code-point-order.js";

/** Every kind of output. A new artifact is one emitter and one line here. */
export const emitters: readonly Emitter[] = [
  runtimeEmitter,
  valueListsEmitter,
  operationValuesEmitter,
  typesEmitter,
  validatorsEmitter,
  sealEmitter,
  descriptorEmitter,
  clientEmitter,
  paypageEmitter,
  mockEmitter,
  changelogEmitter,
  indexEmitter,
  jsonSchemaEmitter,
  openApiEmitter,
  referenceEmitter,
];

/** The files of one operation, from every emitter. */
export const emitOperation = (scope: OperationScope, selected: readonly Emitter[] = emitters): GeneratedFile[] =>
  selected.flatMap((emitter) => emitter.operation?.(scope) ?? []);

/** The files that span operations, from every emitter. */
export const emitSharedFromModel = (model: SpecModel, selected: readonly Emitter[] = emitters): GeneratedFile[] =>
  selected.flatMap((emitter) => emitter.shared?.(model) ?? []);

/** Files sorted by path. Two emitters writing one path is a generator bug. */
export function sortedUnique(files: readonly GeneratedFile[]): GeneratedFile[] {
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.path)) throw new Error(`two emitters produce ${file.path}`);
    seen.add(file.path);
  }
  return [...files].sort((a, b) => compareText(a.path, b.path));
}
