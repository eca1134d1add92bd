// The text fields of the spec format, read from its JSON Schemas: every string
// without a pattern or an enum, and every mapping key without a name pattern.
// A test that walks spec files with these schemas reaches each text field a
// new version of the format adds, without being told about it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { isMap, isScalar, isSeq, type Document, type Node } from "yaml";
import { specDir } from "./paths.js";

type Schema = Record<string, unknown>;

/** A place in a schema: file and JSON Pointer, e.g. `operation.schema.json#/properties/summary`. */
interface Site {
  readonly file: string;
  readonly pointer: readonly string[];
}

const schemaDir = path.join(specDir, "schema");
const schemas = new Map<string, Schema>();
const schemaFile = (file: string): Schema => {
  let schema = schemas.get(file);
  if (!schema) schemas.set(file, (schema = JSON.parse(readFileSync(path.join(schemaDir, file), "utf8")) as Schema));
  return schema;
};

const siteId = (site: Site): string => `${site.file}#/${site.pointer.join("/")}`;
const at = (site: Site, ...more: string[]): Site => ({ file: site.file, pointer: [...site.pointer, ...more] });
const schemaAt = (site: Site): Schema =>
  site.pointer.reduce<Schema>((node, key) => node[key] as Schema, schemaFile(site.file));

/** The site a `$ref` chain ends at. */
function resolve(site: Site): Site {
  const ref = schemaAt(site)["$ref"];
  if (typeof ref !== "string") return site;
  const [file = "", pointer = ""] = ref.split("#");
  return resolve({ file: file || site.file, pointer: pointer.split("/").filter((p) => p !== "") });
}

const isText = (schema: Schema): boolean =>
  schema["type"] === "string" && schema["pattern"] === undefined && schema["enum"] === undefined;

/** Marks the site of a mapping's keys. */
const KEYS = "(keys)";

/**
 * A place in a schema, and the name of the text fields under it: the path by
 * which it was reached, except that a `$ref` to an object (a field, a value
 * list) starts again from the object's own name, since it is one concept
 * wherever it is used. So `notes` is a text field in each place it appears.
 */
interface Loc {
  readonly site: Site;
  readonly id: string;
}

const child = (loc: Loc, ...keys: string[]): Loc => ({
  site: at(loc.site, ...keys),
  id: `${loc.id}/${keys.join("/")}`,
});
const isObject = (schema: Schema): boolean =>
  schema["properties"] !== undefined || schema["additionalProperties"] !== undefined;

function deref(loc: Loc): { loc: Loc; schema: Schema } {
  const site = resolve(loc.site);
  const schema = schemaAt(site);
  return { loc: { site, id: isObject(schema) && site !== loc.site ? siteId(site) : loc.id }, schema };
}

/** The schema each kind of spec file is checked with. */
export const ROOT_SCHEMAS = {
  platform: "platform.schema.json",
  dictionary: "dictionary.schema.json",
  operation: "operation.schema.json",
} as const;

/** Text fields that are references rather than prose (a page's path): other text there would make the spec invalid. */
export const NOT_PROSE: ReadonlySet<string> = new Set([
  "operation.schema.json#/properties/source/properties/page",
  "operation.schema.json#/$defs/callback/properties/source/properties/page",
]);

const rootLoc = (file: string): Loc => ({ site: { file, pointer: [] }, id: `${file}#` });

/** Every text field of the format, by name; `(keys)` names mappings whose keys are text. */
export function textFieldSites(): Set<string> {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (from: Loc): void => {
    const { loc, schema } = deref(from);
    if (isText(schema)) found.add(loc.id);
    if (seen.has(loc.id)) return;
    seen.add(loc.id);
    for (const key of Object.keys((schema["properties"] as Schema | undefined) ?? {}))
      visit(child(loc, "properties", key));
    if (typeof schema["additionalProperties"] === "object") {
      if (schema["propertyNames"] === undefined) found.add(child(loc, KEYS).id);
      visit(child(loc, "additionalProperties"));
    }
    if (typeof schema["items"] === "object") visit(child(loc, "items"));
    const branches = (schema["anyOf"] as unknown[] | undefined) ?? [];
    for (let i = 0; i < branches.length; i++) visit(child(loc, "anyOf", String(i)));
    for (const branch of ["then", "else"]) if (typeof schema[branch] === "object") visit(child(loc, branch));
  };
  for (const file of Object.values(ROOT_SCHEMAS)) visit(rootLoc(file));
  return found;
}

