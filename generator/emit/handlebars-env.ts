import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import {
  COMPILED_TEMPLATES_DIR,
  type CompileOptions,
  compiledTemplates,
  readTemplates,
  templateOf,
} from "./compiled-templates.js";
import { headerText } from "./header.js";
import { jsonText } from "./json-text.js";
import { blockText, codeSpan, htmlCommentText, inlineText, linkDestination } from "./markdown-escape.js";
import { makeBlocksStrict } from "./strict-blocks.js";

/** templates/ next to generator/: part of the program, read once. */
export const templatesDir = fileURLToPath(new URL("../../templates/", import.meta.url));

/**
 * The one Handlebars instance. Helpers only format, each by the escaping rule
 * of the Markdown context it writes into (emit/markdown-escape.ts); every
 * decision is made in the model or the emitter's view, so templates hold no
 * logic beyond loops and conditionals. Output is not HTML-escaped (noEscape):
 * a value reaches the page only through one of these helpers, or as Markdown
 * the emitter built from the same rules.
 */
function createEnvironment(compiled: ReadonlyMap<string, string>): typeof Handlebars {
  const hbs = Handlebars.create();
  makeBlocksStrict(hbs);
  // Text that begins a paragraph, list item or quote.
  hbs.registerHelper("block", (value: unknown) => blockText(String(value)));
  // Text within a line: a table cell (the rule escapes "|" too), a heading, link text.
  hbs.registerHelper("inline", (value: unknown) => inlineText(String(value)));
  // An inline code span, backticks included; `cellCode` in a table cell.
  hbs.registerHelper("code", (value: unknown) => codeSpan(String(value)));
  hbs.registerHelper("cellCode", (value: unknown) => codeSpan(String(value), true));
  // A link destination.
  hbs.registerHelper("url", (value: unknown) => linkDestination(String(value)));
  // JSON indented by two spaces, for a fenced code block: every line starts with
  // spaces, a quote or a bracket, never a fence, and strings hold no line break.
  hbs.registerHelper("jsonBlock", (value: unknown) => jsonText(value));
  // The header line of a generated Markdown file, inside its HTML comment.
  hbs.registerHelper("header", (sources: unknown) => htmlCommentText(headerText(sources as string[])));
  // Compiled as the templates are: a partial given as text would be compiled again on every render.
  for (const [name, source] of compiled)
    if (name.startsWith(PARTIALS)) hbs.registerPartial(name.slice(PARTIALS.length), templateOf(hbs, source));
  return hbs;
}

const PARTIALS = "partials/";

const KNOWN_HELPERS = {
  block: true,
  inline: true,
  code: true,
  cellCode: true,
  url: true,
  jsonBlock: true,
  header: true,
};

// knownHelpersOnly: the templates use only the built-in block helpers and ours,
// which lets Handlebars compile direct calls instead of run-time lookups.
const OPTIONS: CompileOptions = {
  strict: true,
  noEscape: true,
  preventIndent: true,
  knownHelpers: KNOWN_HELPERS,
  knownHelpersOnly: true,
};

let env: { readonly hbs: typeof Handlebars; readonly compiled: ReadonlyMap<string, string> } | undefined;
const templates = new Map<string, Handlebars.TemplateDelegate>();

/** Renders templates/<name>.hbs with `view`; a missing value throws (strict mode, and strict blocks), naming the template. */
export function render(name: string, view: object): string {
  if (env === undefined) {
    const compiled = compiledTemplates(readTemplates(templatesDir), OPTIONS, COMPILED_TEMPLATES_DIR);
    env = { hbs: createEnvironment(compiled), compiled };
  }
  let template = templates.get(name);
  if (!template) {
    const source = env.compiled.get(name);
    if (source === undefined || name.startsWith(PARTIALS))
      throw new Error(`no template ${name}.hbs in ${templatesDir}`);
    template = templateOf(env.hbs, source);
    templates.set(name, template);
  }
  try {
    return template(view);
  } catch (error) {
    throw new Error(`templates/${name}.hbs: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
