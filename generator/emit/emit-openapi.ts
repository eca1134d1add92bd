import { render } from "../render/handlebars-env.js";
import { operationSources } from "./emit-types.js";
import { specPath, type Emitter } from "./generated-file.js";
import { jsonHeader } from "./headers.js";
import { openApiDocument } from "./openapi/openapi-document.js";

/** openapi.json: an OpenAPI 3.1 document of all operations. */
export const openApiEmitter: Emitter = {
  name: "openapi",
  shared: (model) => {
    const sources = [specPath(model.platform.sourceFile), ...model.operations.flatMap(operationSources)];
    // A JSON document is built as data; the template only writes it out.
    return [{ path: "openapi.json", language: "json", content: render("json", { document: openApiDocument(model, jsonHeader(sources)) }) }];
  },
};
