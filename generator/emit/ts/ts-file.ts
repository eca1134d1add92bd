// One generated TypeScript file: one module of the package, its code, the
// imports its symbols call for, and the final text, laid out by prettier's own
// document printer with prettier's options, so the text is what prettier would
// write for the shapes the emitters build (a test holds every generated file
// to it). The file declares exactly the names rules/export-names.ts gives its
// module, or it does not render.

import { builders } from "prettier/doc";
import { encodedFile } from "../encoded-file.js";
import { headerText } from "../header.js";
import type { GeneratedFile } from "../generated-file.js";
import { type Doc, DocContext, printDoc } from "./doc-context.js";
import { importsOf } from "./module-imports.js";
import { importAliases, importedConstants } from "./constant-imports.js";
import { commentText } from "./comment-escape.js";
import { overWidthParts } from "./over-width.js";
import { type PrintedCode, samePieces } from "./printed-apart.js";
import { rememberedText } from "./print-memo.js";
import { SplicedLines } from "./spliced-lines.js";
import { type Code, hardline, join } from "./tree.js";
import type { TsModule } from "./ts-module.js";

export class TsFile {
  private readonly code: Code[] = [];
  /** Whether its imported values are bound to constants of the module (constant-imports.ts). */
  private constantImports = false;

  constructor(
    readonly module: TsModule,
    /** The spec files it comes from, for its header. */
    private readonly sources: readonly string[],
    /** What the file holds, in a line comment under the header; spec text is escaped. */
    private readonly about: string | null = null,
  ) {}

  get path(): string {
    return this.module.path;
  }

  /** Binds the file's imported values to constants of the module, for code that runs on every message. */
  withConstantImports(): this {
    this.constantImports = true;
    return this;
  }

  /** Adds top-level declarations and statements, each separated from the next by a blank line. */
  add(...items: readonly Code[]): this {
    this.code.push(...items);
    return this;
  }

  toGeneratedFile(): GeneratedFile {
    return { path: this.path, language: "typescript", content: this.render() };
  }

  /**
   * Code printed apart, and the lines of each doc comment but its first and last (final text, most of an
   * operation's types.ts), are put in the printed text (see spliced-lines.ts): the printer walks a mark for each.
   * Printed in place where they cannot be. A file rendered with its pieces given (renderSplicing) keeps its
   * comments in place: the pieces it splices are exactly those given.
   */
  render(): string {
    const spliced = new SplicedLines();
    return spliced.splice(this.print(spliced, true)) ?? this.print(null);
  }

  /**
   * render(), with the text printed before the pieces are spliced in
   * remembered under `key`: the JSON of everything the file's code holds
   * but the lines of the pieces it splices, which `pieces` gives in the
   * order the code holds them. A hit neither builds nor hashes the
   * document, nor works out its imports: a lookup, then the splice.
   */
  renderSplicing(kind: string, key: unknown, pieces: readonly PrintedCode[]): string {
    return this.renderSplicingParts(kind, key, pieces).join("");
  }

  /** renderSplicing's text as the list of its parts, to be joined (or assembled as bytes: encoded-file.ts). */
  renderSplicingParts(kind: string, key: unknown, pieces: readonly PrintedCode[]): string[] {
    let fresh: SplicedLines | null = null;
    const printed = rememberedText(kind, key, () => {
      fresh = new SplicedLines();
      return this.print(fresh);
    });
    let spliced: SplicedLines | null = fresh;
    if (spliced === null) {
      spliced = new SplicedLines();
      for (const piece of pieces) spliced.put(piece.lines);
    } else if (!samePieces(spliced, pieces)) {
      throw new Error(`${this.path}: the pieces given are not the ones its code splices`);
    }
    return spliced.spliceParts(printed) ?? [this.print(null)];
  }

  /**
   * The file, rendered by renderSplicing under `key` (what its code holds but
   * the lines of `pieces`) and what the file itself holds: its module, its
   * sources and the line that says what it holds.
   */
  toSplicedFile(key: unknown, pieces: readonly PrintedCode[], asBytes = false): GeneratedFile {
    const inputs = {
      module: this.module,
      sources: this.sources,
      about: this.about,
      constants: this.constantImports,
      code: key,
    };
    const parts = this.renderSplicingParts(this.path, inputs, pieces);
    // `asBytes`: made as bytes (encoded-file.ts), as format-files.ts takes it, final: unless a line is over the width.
    if (asBytes && !overWidthParts(parts)) return encodedFile(this.path, "typescript", parts);
    return { path: this.path, language: "typescript", content: parts.join("") };
  }

  private print(spliced: SplicedLines | null, commentsApart = false): string {
    const context = new DocContext(this.module, spliced, commentsApart);
    const body = context.toDoc(join([hardline, hardline], this.code));
    context.checkDeclared();
    const { hardline: newline } = builders;
    // The header names spec files: a line comment escaped like any text, whatever their names hold.
    const docs: Doc[] = [`// ${commentText(headerText(this.sources))}`, newline];
    if (this.about !== null) {
      docs.push(newline);
      for (const l of wrapWords(commentText(this.about), 80)) docs.push(`// ${l}`, newline);
    }
    const aliases = this.constantImports
      ? importAliases(
          context.used,
          this.module.declarations.map((d) => d.name),
        )
      : null;
    const valueAs = aliases === null ? undefined : (name: string) => `${name} as ${aliases.get(name) ?? name}`;
    const imports = importsOf(this.path, context.used, valueAs);
    if (imports.length > 0) docs.push(newline, context.toDoc(join(hardline, imports)), newline);
    const constants = aliases === null ? null : importedConstants(aliases);
    if (constants !== null) docs.push(newline, context.toDoc(constants), newline);
    if (this.code.length > 0) docs.push(newline, body, newline);
    return printDoc(docs);
  }
}

/** Words in lines of at most `width` characters (a longer word stands alone). */
function wrapWords(text: string, width: number): string[] {
  const out: string[] = [];
  for (const word of text.split(" ").filter((w) => w !== "")) {
    const last = out.length - 1;
    if (last >= 0 && (out[last] ?? "").length + 1 + word.length <= width) out[last] += ` ${word}`;
    else out.push(word);
  }
  return out;
}
