import { headerText } from "./header.js";
import { jsonText } from "./json-text.js";
import { allOperationSources, type Emitter } from "./generated-file.js";
import { openApiDocument } from "./openapi/openapi-document.js";

/** openapi.json: an OpenAPI 3.1 document of all operations. */
export const openApiEmitter: Emitter = {
  name: "openapi",
  shared: (model) => {
    // A JSON document is built as data and written out as it is.
    const document = openApiDocument(model, headerText(allOperationSources(model)));
    return [{ path: "openapi.json", language: "json", content: `${jsonText(document)}\n` }];
  },
};
