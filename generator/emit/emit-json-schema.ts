import { render } from "../render/handlebars-env.js";
import { operationSources, type Emitter } from "./generated-file.js";
import { headerText } from "./header.js";
import { standaloneSchema } from "./json-schema/message-schema.js";

/** schemas/<operation>.<request|response>.schema.json: JSON Schema 2020-12 of every message. */
export const jsonSchemaEmitter: Emitter = {
  name: "json-schema",
  operation: ({ operation: op }) =>
    [op.request, op.response].map((message) => ({
      path: `schemas/${op.name}.${message.kind}.schema.json`,
      language: "json" as const,
      // A JSON document is built as data; the template only writes it out.
      content: render("json", { document: standaloneSchema(op, message, headerText(operationSources(op))) }),
    })),
};