/**
 * Appends `payload` to every text scalar and text key of a spec file, walking
 * it with its schema; returns the text fields it changed. Appending keeps values
 * distinct and references between them (an algorithm and the value naming it) intact.
 */
export function appendToText(
  doc: Document,
  rootSchema: string,
  payload: string,
  skip: ReadonlySet<string> = new Set(),
): Set<string> {
  return editTexts(
    doc,
    rootSchema,
    skip,
    (text) => `${text}${payload}`,
    (name) => `${name}${payload}`,
  );
}

/** Whether a site is the format's prose (common.schema.json's `text`), which must hold a visible character. */
const isProse = (site: Site): boolean =>
  site.file === "common.schema.json" && siteId(site) === "common.schema.json#/$defs/text";

/** Every prose value (not a key) of a spec file's document set to `value`; the nodes it set, in the document. */
export function replaceProse(doc: Document, rootSchema: string, value: string): Node[] {
  const nodes: Node[] = [];
  editTexts(
    doc,
    rootSchema,
    new Set(),
    (text, site) => (isProse(site) ? value : text),
    null,
    (node, site) => {
      if (isProse(site)) nodes.push(node);
    },
  );
  return nodes;
}

/** Each text value passed through `value`, each text key through `keyEdit` (null: keys left as they are); the sites. */
function editTexts(
  doc: Document,
  rootSchema: string,
  skip: ReadonlySet<string>,
  value: (text: string, site: Site) => string,
  keyEdit: ((name: string) => string) | null,
  edited: (node: Node, site: Site) => void = () => {},
): Set<string> {
  const hit = new Set<string>();
  const walk = (node: Node | null | undefined, from: Loc): void => {
    const { loc, schema } = deref(from);
    // An if on the value's type (an own meaning: a text, or meaning: with name:) picks the branch the node takes.
    if (typeof schema["if"] === "object") {
      const object = (schema["if"] as Schema)["type"] === "object";
      const branch = isMap(node) === object ? "then" : "else";
      if (typeof schema[branch] === "object") walk(node, child(loc, branch));
    }
    if (isScalar(node)) {
      if (isText(schema) && !skip.has(loc.id)) {
        node.value = value(String(node.value), loc.site);
        edited(node, loc.site);
        hit.add(loc.id);
      }
      const text = anyOfWith(loc, "string");
      if (text) walk(node, text);
    } else if (isSeq(node)) {
      if (schema["items"] !== undefined) for (const item of node.items) walk(item as Node, child(loc, "items"));
      const list = anyOfWith(loc, "array");
      if (list) walk(node, list);
    } else if (isMap(node)) {
      const properties = (schema["properties"] as Schema | undefined) ?? {};
      for (const pair of node.items) {
        const keyNode = pair.key as Node;
        const name = isScalar(keyNode) ? String(keyNode.value) : "";
        if (Object.hasOwn(properties, name)) walk(pair.value as Node, child(loc, "properties", name));
        else if (typeof schema["additionalProperties"] === "object") {
          const keys = child(loc, KEYS).id;
          if (keyEdit && schema["propertyNames"] === undefined && isScalar(keyNode) && !skip.has(keys)) {
            keyNode.value = keyEdit(name);
            hit.add(keys);
          }
          walk(pair.value as Node, child(loc, "additionalProperties"));
        }
      }
    }
  };
  walk(doc.contents as Node, rootLoc(rootSchema));
  return hit;
}

/** The branch of an `anyOf` that describes a value of `type`. */
function anyOfWith(loc: Loc, type: string): Loc | undefined {
  const branches = (schemaAt(loc.site)["anyOf"] as Schema[] | undefined) ?? [];
  const i = branches.findIndex((_, j) => schemaAt(resolve(at(loc.site, "anyOf", String(j))))["type"] === type);
  return i < 0 ? undefined : child(loc, "anyOf", String(i));
}
