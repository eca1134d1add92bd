// mock.ts: every operation's mock server, its handlers' and options' types, and
// startMockServer; each operation's part is printed apart (mock-pieces.ts).

import type { SpecModel } from "../model/ir.js";
import type { OperationModel } from "../model/operation-model.js";
import { allOperationSources, piecewise, type Emitter } from "./generated-file.js";
import { type Code, declare, exportNames, lines, ts } from "./ts/code.js";
import { arrayLiteral } from "./ts/layouts.js";
import { conditionalType, typeArguments, unionType } from "./ts/type-layouts.js";
import { block } from "./ts/block-layouts.js";
import { headTypes, packageSymbols, sharedModule } from "./ts/model-symbols.js";
import { callbackNameOf } from "../model/operation-head.js";
import { classValue, runtime } from "./ts/symbols.js";
import { printedCode } from "./ts/printed-apart.js";
import { TsFile } from "./ts/ts-file.js";
import { mockEntry, mockPiece, type MockPiece } from "./mock-pieces.js";

const m = runtime.mockServer;
const mockSymbols = packageSymbols.mock;

/** mock.ts: the mock server of every operation, a subpath of its own so that node:http stays out of the main entry. */
export const mockEmitter: Emitter = {
  name: "mock",
  ...piecewise({ piece: mockPiece, assemble: emitMock }),
};

/**
 * The operations the mock's Paypage options name: every one with a POST form address (the test of a callback this
 * list had, `operationSymbols(op).callback !== undefined`, held for all: an operation without one has a null
 * callback there); the mock plays payments of those that have a callback too (mock-answer.ts). Read from the
 * model's head, so that no unchanged operation's messages are built for it.
 */
const playedOperations = (model: SpecModel): readonly OperationModel[] =>
  model.operations.filter((op) => op.environments.some((env) => env.post !== null));

/**
 * The local Paypage's options: \`outcome\` takes the request of a payment played as the mock read it (a POST
 * form's holds no seal, so every field is optional) and gives fields of the callback; any JSON object where the
 * mock plays no payment.
 */
function paypageOptions(played: readonly OperationModel[]): Code {
  if (played.length === 0) return ts`${runtime.mockPaypageOptions.MockPaypageOptions}`;
  const requests = played.map((op) => ts`${m.MockReply}${typeArguments([ts`${headTypes(op).request}`])}`);
  const callbacks = played.flatMap((op) => {
    const callback = headTypes(op).callback;
    return callback ? [ts`${m.MockReply}${typeArguments([ts`${callback}`])}`] : [];
  });
  // Of several operations, the request's fields are any of theirs (a union would let a test read none but the shared).
  const request =
    requests.length > 1
      ? ts`${runtime.mockPaypageOptions.MockPaypageRequest}${typeArguments([unionType(requests)])}`
      : unionType(requests);
  return ts`${runtime.mockPaypageOptions.MockPaypageOptions}${typeArguments([request, unionType(callbacks)])}`;
}

