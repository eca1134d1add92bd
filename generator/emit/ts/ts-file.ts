// One generated TypeScript file: its declarations, the imports their symbols
// call for, and the final text, laid out by prettier's own document printer
// with the project's options, so the text is what prettier would write for
// the shapes the emitters build (a test holds every generated file to it).

import path from "node:path";
import { builders, printer } from "prettier/doc";
import { compareText } from "../../rules/code-point-order.js";
import { headerText } from "../header.js";
import type { GeneratedFile } from "../generated-file.js";
import { Code, lines, type Part } from "./code.js";
import { lineComment, quote } from "./escape.js";
import { importDeclaration } from "./layouts.js";
import { isSym, type Sym } from "./symbols.js";

/** prettier's layout options, as .prettierrc.json sets them. */
export const PRINT_WIDTH = 120;
const TAB_WIDTH = 2;

type Doc = builders.Doc;

export class TsFile {
  private readonly declarations: Code[] = [];

  constructor(
    /** Relative to the output directory. */
    readonly path: string,
    /** The spec files it comes from, for its header. */
    private readonly sources: readonly string[],
    /** What the file holds, in a line comment under the header; spec text is escaped. */
    private readonly about: string | null = null,
  ) {}

  /** Adds top-level declarations, each separated from the next by a blank line. */
  add(...declarations: readonly Code[]): this {
    this.declarations.push(...declarations);
    return this;
  }

  toGeneratedFile(): GeneratedFile {
    return { path: this.path, language: "typescript", content: this.render() };
  }

  render(): string {
    const used = new Map<string, Sym>();
    const body = toDoc(lines(this.declarations, true).part, this.path, used);
    const { hardline: newline } = builders;
    // The header names spec files: a line comment escaped like any text, whatever their names hold.
    const docs: Doc[] = [String(lineComment(headerText(this.sources)).part), newline];
    if (this.about !== null) {
      docs.push(newline);
      for (const line of wrapWords(String(lineComment(this.about).part).slice("// ".length), 80))
        docs.push(`// ${line}`, newline);
    }
    const imports = importsOf(this.path, used);
    if (imports.length > 0) docs.push(newline, toDoc(lines(imports).part, this.path, used), newline);
    if (this.declarations.length > 0) docs.push(newline, body, newline);
    return printer.printDocToString(docs, { printWidth: PRINT_WIDTH, tabWidth: TAB_WIDTH, useTabs: false }).formatted;
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
    .flatMap(({ from, names }) => [
      ...(names.values.size > 0 ? [importDeclaration([...names.values].sort(compareText), quote(from), false)] : []),
      ...(names.types.size > 0 ? [importDeclaration([...names.types].sort(compareText), quote(from), true)] : []),
    ]);
}

/** A code tree as prettier's document, each symbol printed by name and recorded in `used` unless it is declared here. */
function toDoc(part: Part, file: string, used: Map<string, Sym>): Doc {
  if (typeof part === "string") return part;
  if (part instanceof Code) return toDoc(part.part, file, used);
  if (Array.isArray(part)) return part.map((p) => toDoc(p, file, used));
  if (isSym(part)) {
    if (part.module !== file) {
      const known = used.get(part.name);
      if (known && known.module !== part.module)
        throw new Error(`${file}: two symbols named ${part.name} (${known.module}, ${part.module})`);
      // A value import also serves the type of the same name.
      if (!known || part.kind === "value") used.set(part.name, part);
    }
    return part.name;
  }
  const layout = part as Exclude<Part, string | Sym | Code | readonly Part[]>;
  switch (layout.type) {
    case "group":
      return builders.group(toDoc(layout.contents, file, used), { shouldBreak: layout.shouldBreak });
    case "indent":
      return builders.indent(toDoc(layout.contents, file, used));
    case "align":
      return builders.align(layout.width, toDoc(layout.contents, file, used));
    case "if-break":
      return builders.ifBreak(toDoc(layout.breakContents, file, used), toDoc(layout.flatContents, file, used));
    case "line":
      return layout.mode === "hard" ? builders.hardline : layout.mode === "soft" ? builders.softline : builders.line;
  }
}
