import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import { headerText } from "../emit/header.js";

/** templates/ next to generator/: part of the program, read once. */
export const templatesDir = fileURLToPath(new URL("../../templates/", import.meta.url));

/**
 * The one Handlebars instance. Helpers only format (quote, comment); every
 * decision is made in the model or the emitter's view, so templates hold no
 * logic beyond loops and conditionals.
 */
function createEnvironment(): typeof Handlebars {
  const hbs = Handlebars.create();
  // A TypeScript/JavaScript string literal, or compact JSON.
  hbs.registerHelper("json", (value: unknown) => JSON.stringify(value));
  // JSON indented by two spaces, as in a Markdown code block.
  hbs.registerHelper("jsonBlock", (value: unknown) => JSON.stringify(value, null, 2));
  // Text safe inside a /** */ comment.
  hbs.registerHelper("doc", (value: unknown) => String(value).replaceAll("*/", "*\\/"));
  // The header line of a generated file, from its spec files.
  hbs.registerHelper("header", (sources: unknown) => headerText(sources as string[]));
  // A TSDoc link; written as a helper because "}}}" would end a Handlebars tag.
  hbs.registerHelper("link", (name: unknown) => `{@link ${String(name)}}`);
  // Text safe inside a Markdown table cell.
  hbs.registerHelper("cell", (value: unknown) => String(value).replaceAll("|", "\\|").replaceAll("\n", " "));
  const partialsDir = path.join(templatesDir, "partials");
  for (const name of readdirSync(partialsDir).sort()) {
    if (name.endsWith(".hbs")) hbs.registerPartial(name.slice(0, -4), readFileSync(path.join(partialsDir, name), "utf8"));
  }
  return hbs;
}

const KNOWN_HELPERS = { json: true, jsonBlock: true, doc: true, link: true, cell: true, header: true };

let env: typeof Handlebars | undefined;
const compiled = new Map<string, Handlebars.TemplateDelegate>();

/** Renders templates/<name>.hbs with `view`; a missing value throws (strict mode). */
export function render(name: string, view: object): string {
  env ??= createEnvironment();
  let template = compiled.get(name);
  if (!template) {
    const source = readFileSync(path.join(templatesDir, `${name}.hbs`), "utf8");
    // knownHelpersOnly: the templates use only the built-in block helpers and ours,
    // which lets Handlebars compile direct calls instead of run-time lookups.
    template = env.compile(source, { strict: true, noEscape: true, preventIndent: true, knownHelpers: KNOWN_HELPERS, knownHelpersOnly: true });
    compiled.set(name, template);
  }
  return template(view);
}
