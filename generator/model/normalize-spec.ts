import type { RawValueList } from "../rules/raw-spec.js";
import type { RawPlatform } from "../rules/raw-platform.js";
import type { ValidSpec } from "../validate/validate-spec.js";
import { compareText } from "../rules/code-point-order.js";
import { dictionaryFields } from "../validate/field-sites.js";
import type { ContainerModel } from "./field-model.js";
import type { PlatformModel, SpecModel } from "./ir.js";
import type { ValueListModel } from "./value-list-model.js";
import { valueListTypeName } from "../rules/export-names.js";
import { constantKeyOf } from "../rules/names.js";
import { listPrefixOf } from "../rules/list-prefix.js";
import { normalizeOperation, type SharedContext } from "./normalize-operation.js";
import { responseContainers } from "./response-containers.js";
import { containersIn, responseFields } from "../validate/contained-types.js";
import { withUsers } from "./container-users.js";
import type { OperationModel } from "./operation-model.js";
import { modelWithHead, operationHead } from "./operation-head.js";
import type { PageReading } from "../read/page/read-page.js";
import {
  definesAsBefore,
  keyOf,
  type KeptModels,
  type KeptOperation,
  type ModelKeys,
  modelOf,
  reusable,
} from "./kept-models.js";

/**
 * Builds the read-only model from a spec that passed validation; the saved
 * pages, by path relative to the spec directory, order the changelogs of the
 * operations that cite one. `keep` (a process that builds the model again and
 * again) takes the operations whose inputs did not change from the model
 * built before (see kept-models.ts).
 */
export function normalizeSpec(
  spec: ValidSpec,
  pages: ReadonlyMap<string, PageReading> = new Map(),
  keep?: { readonly kept: KeptModels; readonly keys: ModelKeys },
): SpecModel {
  const again = keep && reusable(keep.kept.last, keep.keys, spec.operations);
  if (keep && again) {
    const { last, changed } = again;
    const known = last.shared.containers.size;
    let asBefore = true;
    const operations = spec.operations.map((op) => {
      const kept = last.operations.get(op.file.relPath) as KeptOperation;
      if (!changed.has(op)) return kept.model;
      const build = (shared: SharedContext) =>
        normalizeOperation(op.raw, op.file.relPath, last.platform, shared, pages);
      asBefore &&= definesAsBefore(kept, last.shared, build);
      const model = build(last.shared);
      // Renamed, it is listed under another name among each container type's users (container-users.ts).
      asBefore &&= model.name === kept.model.name;
      last.operations.set(op.file.relPath, { ...kept, key: keyOf(keep.keys, op), raw: op.raw, model });
      return model;
    });
    // A container type defined otherwise, or one defined that was not: the others' models may hold it differently.
    if (asBefore && last.shared.containers.size === known) return modelOf(last, operations.sort(byName));
  }
  return built(spec, pages, keep);
}

