// One generated TypeScript file: one module of the package, its code, the
// imports its symbols call for, and the final text, laid out by prettier's own
// document printer with prettier's options, so the text is what prettier would
// write for the shapes the emitters build (a test holds every generated file
// to it). The file declares exactly the names rules/export-names.ts gives its
// module, or it does not render.

import path from "node:path";
import { builders, printer } from "prettier/doc";
import type { Declaration } from "../../rules/export-names.js";
import { compareText } from "../../rules/code-point-order.js";
import { headerText } from "../header.js";
import type { GeneratedFile } from "../generated-file.js";
import { commentText, quote } from "./escape.js";
import { moduleDeclaration, PRETTIER_OPTIONS, PRINT_WIDTH, TAB_WIDTH } from "./layouts.js";
import { rememberedText } from "./print-memo.js";
import { SplicedLines } from "./spliced-lines.js";
import { isSym, type Sym } from "./symbols.js";
import { Code, code, hardline, join, type Layout, type Part, partOf } from "./tree.js";

type Doc = builders.Doc;

/** A module of the package: its path in the output and the names it declares. */
export interface TsModule {
  readonly path: string;
  readonly declarations: readonly Declaration[];
}

export const tsModule = (modulePath: string, declarations: readonly Declaration[] = []): TsModule => ({
  path: modulePath,
  declarations: declarations.filter((d) => d.module === modulePath),
});

export class TsFile {
  private readonly code: Code[] = [];

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

  /** Adds top-level declarations and statements, each separated from the next by a blank line. */
  add(...items: readonly Code[]): this {
    this.code.push(...items);
    return this;
  }

  toGeneratedFile(): GeneratedFile {
    return { path: this.path, language: "typescript", content: this.render() };
  }

  /** Code printed apart is put in the printed text (see spliced-lines.ts); printed in place where it cannot be. */
  render(): string {
    const spliced = new SplicedLines();
    return spliced.splice(this.print(spliced)) ?? this.print(null);
  }

  /**
   * render(), with the text printed before the pieces are spliced in
   * remembered under `key`: the JSON of everything the file's code holds
   * but the lines of the pieces it splices, which `pieces` gives in the
   * order the code holds them. A hit neither builds nor hashes the
   * document, nor works out its imports: a lookup, then the splice.
   */
  renderSplicing(kind: string, key: unknown, pieces: readonly PrintedCode[]): string {
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
    return spliced.splice(printed) ?? this.print(null);
  }

  /**
   * The file, rendered by renderSplicing under `key` (what its code holds but
   * the lines of `pieces`) and what the file itself holds: its module, its
   * sources and the line that says what it holds.
   */
  toSplicedFile(key: unknown, pieces: readonly PrintedCode[]): GeneratedFile {
    const inputs = { module: this.module, sources: this.sources, about: this.about, code: key };
    return { path: this.path, language: "typescript", content: this.renderSplicing(this.path, inputs, pieces) };
  }

  private print(spliced: SplicedLines | null): string {
    const context = new Context(this.module, spliced);
    const body = context.toDoc(join([hardline, hardline], this.code));
    context.checkDeclared();
    const { hardline: newline } = builders;
    // The header names spec files: a line comment escaped like any text, whatever their names hold.
    const docs: Doc[] = [`// ${commentText(headerText(this.sources))}`, newline];
    if (this.about !== null) {
      docs.push(newline);
      for (const l of wrapWords(commentText(this.about), 80)) docs.push(`// ${l}`, newline);
    }
    const imports = importsOf(this.path, context.used);
    if (imports.length > 0) docs.push(newline, context.toDoc(join(hardline, imports)), newline);
    if (this.code.length > 0) docs.push(newline, body, newline);
    return printer.printDocToString(docs, {
      printWidth: PRINT_WIDTH,
      tabWidth: TAB_WIDTH,
      useTabs: PRETTIER_OPTIONS.useTabs ?? false,
    }).formatted;
  }
}

