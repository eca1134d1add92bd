import type { SpecModel } from "../model/ir.js";

/** How prettier should read the file. */
export type FileLanguage = "typescript" | "markdown" | "json";

export interface GeneratedFile {
  /** Relative to the output directory, "/" separated. */
  readonly path: string;
  readonly language: FileLanguage;
  readonly content: string;
}

/** One kind of output: a pure function of the model. */
export interface Emitter {
  readonly name: string;
  readonly emit: (model: SpecModel) => GeneratedFile[];
}

/** Spec files a generated file comes from, as its header names them. */
export const specPath = (relPath: string): string => `spec/${relPath}`;

export const operationDir = (operationName: string): string => `operations/${operationName}`;
