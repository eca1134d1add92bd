import { compareText } from "../diagnostics/diagnostic.js";
import { containerOf } from "../model/field-shape.js";
import type { ContainerModel, FieldModel, MessageModel, OperationModel, SpecModel } from "../model/ir.js";
import { pascalCase } from "../model/names.js";
import { render } from "../render/handlebars-env.js";
import { containerSources, operationDir, operationSources, type Emitter, type GeneratedFile } from "./generated-file.js";
import { containerExport, containersSite, operationSite, type ModuleSite } from "./typescript.js";

/** operations/<name>/seal.ts (seal field orders, sealing strings, seal and verify) and containers/seal.ts. */
export const sealEmitter: Emitter = {
  name: "seal",
  operation: (op, model) => [emitOperationSeal(op, model)],
  shared: emitContainerSeal,
};

export const containerSealName = (container: ContainerModel): string => `seal${container.typeName}`;

/** Each sealed field's contribution, in sealing order: a fast path for known containers and lists of them. */
function sealParts(fields: readonly FieldModel[], names: readonly string[], source: string, site: ModuleSite): string[] {
  const { imports, paths } = site;
  return names.map((name) => {
    const field = fields.find((f) => f.name === name);
    const container = field ? containerOf(field) : null;
    if (!container) return `${imports.add(paths.seal, "sealText", false)}(${source}.${name})`;
    const fn = containerExport(site, "containerSeal", containerSealName(container), false);
    return field?.type.kind === "list" ? `${imports.add(paths.seal, "sealList", false)}(${source}.${name}, ${fn})` : `${fn}(${source}.${name})`;
  });
}

function emitContainerSeal(model: SpecModel): GeneratedFile[] {
  if (model.containers.length === 0) return [];
  const site = containersSite("containerSeal");
  site.imports.add(site.paths.seal, "sealText", false);
  const containers = model.containers.map((c) => ({
    typeName: c.typeName,
    sealName: containerSealName(c),
    knownFields: c.fields.map((f) => f.name).sort(compareText),
    parts: sealParts(c.fields, c.sealFields, "fields", site),
  }));
  const view = { sources: containerSources(model), imports: site.imports.toView(), containers };
  return [{ path: "containers/seal.ts", language: "typescript", content: render("container-seal.ts", view) }];
}

export const sealFunctionNames = (message: MessageModel) => ({
  seal: `seal${pascalCase(message.typeName)}`,
  verify: `verify${pascalCase(message.typeName)}`,
});

function emitOperationSeal(op: OperationModel, model: SpecModel): GeneratedFile {
  const site = operationSite();
  const { imports } = site;
  for (const name of ["computeSeal", "genericSealingString", "sealAlgorithmOf", "sealsMatch"]) imports.add(site.paths.seal, name, false);
  for (const name of ["SealAlgorithmName", "Unsealed"]) imports.add(site.paths.seal, name, true);
  const messages = [op.request, op.response].map((message) => {
    imports.add("./types.js", message.typeName, true);
    const names = sealFunctionNames(message);
    return {
      typeName: message.typeName,
      sealFieldsName: message.sealFieldsName,
      sealingStringName: message.sealingStringName,
      sealName: names.seal,
      verifyName: names.verify,
      excludeName: `${message.kind.toUpperCase()}_SEAL_EXCLUDE`,
      sealFields: message.sealFields,
      parts: sealParts(message.fields, message.sealFields, "fields", site),
      exclude: message.sealExclude,
      // Every name the fast path accepts: the message's fields and the excluded ones.
      knownFields: [...new Set([...message.fields.map((f) => f.name), ...message.sealExclude])].sort(compareText),
    };
  });
  const { seal } = model.platform;
  const view = {
    sources: operationSources(op),
    imports: imports.toView(),
    sealField: seal.field,
    algorithmField: seal.algorithmField,
    defaultAlgorithm: seal.defaultAlgorithm,
    messages,
  };
  return { path: `${operationDir(op.name)}/seal.ts`, language: "typescript", content: render("seal.ts", view) };
}
