// The templates as Handlebars compiles them: the JavaScript source of each
// (Handlebars' precompiled form), kept between runs. Compiling is Handlebars'
// parser and code generator running cold in every process, some 80 ms of a run
// that changes one operation among a thousand (it renders the index page, and
// the changed operation's page and changelog); loading the kept source costs a
// few. The sources are kept in one file under a key of everything that decides
// them (every template, Handlebars' version and the compile options), checked
// against their own SHA-256 when read: a file damaged or cut is compiled
// again, never run. The code is the same either way: a run that compiles
// renders through the very source it keeps.

import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import { sha256 } from "../memo/content-hash.js";
import { memoKey } from "../memo/memo-key.js";
import { tempName } from "../threads/temp-name.js";

const require = createRequire(import.meta.url);

/** Where compiled templates are kept by default: beside the generator's bundle and compiled schemas. */
export const COMPILED_TEMPLATES_DIR = fileURLToPath(new URL("../../node_modules/.cache/sips-json/", import.meta.url));

/** The templates' sources: each page template by name, each partial by `partials/<name>`. */
export type TemplateSources = ReadonlyMap<string, string>;

/** Every template of `dir` (templates/): `<name>.hbs` and `partials/<name>.hbs`, sorted by name. */
export function readTemplates(dir: string): TemplateSources {
  const sources = new Map<string, string>();
  const add = (prefix: string, folder: string) => {
    for (const file of readdirSync(folder).sort())
      if (file.endsWith(".hbs"))
        sources.set(`${prefix}${file.slice(0, -4)}`, readFileSync(path.join(folder, file), "utf8"));
  };
  add("", dir);
  add("partials/", path.join(dir, "partials"));
  return sources;
}

const PREFIX = "templates-";
const SUFFIX = ".json";

/**
 * The precompiled source of every template of `sources` (compiled with
 * `options`), by the same names: read from the file kept in `keptIn` for
 * exactly these templates, or compiled (and kept there, when `keptIn` is
 * given and can be written).
 */
export function compiledTemplates(
  sources: TemplateSources,
  options: CompileOptions,
  keptIn: string | null,
): ReadonlyMap<string, string> {
  const version = (require("handlebars/package.json") as { version: string }).version;
  const key = memoKey("templates", version, JSON.stringify(options), ...[...sources].flat());
  const file = keptIn === null ? null : path.join(keptIn, `${PREFIX}${key.slice(0, 16)}${SUFFIX}`);
  const kept = file === null ? undefined : keptSources(file, sources);
  if (kept) return kept;
  // Typed as the specification it stands for, but given as its source: JavaScript text.
  const compiled = new Map(
    [...sources].map(([name, source]) => [name, String(Handlebars.precompile(source, options))]),
  );
  if (file !== null) keep(file, compiled);
  return compiled;
}

/** The kept file's sources when it holds one for each template, unchanged since written; else undefined. */
function keptSources(file: string, sources: TemplateSources): Map<string, string> | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  const body = text.slice(65);
  if (text[64] !== "\n" || sha256(body) !== text.slice(0, 64)) return undefined;
  try {
    const entries = JSON.parse(body) as unknown;
    if (typeof entries !== "object" || entries === null || Array.isArray(entries)) return undefined;
    const kept = new Map<string, string>();
    for (const name of sources.keys()) {
      const source = Object.hasOwn(entries, name) ? (entries as Record<string, unknown>)[name] : undefined;
      if (typeof source !== "string") return undefined;
      kept.set(name, source);
    }
    return kept;
  } catch {
    return undefined;
  }
}

/** Writes the file whole under another name, then renames it, and removes the files of earlier templates. */
function keep(file: string, compiled: ReadonlyMap<string, string>): void {
  try {
    const body = JSON.stringify(Object.fromEntries(compiled));
    mkdirSync(path.dirname(file), { recursive: true });
    const partial = tempName(file, ".partial");
    writeFileSync(partial, `${sha256(body)}\n${body}`);
    renameSync(partial, file);
    const name = path.basename(file);
    for (const other of readdirSync(path.dirname(file)))
      if (other.startsWith(PREFIX) && other.endsWith(SUFFIX) && other !== name)
        rmSync(path.join(path.dirname(file), other), { force: true });
  } catch {
    // A folder that cannot be written: the next run compiles again.
  }
}

/** A template function of `env` from its precompiled source. */
export function templateOf(env: typeof Handlebars, compiled: string): Handlebars.TemplateDelegate {
  const spec = new Function(`return ${compiled};`)() as TemplateSpecification;
  return env.template(spec);
}

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];
/** What Handlebars.compile and Handlebars.precompile take. */
export type CompileOptions = NonNullable<Parameters<typeof Handlebars.compile>[1]>;
