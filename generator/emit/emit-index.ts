import { MODULES } from "../rules/generated-modules.js";
import type { SpecModel } from "../model/ir.js";
import {
  allOperationSources,
  operationSources,
  piecewise,
  type Emitter,
  type OperationScope,
} from "./generated-file.js";
import { concat, declare, exportAll, exportNames, lines, ts } from "./ts/code.js";
import { lineComment } from "./ts/comment-escape.js";
import { objectLiteral } from "./ts/layouts.js";
import {
  operationModule,
  operationModulesExporting,
  operationSymbols,
  packageSymbols,
  sharedModule,
} from "./ts/model-symbols.js";
import { runtime, runtimeModules, type Sym } from "./ts/symbols.js";
import { TsFile } from "./ts/ts-file.js";
import { PAYPAGE_RUNTIME_TYPES, PAYPAGE_RUNTIME_VALUES } from "./emit-paypage.js";

const { validationTypes: v, issueFormat: f, client: c, clientConfig: cc, clientError: ce, clientFetch: cf } = runtime;

/** The runtime's values the package exports by name: an issue rendered for people, the fields a version allows. */
const PUBLIC_RUNTIME_VALUES = [f.formatIssue, runtime.fieldsAllowedIn.fieldsAllowedIn];

/** The runtime's types the package exports by name; of its seal and descriptor modules, everything. */
const PUBLIC_RUNTIME_TYPES = [
  ...[v.ValidateOptions, v.ValidationCode, v.ValidationIssue, v.ValidationResult],
  ...[
    c.CallOptions,
    c.ClientError,
    c.ClientFields,
    c.ClientFieldsBeyondFacts,
    c.ClientResult,
    ce.ClaimedStatus,
    ce.StatusCame,
  ],
  ...[cc.ClientConfigOf, cc.Environment, cf.AbortSignalLike, cf.FetchInit, cf.FetchLike, cf.FetchResponse],
  ...[
    runtime.beyondFacts.BeyondFactsFields,
    runtime.beyondFacts.DidYouMean,
    runtime.beyondFacts.FieldsBeyondFacts,
    runtime.beyondFacts.FilledFromTheConfiguration,
    runtime.beyondFacts.GivenAmongTheFields,
    runtime.beyondFacts.OpenBeyondFacts,
    runtime.beyondFacts.SealedWithTheDefault,
    runtime.fieldSlips.Doubled,
    runtime.fieldSlips.NearNames,
    runtime.fieldSlips.Omitted,
    runtime.fieldSlips.Swapped,
  ],
];
const PUBLIC_RUNTIME_MODULES = [runtimeModules.seal, runtimeModules.descriptor];

/** index.ts of each operation, and the root index.ts with the `operations` registry. */
export const indexEmitter: Emitter = {
  name: "index",
  operation: ({ operation: op }) => {
    const file = new TsFile(operationModule(op, "index"), operationSources(op));
    // The summary is spec text: the comment builder keeps it on one line, whatever it holds.
    file.add(lineComment(`${op.name}: ${op.summary}`), lines(operationModulesExporting(op).map(exportAll)));
    return [file.toGeneratedFile()];
  },
  ...piecewise({ piece: indexPiece, assemble: (model, pieces) => [emitRootIndex(model, pieces)] }),
};

/**
 * An operation's part of the root index.ts: its folder's index, which the root
 * re-exports, and its descriptor in the registry. Kept with the operation, so
 * that an unchanged one's names are not worked out again.
 */
interface IndexPiece {
  readonly module: string;
  readonly descriptor: Sym;
}

function indexPiece({ operation: op }: OperationScope): IndexPiece {
  const { name, module, kind } = operationSymbols(op).descriptor;
  return { module: operationModule(op, "index").path, descriptor: { name, module, kind } };
}

function emitRootIndex(model: SpecModel, pieces: readonly IndexPiece[]) {
  const file = new TsFile(
    sharedModule(model, "index"),
    allOperationSources(model),
    "Types, validators and seal helpers of the Sips JSON operations, and the `operations` registry that generic tools iterate over.",
  );
  // Container types and their field lists are public; their checks are reached through the validators.
  const containers = model.containers.length > 0 ? [MODULES.containerTypes, MODULES.containerDescriptors] : [];
  const modules = [
    ...PUBLIC_RUNTIME_MODULES,
    MODULES.platform,
    MODULES.valueLists,
    ...containers,
    ...pieces.map((piece) => piece.module),
    MODULES.client,
  ];
  const { operations, operationName } = packageSymbols.index;
  file.add(
    lines([
      exportNames([
        ...PUBLIC_RUNTIME_VALUES,
        ...PUBLIC_RUNTIME_TYPES,
        ...PAYPAGE_RUNTIME_VALUES,
        ...PAYPAGE_RUNTIME_TYPES,
        ...Object.values(packageSymbols.paypage),
      ]),
      lines(modules.map(exportAll)),
    ]),
    // Its type written out, each descriptor's own: a project that compiles the sources under isolatedDeclarations
    // cannot infer it from names the module imports.
    ts`
        /** Every operation of the spec, by name. */
        ${declare("const", operations)}: {
          ${lines(pieces.map((piece) => ts`readonly ${concat(piece.descriptor)}: typeof ${concat(piece.descriptor)};`))}
        } = ${objectLiteral(
          pieces.map((piece) => concat(piece.descriptor)),
          true,
        )};
      `,
    ts`
        /** The name of an operation of the spec: a key of \`${operations}\`. */
        ${declare("type", operationName)} = keyof typeof ${operations};
      `,
  );
  // Everything the code holds: a lookup when only an operation's summary changed.
  return file.toSplicedFile({ containers: containers.length > 0, pieces }, []);
}
