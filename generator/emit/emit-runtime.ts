import { render } from "../render/handlebars-env.js";
import { specPath, type Emitter } from "./generated-file.js";

/** Issue codes of the generated validators: part of the public contract. */
export const VALIDATION_CODES = [
  { code: "not-an-object", summary: "The value is not a plain JSON object." },
  { code: "required", summary: "A required field is absent." },
  { code: "type", summary: "A field has the wrong JSON type." },
  { code: "unknown-field", summary: "A field the message does not have (a warning in responses unless strict)." },
  { code: "unknown-value", summary: "A value outside the field's value list (a warning in responses unless strict)." },
  { code: "interface-version", summary: "An interfaceVersion without the operation's prefix and a version number." },
  { code: "unreadable", summary: "The value could not be read: a getter or proxy threw." },
] as const;

/** runtime/: the helpers every operation shares (validation results, the seal rule, descriptor types). */
export const runtimeEmitter: Emitter = {
  name: "runtime",
  emit: (model) => {
    const sources = [specPath(model.platform.sourceFile)];
    const { seal } = model.platform;
    const algorithms = seal.algorithms.map((a) => ({
      name: a.name,
      hash: a.hash,
      hmac: a.kind === "hmac",
      description:
        a.kind === "hmac"
          ? `HMAC-${a.hash.toUpperCase()} of the sealing string, keyed with the secret key (${a.hexLength} hex characters).`
          : `${a.hash.toUpperCase()} of the sealing string followed by the secret key (${a.hexLength} hex characters).`,
    }));
    return [
      { path: "runtime/validation.ts", language: "typescript", content: render("runtime-validation.ts", { sources, codes: VALIDATION_CODES }) },
      {
        path: "runtime/seal.ts",
        language: "typescript",
        content: render("runtime-seal.ts", { sources, algorithms, defaultAlgorithm: seal.defaultAlgorithm, algorithmField: seal.algorithmField, sealField: seal.field }),
      },
      {
        path: "runtime/descriptor.ts",
        language: "typescript",
        content: render("runtime-descriptor.ts", { sources, fieldTypes: ["string", "integer", "interfaceVersion"] }),
      },
    ];
  },
};
