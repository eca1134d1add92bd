// Code trees turned into prettier's documents for one module of the package:
// the symbols they import, the names they declare (checked against the
// module's), and the text printed with prettier's options. The import
// declarations those symbols make are module-imports.ts's.

import { builders, printer } from "prettier/doc";
import { quote } from "./escape.js";
import { PRETTIER_OPTIONS, PRINT_WIDTH, TAB_WIDTH } from "./layouts.js";
import { specifier } from "./module-imports.js";
import type { SplicedLines } from "./spliced-lines.js";
import { FlatDocs } from "./flat-docs.js";
import { type ArgumentDoc, huggedArguments } from "./hugged-arguments.js";
import { isSym, type Sym } from "./symbols.js";
import { Code, type Layout, type Part, partOf } from "./tree.js";
import type { TsModule } from "./ts-module.js";

export type Doc = builders.Doc;

/**
 * prettier's options for the printer: one object, under which the bundled printer remembers the indentations it
 * makes from one document to the next (scripts/remembered-indents.cjs). Every document printed here comes from
 * DocContext, whose groups are broken already where a hard break or a group that breaks holds them: the bundled
 * printer skips its pass that would break them (scripts/propagated-breaks.cjs).
 */
const PRINT_OPTIONS = {
  printWidth: PRINT_WIDTH,
  tabWidth: TAB_WIDTH,
  useTabs: PRETTIER_OPTIONS.useTabs ?? false,
  [Symbol.for("sips-json.breaks-propagated")]: true,
};

/** A document as text, laid out with prettier's options. */
export const printDoc = (doc: Doc): string => printer.printDocToString(doc, PRINT_OPTIONS).formatted;

/** The options of an interpolation's one line: as wide as its text (the same object each time, for the indentations). */
const ONE_LINE_OPTIONS = { ...PRINT_OPTIONS, printWidth: Number.POSITIVE_INFINITY };

/** A hard line break without its break-parent: DocContext breaks the groups around it itself. */
const HARD_BREAK = builders.hardlineWithoutBreakParent;

const declarationKey = (d: { readonly kind: string; readonly name: string }): string => `${d.kind} ${d.name}`;

/** What printing one file or piece finds: the symbols it imports and the names it declares, checked against its module. */
export class DocContext {
  /** By name: the symbols of other modules printed here. */
  readonly used = new Map<string, Sym>();
  private readonly declared = new Set<string>();
  private readonly own: ReadonlySet<string>;
  private readonly ownNames: ReadonlySet<string>;
  /** Whether the documents made since the innermost group began hold a hard break, or a group that breaks. */
  private breaks = false;

  constructor(
    private readonly module: TsModule,
    /** Where code printed apart goes when it is not printed again; null: printed in place. */
    private readonly spliced: SplicedLines | null = null,
    /** Whether comments of several lines go there too (a file whose pieces are not given by the caller). */
    private readonly commentsApart = false,
  ) {
    this.own = new Set(module.declarations.map(declarationKey));
    this.ownNames = new Set(module.declarations.map((d) => d.name));
  }

  /** A code tree as prettier's document. */
  toDoc(part: Part): Doc {
    if (typeof part === "string") return part;
    if (part instanceof Code) return this.toDoc(partOf(part));
    if (Array.isArray(part)) {
      const flat = new FlatDocs();
      this.flatInto(part, flat);
      return flat.doc();
    }
    if (isSym(part)) return this.symbol(part);
    return this.layout(part as Layout);
  }

  /** A list of code as one flat list of documents (see FlatDocs). */
  private flatInto(part: Part, flat: FlatDocs): void {
    if (typeof part === "string") flat.text(part);
    else if (part instanceof Code) this.flatInto(partOf(part), flat);
    else if (Array.isArray(part)) for (const p of part) this.flatInto(p, flat);
    else flat.add(isSym(part) ? this.symbol(part) : this.layout(part as Layout));
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
      case "group": {
        const outer = this.breaks;
        this.breaks = false;
        const contents = this.toDoc(layout.contents);
        const breaks = layout.shouldBreak || this.breaks;
        this.breaks = outer || breaks;
        return builders.group(contents, { shouldBreak: breaks, ...(layout.id === undefined ? {} : { id: layout.id }) });
      }
      case "hug-last": {
        const outer = this.breaks;
        const args: ArgumentDoc[] = new Array(layout.args.length);
        for (let i = 0; i < args.length; i++) {
          this.breaks = false;
          args[i] = { doc: this.toDoc(layout.args[i] as Part), breaks: this.breaks };
        }
        const hugged = huggedArguments(args);
        this.breaks = outer || hugged.breaks;
        return hugged.doc;
      }
      case "indent-if-break":
        return builders.indentIfBreak(this.toDoc(layout.contents), { groupId: layout.groupId });
      case "indent":
        return builders.indent(this.toDoc(layout.contents));
      case "align":
        return builders.align(layout.width, this.toDoc(layout.contents));
      case "if-break": {
        const contents = [this.toDoc(layout.breakContents), this.toDoc(layout.flatContents)] as const;
        return layout.groupId === undefined
          ? builders.ifBreak(...contents)
          : builders.ifBreak(...contents, { groupId: layout.groupId });
      }
      case "fill": {
        // Each part a document of its own: the fill's contents and separators alternate, which flattening would lose.
        const parts: Doc[] = new Array(layout.parts.length);
        for (let i = 0; i < parts.length; i++) parts[i] = this.toDoc(layout.parts[i] as Part);
        return builders.fill(parts);
      }
      case "interpolation": {
        // prettier's printTemplateLiteral: the code printed without a width is the text of the `${}`, unless it
        // has a line break (a hard break, or a group that must break): then it is laid out in place, in a group.
        const outer = this.breaks;
        this.breaks = false;
        const doc = this.toDoc(layout.contents);
        const text = printer.printDocToString(doc, ONE_LINE_OPTIONS).formatted;
        const inner = this.breaks;
        this.breaks = outer;
        if (!text.includes("\n")) return text;
        this.breaks ||= inner;
        return builders.group(doc, { shouldBreak: inner });
      }
      case "line":
        if (layout.mode !== "hard") return layout.mode === "soft" ? builders.softline : builders.line;
        this.breaks = true;
        return HARD_BREAK;
      case "specifier":
        return quote(specifier(this.module.path, layout.module));
      case "printed":
        for (const sym of layout.symbols) this.symbol(sym);
        if (layout.lines.length > 1) this.breaks = true;
        return this.spliced ? this.spliced.put(layout.lines) : builders.join(builders.hardline, [...layout.lines]);
      case "comment": {
        this.breaks = true;
        const { lines } = layout;
        for (const sym of layout.symbols ?? []) this.symbol(sym);
        // A comment of one line has nothing between its first line and its last, which are that line.
        if (!this.commentsApart || this.spliced === null || lines.length < 3)
          return builders.join(HARD_BREAK, [...lines]);
        // The lines between the first and the last put apart: the mark follows the comment's own line break, so
        // it has the comment's indentation, and what follows the comment on its line is laid out from where it ends.
        const last = lines.length - 1;
        const between = this.spliced.put(lines.slice(1, last), false);
        return [lines[0] as string, HARD_BREAK, between, HARD_BREAK, lines[last] as string];
      }
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
