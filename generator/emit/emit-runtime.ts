import { render } from "../render/handlebars-env.js";
import type { SpecModel } from "../model/ir.js";
import { specPath, type Emitter } from "./generated-file.js";
import { FORMAT_PATTERNS, FORMAT_WORDS } from "./formats.js";

/** Issue codes of the generated validators: part of the public contract. */
export const VALIDATION_CODES = [
  { code: "not-an-object", summary: "The value is not a plain JSON object." },
  { code: "required", summary: "A required field is absent." },
  { code: "type", summary: "A field has the wrong JSON type." },
  { code: "unknown-field", summary: "A field the message does not have (a warning in responses unless strict)." },
  { code: "unknown-value", summary: "A value outside the field's value list (a warning in responses unless strict)." },
  { code: "interface-version", summary: "An interfaceVersion without the operation's prefix and a version number." },
  { code: "version", summary: "A field that appeared in a later interface version than the one declared or pinned." },
  { code: "format", summary: "A value with characters its Sips format does not admit (N, A, AN, ANS, ANU, ANSU)." },
  { code: "max-length", summary: "A value longer than its Sips format admits." },
  { code: "unreadable", summary: "The value could not be read: a getter or proxy threw." },
] as const;

/** The Sips character classes: what each admits, as a regular expression and in words. */
const FORMAT_CLASSES = (Object.keys(FORMAT_WORDS) as (keyof typeof FORMAT_WORDS)[]).map((charClass) => ({
  charClass,
  pattern: FORMAT_PATTERNS[charClass],
  words: FORMAT_WORDS[charClass],
}));

/** An operation with a recommended version, for the examples of the runtime's docs. */
function exampleOf(model: SpecModel): { operation: string; version: string } | false {
  const op = model.operations.find((o) => o.interfaceVersion.recommended !== null);
  return op?.interfaceVersion.recommended ? { operation: op.name, version: op.interfaceVersion.recommended } : false;
}

/** runtime/: the helpers every operation shares (validation results, the seal rule, descriptor types). */
export const runtimeEmitter: Emitter = {
  name: "runtime",
  shared: (model) => {
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
      { path: "runtime/formats.ts", language: "typescript", content: render("runtime-formats.ts", { sources, formats: FORMAT_CLASSES }) },
      {
        path: "runtime/seal.ts",
        language: "typescript",
        content: render("runtime-seal.ts", { sources, algorithms, defaultAlgorithm: seal.defaultAlgorithm, algorithmField: seal.algorithmField, sealField: seal.field }),
      },
      {
        path: "runtime/descriptor.ts",
        language: "typescript",
        content: render("runtime-descriptor.ts", {
          sources,
          fieldTypes: ["string", "integer", "interfaceVersion", "container", "list"],
          example: exampleOf(model),
        }),
      },
    ];
  },
};