/** The code put at its marks exactly the given pieces that are put at a mark, in their order. */
function samePieces(spliced: SplicedLines, pieces: readonly PrintedCode[]): boolean {
  const expected = new SplicedLines();
  for (const piece of pieces) expected.put(piece.lines);
  return (
    expected.pieces.length === spliced.pieces.length && expected.pieces.every((lines, i) => lines === spliced.pieces[i])
  );
}

/**
 * Code printed apart from the file it goes in, as it prints there: a shared
 * file's part of one operation, which the memo keeps (see SharedPieces). It is
 * printed at `column`, followed by `after` (what follows it up to the next
 * line break in the file: a comma, or nothing), so that each of its groups
 * breaks as it would in the file; only code that the file puts where its
 * enclosing layout always breaks (an interface's members, an object literal
 * that always breaks) may be printed apart. It declares nothing: the file's
 * names are declared by the file.
 */
export interface PrintedCode {
  /** Its lines without the indentation of `column`. */
  readonly lines: readonly string[];
  readonly symbols: readonly Sym[];
}

export function printApart(module: TsModule, piece: Code, column: number, after = ""): PrintedCode {
  const context = new Context(module);
  const doc = builders.align(column, [builders.hardline, context.toDoc(piece), after]);
  if (context.declaresAnything()) throw new Error(`${module.path}: code printed apart declares a name`);
  const text = printer.printDocToString(doc, {
    printWidth: PRINT_WIDTH,
    tabWidth: TAB_WIDTH,
    useTabs: PRETTIER_OPTIONS.useTabs ?? false,
  }).formatted;
  const margin = " ".repeat(column);
  if (!text.startsWith(`\n${margin}`) || !text.endsWith(after))
    throw new Error(`${module.path}: code printed apart does not start at column ${column}`);
  const lines = text
    .slice(1, text.length - after.length)
    .split("\n")
    .map((l) => (l.startsWith(margin) ? l.slice(column) : l));
  return {
    lines,
    symbols: [...context.used.values()].map(({ name, module: from, kind }) => ({ name, module: from, kind })),
  };
}

/** What of code printed apart the file's text before splicing holds: its symbols, and its lines when they are printed in place. */
export const splicingKey = (printed: PrintedCode): unknown =>
  SplicedLines.apart(printed.lines) ? { symbols: printed.symbols } : printed;

/** Code printed apart, put back: its lines at the indentation of where it is put, its symbols imported as printed here. */
export const printedCode = (printed: PrintedCode): Code =>
  code({ type: "printed", lines: printed.lines, symbols: printed.symbols });

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

/** The module specifier from one output file to another: "./types.js", "../../runtime/seal.js". */
export function specifier(from: string, to: string): string {
  const rel = path.posix.relative(path.posix.dirname(from), to).replace(/\.ts$/, ".js");
  return rel.startsWith(".") ? rel : `./${rel}`;
}

/** One import declaration per module and kind, sorted by specifier, names sorted. */
function importsOf(file: string, used: ReadonlyMap<string, Sym>): Code[] {
  const byModule = new Map<string, { values: Set<string>; types: Set<string> }>();
  for (const sym of used.values()) {
    let entry = byModule.get(sym.module);
    if (!entry) byModule.set(sym.module, (entry = { values: new Set(), types: new Set() }));
    (sym.kind === "value" ? entry.values : entry.types).add(sym.name);
  }
  return [...byModule.entries()]
    .map(([module, names]) => ({ from: specifier(file, module), names }))
    .sort((a, b) => compareText(a.from, b.from))
    .flatMap(({ from, names }) =>
      (["values", "types"] as const)
        .filter((kind) => names[kind].size > 0)
        .map((kind) => moduleDeclaration("import", [...names[kind]].sort(compareText), quote(from), kind === "types")),
    );
}

