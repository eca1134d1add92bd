import type { RawPlatform, RawValueList } from "../rules/raw-spec.js";
import type { ValidSpec } from "../validate/validate-spec.js";
import { compareText } from "../rules/code-point-order.js";
import { dictionaryFields } from "../validate/field-sites.js";
import type { ContainerModel, PlatformModel, SpecModel, ValueListModel } from "./ir.js";
import { valueListTypeName } from "../rules/export-names.js";
import { constantKeyOf } from "../rules/names.js";
import { normalizeOperation } from "./normalize-operation.js";
import { responseContainers } from "./response-containers.js";
import type { PageReading } from "../read/page/read-page.js";

/**
 * Builds the read-only model from a spec that passed validation; the saved
 * pages, by path relative to the spec directory, order the changelogs of the
 * operations that cite one.
 */
export function normalizeSpec(spec: ValidSpec, pages: ReadonlyMap<string, PageReading> = new Map()): SpecModel {
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
    responseContainers: responseContainers(
      spec.operations.map((op) => op.raw),
      dictionary,
    ),
  };
  const operations = spec.operations
    .map((op) => normalizeOperation(op.raw, op.file.relPath, platform, shared, pages))
    .sort((a, b) => compareText(a.name, b.name));
  const containers = [...shared.containers.values()].sort((a, b) => compareText(a.typeName, b.typeName));
  return { platform, valueLists, containers, operations };
}

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
        // Validation guarantees a key exists.
        key: constantKeyOf(value, def.name) ?? value,
        meanings: typeof def.meaning === "string" ? [def.meaning] : [...def.meaning],
      }))
      .sort((a, b) => compareText(a.value, b.value)),
    sourceFile,
  };
}