function emitMock(model: SpecModel, pieces: readonly MockPiece[]) {
  // An entry of more than one line breaks the list, and then every entry is printed as its piece; else the list may fit on a line.
  const printed = pieces.some((piece) => piece.entry.lines.length > 1);
  const entries = printed
    ? pieces.map((piece) => printedCode(piece.entry))
    : model.operations.map((operation) => mockEntry({ operation, platform: model.platform }));
  const handlers = pieces.map((piece) => printedCode(piece.handler));
  const played = playedOperations(model);
  const file = new TsFile(
    sharedModule(model, "mock"),
    allOperationSources(model),
    "A local Sips server for tests: every operation at its endpoint path, requests checked, replies sealed.",
  );
  file.add(
    exportNames([
      m.MockCall,
      m.MockHandler,
      m.MockMessage,
      m.MockOperation,
      m.MockOperationHandler,
      m.MockReply,
      m.MockServer,
      m.MockServerOptionsOf,
      runtime.mockKeys.MockSecretKeys,
      classValue(runtime.mockHttpError.MockHttpError),
      runtime.mockAutomaticResponse.AutomaticResponseReport,
      runtime.mockPaypageOptions.MockPaymentHandler,
      runtime.mockPaypageOptions.MockPaypageMessage,
      runtime.mockPaypageOptions.MockPaypageOptions,
      runtime.mockPaypageOptions.MockPaypageRequest,
    ]),
    ts`
      /**
       * The handler of each operation \`startMockServer\` takes: its request as the mock validated and verified it, and
       * its whole reply, each field of its type (the mock adds no field to it: one left out is not sent), without a seal
       * for the mock to seal it, or with one to send it unchanged. Its second argument gives the mock's own reply to the
       * request, to send as it is or changed. A \`MockHandler\`, of any JSON object, fits every operation.
       */
      ${block(declare("interface", mockSymbols.handlers), lines(handlers, true))}
    `,
    ts`
      /**
       * \`startMockServer\`'s options. \`N\` names the operations whose handlers may be given: the package's by default,
       * each handler typed by its operation and the Paypage's outcome by the payments it plays, so that a misspelt
       * handler does not compile. With \`N\` as \`string\`, handlers are typed loosely, by any name and of any JSON object.
       */
      ${declare("type", mockSymbols.options)}<
        N extends string = ${packageSymbols.client.operationName},
        Handlers extends object = string extends N
          ? { readonly [K in N]?: ${m.MockHandler} | undefined }
          : Pick<${mockSymbols.handlers}, N & keyof ${mockSymbols.handlers}>,
        Paypage extends object = ${conditionalType(ts`string extends N`, ts`${runtime.mockPaypageOptions.MockPaypageOptions}`, paypageOptions(played))},
      > = ${m.MockServerOptionsOf}<N, Handlers, Paypage>;
    `,
    ts`
      /** Every operation the mock serves, with the response it answers by default (the spec's example, sealed when sent). */
      ${declare("const", mockSymbols.operations)}: readonly ${m.MockOperation}[] = ${arrayLiteral(entries)};
    `,
    ts`
      /**
       * Starts a Sips server on 127.0.0.1 (\`port\`, else any free port) serving every operation at its
       * endpoint path: POST of JSON, 404 for another path, 405 for another method, 400 for a body that is not
       * JSON, 413 for one longer than 1 MiB. The seal first: a request with a wrong seal (or none) gets the operation's
       * signature-error code, whatever its format, and a correctly sealed one that fails validation its format-error
       * code (HTTP 400 where no source documents the code); any other gets
       * \`handlers[operation](request, mockReply)\` or the example response, sealed with \`secretKey\` unless the
       * handler returns a seal of its own (sent as it is; \`null\` sends the reply with no seal). A handler that throws
       * a \`MockHttpError\` gets its status and body; one that throws anything else, or returns no object, HTTP 500.
       * \`mockReply()\` gives the reply the mock sends without the handler, a local Paypage's redirection included.
       * \`secretKey\` may be a key per key version (\`{ 1: oldKey, 2: newKey }\`): a request is then checked and
       * answered with the key of the key version it names, and one naming none, or a key version the mock has no key
       * of, gets the answer to a wrong seal, unsealed (no source says what Sips answers it).
       *
       * An operation with a callback and a POST form address is a local Paypage: its JSON reply sends the
       * browser to the mock's POST form path, and a POST there of the reply's redirection fields (or of the POST
       * interface's form, its \`InterfaceVersion\` a version of that interface, else 400) plays the payment:
       * \`options.paypage.outcome(request)\` or accepted, sealed with the request's algorithm and key, posted to the
       * request's automatic response address, and a self-posting page to its return address.
       *
       * The calls it answered, with the request each got, whether its seal verified and the reply sent, are
       * \`calls()\` (unless \`recordCalls\` is false), forgotten by \`clearCalls()\`.
       *
       * @returns the server's origin (a client's \`environment\`), its record of calls and \`close\`.
       * @throws TypeError when the options are not an object, a key is empty (or a key version not an integer of at most 10 digits), the port is not from 0 to 65535,
       * a handler is named after no operation or is no function, or the \`paypage\` options cannot work (a timeout that is
       * not an integer from 1 to 2^31 - 1 ms, an outcome or listener that is no function).
       */
      ${declare("function", mockSymbols.start)}(options: ${mockSymbols.options}): Promise<${m.MockServer}<${packageSymbols.client.operationName}>> {
        return ${m.serveOperations}<${packageSymbols.client.operationName}>(${mockSymbols.operations}, options);
      }
    `,
  );
  if (!printed) return [file.toGeneratedFile()];
  // Everything the code holds but the lines its pieces splice in (see TsFile.renderSplicing), in the order it holds them.
  const key = {
    played: played.map((op) => [op.name, callbackNameOf(op) ?? undefined]),
    handlers: pieces.map((piece) => piece.handler.splicingKey),
    entries: pieces.map((piece) => piece.entry.splicingKey),
  };
  return [file.toSplicedFile(key, [...pieces.map((piece) => piece.handler), ...pieces.map((piece) => piece.entry)])];
}