const declarationKey = (d: { readonly kind: string; readonly name: string }): string => `${d.kind} ${d.name}`;

/** What printing one file finds: the symbols it imports and the names it declares, checked against its module. */
class Context {
  /** By name: the symbols of other modules printed here. */
  readonly used = new Map<string, Sym>();
  private readonly declared = new Set<string>();
  private readonly own: ReadonlySet<string>;
  private readonly ownNames: ReadonlySet<string>;

  constructor(
    private readonly module: TsModule,
    /** Where code printed apart goes when it is not printed again; null: printed in place. */
    private readonly spliced: SplicedLines | null = null,
  ) {
    this.own = new Set(module.declarations.map(declarationKey));
    this.ownNames = new Set(module.declarations.map((d) => d.name));
  }

  /** A code tree as prettier's document. */
  toDoc(part: Part): Doc {
    if (typeof part === "string") return part;
    if (part instanceof Code) return this.toDoc(partOf(part));
    if (Array.isArray(part)) return part.map((p) => this.toDoc(p));
    if (isSym(part)) return this.symbol(part);
    return this.layout(part as Layout);
  }

  /** A symbol by its name, imported unless this module declares it. */
  private symbol(sym: Sym): Doc {
    const file = this.module.path;
    if (sym.module === file) {
      if (!this.ownNames.has(sym.name)) throw new Error(`${file}: ${sym.name} is not a name of this module`);
      return sym.name;
    }
    const known = this.used.get(sym.name);
    if (known && known.module !== sym.module)
      throw new Error(`${file}: two symbols named ${sym.name} (${known.module}, ${sym.module})`);
    // A value import also serves the type of the same name.
    if (!known || sym.kind === "value") this.used.set(sym.name, sym);
    return sym.name;
  }

  private layout(layout: Layout): Doc {
    switch (layout.type) {
      case "group":
        return builders.group(this.toDoc(layout.contents), {
          shouldBreak: layout.shouldBreak,
          ...(layout.id === undefined ? {} : { id: layout.id }),
        });
      case "indent-if-break":
        return builders.indentIfBreak(this.toDoc(layout.contents), { groupId: layout.groupId });
      case "indent":
        return builders.indent(this.toDoc(layout.contents));
      case "align":
        return builders.align(layout.width, this.toDoc(layout.contents));
      case "if-break":
        return builders.ifBreak(this.toDoc(layout.breakContents), this.toDoc(layout.flatContents));
      case "line":
        return layout.mode === "hard" ? builders.hardline : layout.mode === "soft" ? builders.softline : builders.line;
      case "specifier":
        return quote(specifier(this.module.path, layout.module));
      case "printed":
        for (const sym of layout.symbols) this.symbol(sym);
        return this.spliced ? this.spliced.put(layout.lines) : builders.join(builders.hardline, [...layout.lines]);
      case "declare": {
        const { declaration: d, keyword } = layout;
        const file = this.module.path;
        const key = declarationKey(d);
        if (d.module !== file || !this.own.has(key))
          throw new Error(`${file} declares ${d.name}, which rules/export-names.ts gives to ${d.module}`);
        if ((keyword === "type" || keyword === "interface") !== (d.kind === "type"))
          throw new Error(`${file} declares the ${d.kind} ${d.name} with "${keyword}"`);
        if (this.declared.has(key)) throw new Error(`${file} declares ${d.name} twice`);
        this.declared.add(key);
        return `${d.exported ? "export " : ""}${keyword} ${d.name}`;
      }
    }
  }

  declaresAnything(): boolean {
    return this.declared.size > 0;
  }

  /** Every name the module has is declared by the file. */
  checkDeclared(): void {
    const missing = this.module.declarations.filter((d) => !this.declared.has(declarationKey(d)));
    if (missing.length > 0)
      throw new Error(`${this.module.path} does not declare ${missing.map((d) => d.name).join(", ")}`);
  }
}
