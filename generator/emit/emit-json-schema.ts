import { operationSources, type Emitter, type GeneratedFile } from "./generated-file.js";
import { headerText } from "./header.js";
import { jsonText } from "./json-text.js";
import { lenientSchema } from "./json-schema/lenient-schema.js";
import { standaloneSchema } from "./json-schema/message-schema.js";

/**
 * schemas/<operation>.<request|response>.schema.json: JSON Schema 2020-12 of
 * every message, strict as documented; <operation>.response.lenient.schema.json,
 * what a forward-compatible reader of responses accepts; and
 * <operation>.callback.schema.json, the fields of the message Sips sends back.
 */
export const jsonSchemaEmitter: Emitter = {
  name: "json-schema",
  operation: ({ operation: op }) => {
    const header = headerText(operationSources(op));
    // A JSON document is built as data and written out as it is.
    const file = (path: string, document: unknown): GeneratedFile => ({
      path,
      language: "json",
      content: `${jsonText(document)}\n`,
    });
    const [request, response] = [op.request, op.response].map((message) => standaloneSchema(op, message, header));
    if (!request || !response) return [];
    const lenient = lenientSchema(
      response,
      `urn:sips-json:schema:${op.name}:response:lenient`,
      `Response of ${op.name}, as a forward-compatible reader takes it: other fields, values outside a value list and format deviations are let through (the strict schema describes them).`,
    );
    const callback = op.callback
      ? [file(`schemas/${op.name}.callback.schema.json`, standaloneSchema(op, op.callback.message, header, "callback"))]
      : [];
    return [
      file(`schemas/${op.name}.request.schema.json`, request),
      file(`schemas/${op.name}.response.schema.json`, response),
      file(`schemas/${op.name}.response.lenient.schema.json`, lenient),
      ...callback,
    ];
  },
};
