import type { JsonValue, SpecModel } from "../model/ir.js";
import { allOperationSources, type Emitter } from "./generated-file.js";
import { Code, raw, ts } from "./ts/code.js";
import { key, lit } from "./ts/escape.js";
import { arrayLiteral, namedBindings, objectLiteral, property } from "./ts/layouts.js";
import { clientSymbols, MOCK_MODULE, mockSymbols, operationSymbols } from "./ts/model-symbols.js";
import { runtime } from "./ts/symbols.js";
import { TsFile } from "./ts/ts-file.js";

const m = runtime.mockServer;

/** mock.ts: the mock server of every operation, a subpath of its own so that node:http stays out of the main entry. */
export const mockEmitter: Emitter = {
  name: "mock",
  shared: emitMock,
};

/** A JSON value as a literal. */
function jsonLiteral(value: JsonValue): Code {
  if (value === null) return raw("null");
  if (typeof value === "string") return lit(value);
  if (typeof value === "number") return ts`${value}`;
  if (typeof value === "boolean") return raw(String(value));
  if (Array.isArray(value)) return arrayLiteral(value.map(jsonLiteral));
  return objectLiteral(Object.entries(value).map(([name, v]) => property(key(name), jsonLiteral(v))));
}

function emitMock(model: SpecModel) {
  const sealField = model.platform.seal.field;
  const entries = model.operations.map((op) => {
    const example = Object.fromEntries(Object.entries(op.response.example).filter(([name]) => name !== sealField));
    const served = objectLiteral([
      property(key("operation"), ts`${operationSymbols(op).descriptor}`),
      property(key("example"), jsonLiteral(example)),
    ]);
    // A sole object argument hugs the parentheses, as prettier prints it.
    return ts`${m.mockOperation}(${served})`;
  });
  const file = new TsFile(
    MOCK_MODULE,
    allOperationSources(model),
    "A local Sips server for tests: every operation at its endpoint path, requests checked, replies sealed.",
  );
  file.add(
    new Code([
      "export type ",
      namedBindings(["MockHandler", "MockMessage", "MockServer", "MockServerOptions"]),
      ' from "./runtime/mock-server.js";',
    ]),
    ts`
      /** Every operation the mock serves, with the response it answers by default (the spec's example, sealed when sent). */
      export const ${mockSymbols.operations}: readonly ${m.MockOperation}[] = ${arrayLiteral(entries)};
    `,
    ts`
      /**
       * Starts a Sips server on 127.0.0.1 (\`port\`, else any free port) serving every operation at its
       * endpoint path: POST of JSON, 404 for another path, 400 for a body that is not JSON. A request that
       * fails validation gets the operation's format-error code, one with a wrong seal its signature-error
       * code (HTTP 400 where no source documents the code); any other gets \`handlers[operation](request)\`
       * or the example response, sealed with \`secretKey\` unless the handler returns a seal of its own.
       *
       * @returns the server's origin (a client's \`environment\`) and \`close\`.
       * @throws TypeError when the key is empty or the port is not from 0 to 65535.
       */
      export function ${mockSymbols.start}(options: ${m.MockServerOptions}<${clientSymbols.operationName}>): Promise<${m.MockServer}> {
        return ${m.serveOperations}(${mockSymbols.operations}, options);
      }
    `,
  );
  return [file.toGeneratedFile()];
}
