import { headerText } from "./header.js";
import { allOperationSources, piecewise, type Emitter } from "./generated-file.js";
import { openApiPiece, openApiText } from "./openapi/openapi-document.js";

/** openapi.json: an OpenAPI 3.1 document of all operations, most of it each operation's own piece. */
export const openApiEmitter: Emitter = {
  name: "openapi",
  ...piecewise({
    piece: openApiPiece,
    assemble: (model, pieces) => [
      {
        path: "openapi.json",
        language: "json",
        content: `${openApiText(model, headerText(allOperationSources(model)), pieces)}\n`,
      },
    ],
  }),
};
