import { docInline } from "./markdown-escape.js";
import type { PlatformModel, SpecModel } from "../model/ir.js";
import type { OperationModel } from "../model/operation-model.js";
import { compareText } from "../rules/code-point-order.js";
import { MODULES } from "../rules/generated-modules.js";
import {
  allOperationSources,
  operationSources,
  piecewise,
  type Emitter,
  type OperationScope,
} from "./generated-file.js";
import { declare, lines, ts } from "./ts/code.js";
import { key, lit } from "./ts/escape.js";
import { jsdoc } from "./ts/comment-escape.js";
import { arrayLiteral, arrowFunction, call, objectLiteral, property } from "./ts/layouts.js";
import { typeArguments, unionAlias } from "./ts/type-layouts.js";
import { block } from "./ts/block-layouts.js";
import {
  interfaceVersionType,
  messageSymbols,
  operationModule,
  operationSymbols,
  packageSymbols,
  sharedModule,
} from "./ts/model-symbols.js";
import { runtime } from "./ts/symbols.js";
import { printApart, printedCode, type PrintedCode } from "./ts/printed-apart.js";
import { TsFile } from "./ts/ts-file.js";
import { tsModule } from "./ts/ts-module.js";
import { clientCallDoc, clientCallSignature } from "./client-call-signature.js";

const c = runtime.client;
const clientSymbols = packageSymbols.client;

/** operations/<name>/client.ts (one function per operation, usable alone) and client.ts (`createClient`). */
export const clientEmitter: Emitter = {
  name: "client",
  operation: ({ operation, platform }) => [emitOperationClient(operation, platform)],
  ...piecewise({ piece: clientPiece, assemble: (model, pieces) => [emitClient(model, pieces)] }),
};

function emitOperationClient(op: OperationModel, platform: PlatformModel) {
  const sym = operationSymbols(op);
  const { merchantIdField, keyVersionField } = platform.credentials;
  const version = op.request.versionField === null ? ts`never` : lit(op.request.versionField);
  const file = new TsFile(operationModule(op, "client"), operationSources(op));
  const request = messageSymbols(op, op.request).type;
  const stop = op.request.factsStop;
  const doc = [
    `A ${op.name} request as the client takes it: without ${merchantIdField}, ${keyVersionField} and ${platform.seal.field}, which it fills in.`,
    ...(stop
      ? [
          "",
          `Its saved facts stop before its page does (${docInline(stop.see)}): a field beyond them goes in \`beyondFacts\`,`,
          "which may not name a field they hold; the client sends and seals it as the request's own, and validation warns of it.",
        ]
      : []),
  ];
  file.add(
    ts`
      ${jsdoc(doc)}
      ${declare("type", sym.clientFields)} = ${stop ? c.ClientFieldsBeyondFacts : c.ClientFields}${typeArguments([ts`${request}`, ts`${version}`])};
    `,
    ts`
      ${clientCallDoc(op, platform, true)}
      ${declare("function", sym.call)}${clientCallSignature(op, true)} {
        return ${c.callOperation}(${sym.clientCall ?? sym.descriptor}, config, fields, options);
      }
    `,
  );
  return file.toGeneratedFile();
}

/** An operation's part of client.ts: its method of the client interface (printed at column 2) and of the object `createClient` returns (at column 4). */
interface ClientPiece {
  readonly method: PrintedCode;
  readonly bound: PrintedCode;
}

function clientPiece({ operation: op, platform }: OperationScope): ClientPiece {
  const module = tsModule(MODULES.client);
  const method = ts`
    ${clientCallDoc(op, platform)}
    ${key(op.name)}${clientCallSignature(op, false)};
  `;
  const bound = property(
    key(op.name),
    arrowFunction([ts`fields`, ts`options`], call(operationSymbols(op).call, [ts`fixed`, ts`fields`, ts`options`])),
  );
  return { method: printApart(module, method, 2), bound: printApart(module, bound, 4, ",") };
}

