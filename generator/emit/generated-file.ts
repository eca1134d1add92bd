import { compareText } from "../rules/code-point-order.js";
import type { PlatformModel, SpecModel } from "../model/ir.js";
import type { OperationModel } from "../model/operation-model.js";

/** What the file is: TypeScript is laid out by the printer, JSON and Markdown are canonical as emitted. */
export type FileLanguage = "typescript" | "markdown" | "json";

export interface GeneratedFile {
  /** Relative to the output directory, "/" separated. */
  readonly path: string;
  readonly language: FileLanguage;
  readonly content: string;
  /** Copied as written (the runtime): its source is held to prettier where it is written, so it is final as is. */
  readonly verbatim?: boolean;
}

/**
 * What an operation's files may depend on: the operation (resolved with the
 * dictionary) and the platform rules. It is exactly what the memo key of an
 * operation's files covers (its spec file, the dictionary, the platform file
 * and the generator), so an emitter cannot read anything the key leaves out.
 */
export interface OperationScope {
  readonly operation: OperationModel;
  readonly platform: PlatformModel;
}

/**
 * One kind of output: pure functions of the model. `operation` writes the files
 * of one operation, from its scope only, so they can be reused while its
 * inputs do not change; `shared` writes the files that span operations.
 */
export interface Emitter {
  readonly name: string;
  readonly operation?: (scope: OperationScope) => GeneratedFile[];
  readonly shared?: (model: SpecModel) => GeneratedFile[];
  /** How `shared` is made of one piece per operation, when it is (see piecewise). */
  readonly pieces?: SharedPieces<unknown>;
  /** How `shared` is made from a part of the model alone, when it is (see fromInputs). */
  readonly inputs?: SharedInputs<unknown>;
}

/**
 * Shared files made of one piece per operation: `piece` is a function of the
 * operation's scope alone (so the memo keeps it with the operation's files),
 * and `assemble` puts the pieces of every operation, in the model's order,
 * into the files, doing little else: with the memo, a run with one operation
 * changed computes one piece and assembles the rest as they were. A piece
 * is kept as JSON: plain data, which JSON.stringify and JSON.parse give back
 * as it was.
 */
export interface SharedPieces<Piece> {
  readonly piece: (scope: OperationScope) => Piece;
  readonly assemble: (model: SpecModel, pieces: readonly Piece[]) => GeneratedFile[];
  /**
   * The long texts of its pieces may come back from the memo as their UTF-8
   * bytes (PieceText): for a file made as bytes, which then takes an
   * unchanged operation's texts from the memo to the file without decoding,
   * encoding or hashing them.
   */
  readonly bytes?: boolean;
}

/** A text of a piece whose emitter takes bytes (SharedPieces.bytes): the text, or its UTF-8 bytes. */
export type PieceText = string | Uint8Array;

/** An emitter's shared files from its pieces: without a memo, each operation's piece made anew, which a run with a memo gives too. */
export const piecewise = <Piece>(pieces: SharedPieces<Piece>): Pick<Emitter, "shared" | "pieces"> => ({
  pieces: pieces as SharedPieces<unknown>,
  shared: (model) =>
    pieces.assemble(
      model,
      model.operations.map((operation) => pieces.piece({ operation, platform: model.platform })),
    ),
});

/**
 * Shared files made from a part of the model alone (the dictionary's value
 * lists, the platform rules, the container types): `inputs` takes that part
 * from the model, as plain data, and `files` makes the files from it and
 * nothing else. The memo keeps the files under a hash of the inputs' JSON, so
 * an edit that leaves them as they were (one operation's summary) takes the
 * files from it, and any edit that changes them makes them again.
 */
export interface SharedInputs<Inputs> {
  readonly inputs: (model: SpecModel) => Inputs;
  readonly files: (inputs: Inputs) => GeneratedFile[];
}

/** An emitter's shared files from its inputs: without a memo, made from the model's on every run. */
export const fromInputs = <Inputs>(made: SharedInputs<Inputs>): Pick<Emitter, "shared" | "inputs"> => ({
  inputs: made as SharedInputs<unknown>,
  shared: (model) => made.files(made.inputs(model)),
});

/** A spec file as the header of a generated file names it. */
export const specPath = (relPath: string): string => `spec/${relPath}`;

/** The spec files some parts of the model come from: each once, sorted. */
export const sourcesOf = (parts: readonly { readonly sourceFile: string }[]): string[] =>
  [...new Set(parts.map((p) => specPath(p.sourceFile)))].sort(compareText);

export const operationSources = (op: OperationModel): string[] => [specPath(op.sourceFile)];

/**
 * Files that span every operation: the platform rules and the operations'
 * folder as a whole, so that an operation added or removed leaves the header
 * of each of these files alone (the diff a reviewer reads shows what it adds).
 */
export const allOperationSources = (model: SpecModel): string[] => [
  specPath(model.platform.sourceFile),
  `${specPath("operations/")} (every operation)`,
];

export const operationDir = (operationName: string): string => `operations/${operationName}`;
