// The emitters of TypeScript files, for tests about TypeScript alone: the
// emitters of JSON and Markdown (the schemas, the OpenAPI document, the
// reference pages, the changelog) are about half the emitting. Each case of
// test/printer/prettier-clean.test.ts holds that these emitters print every
// TypeScript file of the output, so that a TypeScript file from one left out
// fails it.
import type { Emitter } from "../../generator/emit/generated-file.js";
import { emitters } from "../../generator/emit/registry.js";

/** The names of the emitters of other languages, each an emitter of the registry (prettier-clean holds it). */
export const OTHER_LANGUAGES: ReadonlySet<string> = new Set(["changelog", "json-schema", "openapi", "reference"]);

export const typescriptEmitters: readonly Emitter[] = emitters.filter((emitter) => !OTHER_LANGUAGES.has(emitter.name));
