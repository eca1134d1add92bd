import type { OperationModel, SpecModel } from "../model/ir.js";

/** How prettier should read the file. */
export type FileLanguage = "typescript" | "markdown" | "json";

export interface GeneratedFile {
  /** Relative to the output directory, "/" separated. */
  readonly path: string;
  readonly language: FileLanguage;
  readonly content: string;
}

/**
 * One kind of output: pure functions of the model. `operation` writes the files
 * of one operation, which depend on nothing but that operation (with the
 * dictionary and the platform rules), so they can be reused while its inputs
 * do not change; `shared` writes the files that span operations.
 */
export interface Emitter {
  readonly name: string;
  readonly operation?: (op: OperationModel, model: SpecModel) => GeneratedFile[];
  readonly shared?: (model: SpecModel) => GeneratedFile[];
}

/** Spec files a generated file comes from, as its header names them. */
export const specPath = (relPath: string): string => `spec/${relPath}`;

export const operationDir = (operationName: string): string => `operations/${operationName}`;
