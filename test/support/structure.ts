// The structure of a generated file, read by parsing it, without the text
// that fills it: two files with the same structure differ only inside string
// literals, comments, Markdown text and JSON values.
import MarkdownIt from "markdown-it";
import type { ts as Ts } from "ts-morph";
import { ts } from "./ts-api.js";

/** What TypeScript code does: nodes that run or declare something, kept in order. */
const CODE_KINDS =
  /Statement$|Declaration$|^(ExportAssignment|CallExpression|NewExpression|ArrowFunction|FunctionExpression|BinaryExpression|TemplateSpan|TemplateLiteralTypeSpan|TaggedTemplateExpression|Decorator)$/;

export interface TsStructure {
  /** Each top-level statement: its kind, the names it declares and whether it is exported. */
  readonly topLevel: readonly string[];
  /** Every statement, declaration, call, function, assignment, template hole, JSDoc tag and link, in order, by kind. */
  readonly code: readonly string[];
  readonly syntaxErrors: number;
  /** The text each doc comment and tag shows once its Markdown is rendered, but its code spans, in order. */
  readonly docTexts: readonly string[];
}

/** Each kind's name by its number where CODE_KINDS takes it, else null: matched once per kind, not once per node. */
const codeKindNames: readonly (string | null)[] = Array.from({ length: ts.SyntaxKind.Count }, (_, kind) => {
  const name = ts.SyntaxKind[kind] ?? "";
  return CODE_KINDS.test(name) ? name : null;
});

export function tsStructure(fileName: string, text: string): TsStructure {
  // No parent links: the names are read with their source given, and nothing else walks up the tree.
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const topLevel = source.statements.map((s) => {
    const exported =
      ts.canHaveModifiers(s) && (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    return `${exported ? "export " : ""}${ts.SyntaxKind[s.kind]} ${declaredNames(s, source).join(",")}`;
  });
  const code: string[] = [];
  const docTexts: string[] = [];
  const visit = (node: Ts.Node): void => {
    const kind = codeKindNames[node.kind];
    if (kind) code.push(kind);
    // JSDoc block tags (@deprecated, @since) and inline links ({@link Name}): what editors read from a comment.
    // The Markdown an editor renders of each comment's text and tag: its tokens, so spec text shows as written.
    for (const doc of (node as { jsDoc?: readonly Ts.JSDoc[] }).jsDoc ?? []) {
      const markdown = commentMarkdown(doc.comment, source);
      code.push(...inlineLinks(doc.comment, source), ...markdown.tokens);
      docTexts.push(markdown.text);
      for (const tag of doc.tags ?? []) {
        const tagMarkdown = commentMarkdown(tag.comment, source);
        code.push(`@${tag.tagName.text}`, ...inlineLinks(tag.comment, source), ...tagMarkdown.tokens);
        docTexts.push(tagMarkdown.text);
      }
    }
    node.forEachChild(visit);
  };
  visit(source);
  // Syntax errors are the parser's own list; the compiler API does not publish it.
  const syntaxErrors = (source as unknown as { parseDiagnostics: readonly unknown[] }).parseDiagnostics.length;
  return { topLevel, code, syntaxErrors, docTexts };
}

/** The inline tags of a comment's text ({@link Name}, {@linkcode Name}, {@linkplain Name}), with the name each names. */
function inlineLinks(comment: string | readonly Ts.JSDocComment[] | undefined, source: Ts.SourceFile): string[] {
  if (comment === undefined || typeof comment === "string") return [];
  return comment
    .filter((part) => part.kind !== ts.SyntaxKind.JSDocText)
    .map((part) => `{${ts.SyntaxKind[part.kind]} ${(part as Ts.JSDocLink).name?.getText(source) ?? ""}}`);
}

/**
 * The Markdown of a comment's text as an editor renders it: its tokens (emphasis, code spans, links, HTML,
 * headings, lists), without line breaks inside a paragraph and text; and the text it shows but code spans (the generator's, holding names and values as they are).
 */
function commentMarkdown(
  comment: string | readonly Ts.JSDocComment[] | undefined,
  source: Ts.SourceFile,
): { tokens: string[]; text: string } {
  const text =
    typeof comment === "string"
      ? comment
      : (comment ?? [])
          .map((part) => (part.kind === ts.SyntaxKind.JSDocText ? part.text : part.getText(source)))
          .join("");
  if (!text) return { tokens: [], text: "" };
  const tokens = markdownShape(text).blocks.filter((block) => block !== "softbreak" && block !== "text");
  let shown = "";
  for (const token of markdown.parse(text, {})) {
    if (token.type === "inline") shown += " ";
    for (const child of token.children ?? [])
      shown +=
        child.type === "softbreak" || child.type === "hardbreak"
          ? " "
          : child.type === "code_inline"
            ? ""
            : child.content;
  }
  return { tokens, text: shown };
}

function declaredNames(statement: Ts.Statement, source: Ts.SourceFile): string[] {
  if (ts.isVariableStatement(statement))
    return statement.declarationList.declarations.map((d) => d.name.getText(source));
  const name = (statement as { name?: Ts.Node }).name;
  if (name) return [name.getText(source)];
  if (ts.isExportDeclaration(statement) || ts.isImportDeclaration(statement))
    return [statement.getText(source).replace(/\s+/g, " ")];
  return [];
}

// HTML read as HTML, as a Markdown viewer reads it: markdown-it's default (html: false) reads tags as text, and no
// HTML a file held could be told apart from its text.
const markdown = new MarkdownIt({ html: true });

export interface MarkdownShape {
  /**
   * The sequence of its tokens, block and inline, without their text: headings, paragraphs, lists, quotes, tables
   * (each row and cell), links, code spans, emphasis and HTML each show up as tokens. Runs of text are one `text`.
   */
  readonly blocks: readonly string[];
  /** The HTML the Markdown holds: raw blocks and inline tags, as written. */
  readonly html: readonly string[];
}

/** Markdown's structure and the HTML it holds, from one parse. */
export function markdownShape(text: string): MarkdownShape {
  const blocks: string[] = [];
  const html: string[] = [];
  const push = (type: string): void => {
    const t = type === "text_special" ? "text" : type;
    if (!(t === "text" && blocks[blocks.length - 1] === "text")) blocks.push(t);
  };
  const keepHtml = (token: { type: string; content: string }): void => {
    if (token.type === "html_block" || token.type === "html_inline") html.push(token.content);
  };
  for (const token of markdown.parse(text, {})) {
    push(token.type === "heading_open" ? `heading_open ${token.tag}` : token.type);
    keepHtml(token);
    for (const child of token.children ?? []) {
      push(child.type);
      keepHtml(child);
    }
  }
  return { blocks, html };
}

/** JSON as its shape: objects by their keys (`keyOf` maps each), arrays by their items, other values by type. */
export function jsonShape(value: unknown, keyOf: (key: string) => string = (k) => k): unknown {
  if (Array.isArray(value)) return value.map((v) => jsonShape(v, keyOf));
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(([k, v]) => [keyOf(k), jsonShape(v, keyOf)] as const);
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  return typeof value;
}