function built(spec: ValidSpec, pages: ReadonlyMap<string, PageReading>, keep?: { kept: KeptModels; keys: ModelKeys }) {
  const platform = normalizePlatform(spec.platform.raw, spec.platform.file.relPath);
  const valueLists = spec.dictionaries
    .flatMap((d) =>
      Object.entries(d.raw.valueLists ?? {}).map(([name, raw]) => normalizeValueList(name, raw, d.file.relPath)),
    )
    .sort((a, b) => compareText(a.name, b.name));
  const dictionary = dictionaryFields(spec.dictionaries);
  const shared = {
    dictionary,
    dictionaryFiles: new Map(
      spec.dictionaries
        .flatMap((d) => Object.keys(d.raw.fields ?? {}).map((name) => [name, d.file.relPath] as const))
        .reverse(),
    ),
    lists: new Map(valueLists.map((l) => [l.name, l])),
    containers: new Map<string, ContainerModel>(),
    responseContainers:
      spec.responseContainers ??
      responseContainers(
        spec.operations.map((op) => op.raw),
        dictionary,
      ),
  };
  const kept = new Map<string, KeptOperation>();
  const containersUsed = spec.containersUsed;
  const models = spec.operations.map((op) => {
    const known = shared.containers.size;
    // Every container type it uses defined already (by an operation before it): its fields need not be walked.
    const defines = !containersUsed?.get(op.file.relPath)?.every((typeName) => shared.containers.has(typeName));
    // Its head told by its facts, and it defines no container type: the rest is built if a stage asks for it.
    const outlined = defines ? undefined : spec.outlines?.get(op.file.relPath);
    const model = outlined
      ? modelWithHead(operationHead(outlined.outline, outlined.pages, op.file.relPath), () =>
          normalizeOperation(op.raw, op.file.relPath, platform, shared, pages, false),
        )
      : normalizeOperation(op.raw, op.file.relPath, platform, shared, pages, defines);
    if (keep) {
      // The container types met first here: a Map keeps its keys in the order they were set.
      const defined = [...shared.containers.keys()].slice(known);
      kept.set(op.file.relPath, { key: keyOf(keep.keys, op), raw: op.raw, model, defined });
    }
    return model;
  });
  const uses = spec.operations.map((op, i) => ({
    name: (models[i] as OperationModel).name,
    sourceFile: op.file.relPath,
    // Told by its facts where it has them: its fields are not walked again.
    typeNames:
      containersUsed?.get(op.file.relPath) ??
      containersIn([op.raw.request.fields, ...responseFields(op.raw)], dictionary),
  }));
  const containers = withUsers(
    [...shared.containers.values()].sort((a, b) => compareText(a.typeName, b.typeName)),
    uses,
  );
  if (keep)
    keep.kept.last = { sharedKey: keep.keys.shared, platform, valueLists, containers, shared, operations: kept };
  return { platform, valueLists, containers, operations: models.sort(byName) };
}

const byName = (a: { readonly name: string }, b: { readonly name: string }): number => compareText(a.name, b.name);

const HEX_LENGTH = { sha256: 64, sha512: 128 } as const;

function normalizePlatform(raw: RawPlatform, sourceFile: string): PlatformModel {
  const direction = (d: RawPlatform["seal"]["request"]) => ({
    exclude: [...d.exclude].sort(compareText),
    notes: d.notes ?? [],
  });
  return {
    name: raw.platform,
    brand: raw.brand ?? null,
    title: `${raw.platform} JSON API${raw.brand ? ` (${raw.brand})` : ""}`,
    documentVersion: raw.documentVersion,
    sourceFile,
    seal: {
      field: raw.seal.field,
      algorithmField: raw.seal.algorithmField,
      defaultAlgorithm: raw.seal.defaultAlgorithm,
      algorithms: Object.entries(raw.seal.algorithms)
        .map(([name, a]) => ({ name, kind: a.kind, hash: a.hash, hexLength: HEX_LENGTH[a.hash], notes: a.notes ?? [] }))
        .sort((a, b) => compareText(a.name, b.name)),
      request: direction(raw.seal.request),
      response: direction(raw.seal.response),
    },
    credentials: { merchantIdField: raw.credentials.merchantIdField, keyVersionField: raw.credentials.keyVersionField },
    examples: { secretKey: raw.examples.secretKey, secretKeyVersion: Number(raw.examples.secretKeyVersion) },
    sources: (raw.sources ?? []).map((source) => ({ title: source.title, note: source.note ?? null })),
  };
}

function normalizeValueList(name: string, raw: RawValueList, sourceFile: string): ValueListModel {
  return {
    name,
    typeName: valueListTypeName(name),
    description: raw.description ?? null,
    match: raw.match ?? "exact",
    notes: raw.notes ?? [],
    values: Object.entries(raw.values)
      .map(([value, def]) => ({
        value,
        // Validation guarantees a prefix list's value has a prefix, and every value a key.
        prefix: raw.match === "prefix" ? (listPrefixOf(value, def.prefix) ?? value) : null,
        key: constantKeyOf(value, def.name) ?? value,
        meanings: typeof def.meaning === "string" ? [def.meaning] : [...def.meaning],
      }))
      .sort((a, b) => compareText(a.value, b.value)),
    sourceFile,
  };
}
