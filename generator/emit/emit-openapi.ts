import { headerText } from "./header.js";
import { allOperationSources, piecewise, type Emitter } from "./generated-file.js";
import { encodedFile } from "./encoded-file.js";
import { openApiPiece } from "./openapi/openapi-piece.js";
import { openApiDocument } from "./openapi/openapi-frame.js";

/** openapi.json: an OpenAPI 3.1 document of all operations, most of it each operation's own piece; megabytes, made as bytes. */
export const openApiEmitter: Emitter = {
  name: "openapi",
  ...piecewise({
    piece: openApiPiece,
    bytes: true,
    assemble: (model, pieces) => [
      encodedFile("openapi.json", "json", [
        ...openApiDocument(model, headerText(allOperationSources(model)), pieces),
        "\n",
      ]),
    ],
  }),
};