function emitClient(model: SpecModel, pieces: readonly ClientPiece[]) {
  const file = new TsFile(
    sharedModule(model, "client"),
    allOperationSources(model),
    "A Sips client: one method per operation, configured once.",
  );
  const operationNames = model.operations.map((op) => op.name);
  const names = operationNames.map((name) => ts`${lit(name)}`);
  const methods = pieces.map((piece) => printedCode(piece.method));
  // The environments a client takes by name: every one that some operation has a JSON address in.
  const environmentNames = [...new Set(model.operations.flatMap((op) => Object.keys(op.endpoints)))].sort(compareText);
  const environments = environmentNames.map((env) => ts`${lit(env)}`);
  const bound = pieces.map((piece) => printedCode(piece.bound));
  const versions = model.operations.map((op) => ts`readonly ${key(op.name)}: ${interfaceVersionType(op)};`);
  file.add(
    ts`
      /** The operations a client calls, by name. */
      ${unionAlias(declare("type", clientSymbols.operationName), names)}
    `,
    ts`
      /** The Sips environments a client reaches by name: each operation is in some of them. */
      ${unionAlias(declare("type", clientSymbols.environment), environments)}
    `,
    ts`
      /** The environments \`createClient\` takes by name. */
      ${declare("const", clientSymbols.environments)}: readonly ${clientSymbols.environment}[] = ${arrayLiteral(environments)};
    `,
    ts`
      /**
       * The interfaceVersion each operation takes in a configuration's \`interfaceVersions\`: its requests' own type,
       * of its prefix, so that a version of another interface does not compile.
       */
      ${block(declare("interface", clientSymbols.interfaceVersions), lines(versions))}
    `,
    ts`
      /**
       * How a client reaches Sips: \`createClient\`'s configuration, and each operation's function's. \`N\` names the
       * operations whose interfaceVersion may be set, \`E\` the environments: the package's by default, so that a
       * misspelt operation in \`interfaceVersions\` does not compile.
       */
      ${declare("type", clientSymbols.config)}<N extends string = ${clientSymbols.operationName}, E extends string = ${clientSymbols.environment}> = ${runtime.clientConfig.ClientConfigOf}<
        N,
        E,
        ${clientSymbols.interfaceVersions}
      >;
    `,
    ts`
      /** One method per Sips operation; each resolves to a result and never rejects for a failed call. */
      ${block(declare("interface", clientSymbols.client), lines(methods, true))}
    `,
    ts`
      /**
       * A client of every operation: \`environment\` (a name of {@link ${clientSymbols.environment}} or the base URL of a
       * mock), the shop's credentials and, optionally, the seal algorithm, \`interfaceVersions\`, \`fetch\`,
       * \`timeoutMs\`, \`maxReplyBytes\` and \`strict\`, which refuses a request field the spec does not hold even
       * where its facts stop (see {@link ${clientSymbols.config}}).
       * A call of an operation that has no address in the environment resolves to an \`invalid-request\` error.
       *
       * @throws TypeError for a configuration that cannot work, such as an environment that no operation has or an
       * \`interfaceVersions\` key that names no operation, or one a getter or proxy of which throws (its error is the
       * \`cause\`); the secret key is never shown. Each member is read once, here.
       */
      ${declare("function", clientSymbols.createClient)}(config: ${clientSymbols.config}): ${clientSymbols.client} {
        const fixed = ${runtime.clientConfigRead.copyConfig}(config);
        ${runtime.clientConfig.resolveConfig}(fixed, ${clientSymbols.environments}, ${arrayLiteral(names)});
        return ${objectLiteral(bound, true)};
      }
    `,
  );
  // Everything the code below holds but the lines its pieces splice in; the pieces in the order it holds them.
  // The interface versions' lines are made of the operations' names alone, which it holds.
  const held = {
    operationNames,
    environmentNames,
    methods: pieces.map((piece) => piece.method.splicingKey),
    bound: pieces.map((piece) => piece.bound.splicingKey),
  };
  const spliced = [...pieces.map((piece) => piece.method), ...pieces.map((piece) => piece.bound)];
  // Made as bytes: a save of --watch assembles it into the buffer of the run before from its first changed part on.
  return file.toSplicedFile(held, spliced, true);
}
