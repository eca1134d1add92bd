import { allOperationSources, operationSources, type Emitter } from "./generated-file.js";
import { Code, concat, lines, ts } from "./ts/code.js";
import { lineComment, lit } from "./ts/escape.js";
import { namedBindings, objectLiteral } from "./ts/layouts.js";
import {
  CLIENT_MODULE,
  CONTAINER_MODULES,
  operationModule,
  operationSymbols,
  VALUE_LISTS_MODULE,
} from "./ts/model-symbols.js";
import { RUNTIME_MODULES } from "./ts/symbols.js";
import { specifier, TsFile } from "./ts/ts-file.js";

/** `export * from` each module, from the file at `from`. */
const reExports = (from: string, modules: readonly string[]): Code =>
  lines(modules.map((m) => ts`export * from ${lit(specifier(from, m))};`));

/** index.ts of each operation, and the root index.ts with the `operations` registry. */
export const indexEmitter: Emitter = {
  name: "index",
  operation: ({ operation: op }) => {
    const path = operationModule(op, "index");
    const file = new TsFile(path, operationSources(op));
    const modules = (["types", "validators", "seal", "descriptor", "client"] as const).map((m) =>
      operationModule(op, m),
    );
    // The summary is spec text: the comment builder keeps it on one line, whatever it holds.
    file.add(new Code([lineComment(`${op.name}: ${op.summary}`)]), reExports(path, modules));
    return [file.toGeneratedFile()];
  },
  shared: (model) => {
    const file = new TsFile(
      "index.ts",
      allOperationSources(model),
      "Types, validators and seal helpers of the Sips JSON operations, and the `operations` registry that generic tools iterate over.",
    );
    // Container types and their field lists are public; their checks are reached through the validators.
    const shared = model.containers.length > 0 ? [CONTAINER_MODULES.types, CONTAINER_MODULES.descriptors] : [];
    const runtimeTypes = ["ValidateOptions", "ValidationCode", "ValidationIssue", "ValidationResult"];
    file.add(
      lines([
        new Code(["export type ", namedBindings(runtimeTypes), ' from "./runtime/validation.js";']),
        new Code([
          "export type ",
          namedBindings(["CallOptions", "ClientError", "ClientFields", "ClientResult"]),
          ' from "./runtime/client.js";',
        ]),
        new Code([
          "export type ",
          namedBindings(["AbortSignalLike", "ClientConfig", "Environment", "FetchInit", "FetchLike", "FetchResponse"]),
          ' from "./runtime/client-config.js";',
        ]),
        reExports("index.ts", [
          ...RUNTIME_MODULES.filter((m) => m === "seal" || m === "descriptor").map((m) => `runtime/${m}.ts`),
          "runtime/platform.ts",
          VALUE_LISTS_MODULE,
          ...shared,
          ...model.operations.map((op) => operationModule(op, "index")),
          CLIENT_MODULE,
        ]),
      ]),
      ts`
        /** Every operation of the spec, by name. */
        export const operations = ${objectLiteral(
          model.operations.map((op) => concat(operationSymbols(op).descriptor)),
          true,
        )} as const;
      `,
      ts`export type OperationName = keyof typeof operations;`,
    );
    return [file.toGeneratedFile()];
  },
};
