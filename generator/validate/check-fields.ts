import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { RawField, RawItem } from "../rules/raw-spec.js";
import type { SpecPath } from "../read/source-map.js";
import { containerTypeName, itemTypeName } from "../rules/export-names.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";
import type { FieldSite, Sites } from "./field-sites.js";
import { placeOf } from "./check-written-once.js";
import type { Located } from "./located.js";
import type { Unchecked } from "./unchecked.js";
import { containerDifference, containerSignature, shapeDifference, shapeSignature } from "./shape-signature.js";

interface Definition {
  readonly shape: RawField | RawItem;
  readonly located: Located<unknown>;
  readonly path: SpecPath;
}

/** Rules about fields that hold across files: references, shapes, shared names and container types. */
export function checkFields(
  sites: Sites,
  dictionary: ReadonlyMap<string, RawField>,
  unchecked?: Unchecked,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const firstByName = new Map<string, Definition>();
  // One name is one field: where two definitions give a value list, it is the same.
  const firstList = new Map<string, Definition>();
  const containers = new Map<string, Definition & { signature: string }>();
  // A reference the dictionary cannot answer is most often a field another operation wrote out first (one page
  // made it, a second takes it from the dictionary): its error names that definition, the one to move there.
  // Looked for only on such an error: a valid spec's run pays nothing for it.
  let writtenOut: Map<string, FieldSite> | undefined;
  const writtenOutAs = (name: string): FieldSite | undefined => {
    if (writtenOut === undefined) {
      writtenOut = new Map();
      for (const site of sites.fields)
        if (site.written.from !== "dictionary" && site.scope !== "dictionary" && !writtenOut.has(site.name))
          writtenOut.set(site.name, site);
    }
    return writtenOut.get(name);
  };

  for (const site of sites.fields) {
    const { name, written, resolved, located, path } = site;
    // Places are looked up only for a diagnostic: finding one may mean parsing the file.
    const where = () => located.map.key(path);
    if (written.from === "dictionary") {
      if (!dictionary.has(name)) {
        if (unchecked?.dictionaryFields.has(name)) continue;
        const other = writtenOutAs(name);
        const related = other ? [{ ...other.located.map.key(other.path), message: "written out here" }] : [];
        out.push(
          diagnostic(
            "unknown-dictionary-field",
            where(),
            {
              field: name,
              suggestion: other ? undefined : didYouMean(name, dictionary.keys()),
              writtenBy: other ? placeOf(other) : undefined,
            },
            related,
          ),
        );
      } else if (!resolved) {
        const missing = (["presence", "since", "description"] as const).filter(
          (k) => written[k] === undefined && dictionary.get(name)?.[k] === undefined,
        );
        out.push(diagnostic("incomplete-field", where(), { field: name, missing: missing.join(" and ") }));
      }
      continue;
    }
    if (site.scope === "dictionary" && site.container === "") {
      // A second dictionary definition of a name; the first one is the reference for every other site.
      const first = firstByName.get(name);
      if (first) out.push(conflict(site, first, "is defined twice in the dictionary"));
      else firstByName.set(name, { shape: written, located, path });
    } else {
      const first = firstByName.get(name);
      const listed = written.valueList === undefined ? undefined : firstList.get(name);
      if (first && shapeSignature(first.shape) !== shapeSignature(written)) {
        out.push(conflict(site, first, `is defined differently elsewhere (${shapeDifference(written, first.shape)})`));
      } else if (listed && listed.shape.valueList !== written.valueList) {
        out.push(
          conflict(site, listed, `is defined differently elsewhere (${shapeDifference(written, listed.shape)})`),
        );
      } else if (!first) firstByName.set(name, { shape: written, located, path });
    }
    if (written.valueList !== undefined && written.from === undefined && !firstList.has(name))
      firstList.set(name, { shape: written, located, path });
    out.push(...checkShape(name, written, located, path));
    if (resolved?.condition !== undefined && resolved.presence !== "conditional") {
      out.push(diagnostic("condition-without-conditional", located.map.key([...path, "condition"]), { field: name }));
    }
    if (site.scope === "response" && resolved?.type === "interfaceVersion") {
      out.push(diagnostic("interface-version-in-response", located.map.value([...path, "type"]), { field: name }));
    }
    if (written.fields)
      out.push(...checkContainerName(containerTypeName(name, written.typeName), written, located, path, containers));
  }
  for (const item of sites.items) {
    out.push(...checkShape(item.listName, item.item, item.located, item.path));
    if (item.item.fields)
      out.push(
        ...checkContainerName(
          itemTypeName(item.listName, item.item.typeName),
          item.item,
          item.located,
          item.path,
          containers,
        ),
      );
  }
  return out;
}

function conflict(site: FieldSite, first: Definition, how: string): Diagnostic {
  const related = [{ ...first.located.map.key(first.path), message: "other definition here" }];
  return diagnostic("conflicting-field", site.located.map.key(site.path), { field: site.name, how }, related);
}

/** A container has fields and a list has items, and only they do. */
function checkShape(name: string, shape: RawField | RawItem, located: Located<unknown>, path: SpecPath): Diagnostic[] {
  const type = shape.type ?? "string";
  const problems: string[] = [];
  if (type === "container" && !shape.fields)
    problems.push('is a container but lists no fields; add them under "fields:"');
  if (type !== "container" && shape.fields) problems.push(`has fields but its type is ${type}; set "type: container"`);
  if (type === "list" && !shape.items) problems.push('is a list but does not describe its items; add "items:"');
  if (type !== "list" && shape.items) problems.push(`has items but its type is ${type}; set "type: list"`);
  if (shape.typeName !== undefined && type !== "container") problems.push("has a typeName but is not a container");
  return problems.map((problem) => diagnostic("inconsistent-shape", located.map.key(path), { field: name, problem }));
}

/** Containers share generated types by name, so one name must mean one definition. */
function checkContainerName(
  typeName: string,
  shape: RawField | RawItem,
  located: Located<unknown>,
  path: SpecPath,
  seen: Map<string, Definition & { signature: string }>,
): Diagnostic[] {
  const signature = containerSignature(shape);
  const first = seen.get(typeName);
  if (!first) {
    seen.set(typeName, { shape, located, path, signature });
    return [];
  }
  if (first.signature === signature) return [];
  const related = [{ ...first.located.map.key(first.path), message: "other definition here" }];
  const how = containerDifference(shape, first.shape);
  return [diagnostic("conflicting-container", located.map.key(path), { typeName, how }, related)];
}
