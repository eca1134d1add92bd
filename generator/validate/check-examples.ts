import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { FORMAT_PATTERNS, FORMAT_WORDS } from "../../runtime/formats.js";
import type { RawDictionary, RawField, RawShape, RawValueList } from "../rules/raw-spec.js";

/** A field's or a list item's shape, with the values an operation's field takes. */
type Shape = RawShape & Pick<RawField, "values">;
import type { SpecPath } from "../read/source-map.js";
import { parseFormat } from "../rules/format.js";
import type { Sites } from "./field-sites.js";
import type { Located } from "./located.js";
import { interfaceVersionProblem } from "./check-version-example.js";

/**
 * Examples are what the docs and the OpenAPI document show as real data: an
 * `example:` must pass its own field's checks (type, format, value list), and a
 * formatted field without one gets a value made to fit its format, which looks
 * like no real data: say so, where the format is written.
 */
export function checkExamples(
  sites: Sites,
  dictionaries: readonly Located<RawDictionary>[],
  dictionary: ReadonlyMap<string, RawField>,
): Diagnostic[] {
  const lists = new Map(dictionaries.flatMap((d) => Object.entries(d.raw.valueLists ?? {})));
  const out: Diagnostic[] = [];
  const check = (name: string, shape: Shape, type: string, located: Located<unknown>, path: SpecPath): void => {
    if (shape.example === undefined) {
      if (shape.format !== undefined)
        out.push(
          diagnostic("missing-example", located.map.value([...path, "format"]), { field: name, format: shape.format }),
        );
      return;
    }
    const problem = exampleProblem(shape.example, type, shape, lists);
    if (problem)
      out.push(
        diagnostic("bad-example", located.map.value([...path, "example"]), {
          field: name,
          value: shape.example,
          problem,
        }),
      );
  };
  // Where the dictionary writes each of its fields, for the interface versions that take its example.
  const inDictionary = new Map(
    sites.fields.filter((s) => s.scope === "dictionary" && s.container === "").map((s) => [s.name, s]),
  );
  for (const site of sites.fields) {
    // A field taken from the dictionary is checked where it is written: its example in the dictionary, an own one here.
    const shape = site.written.from === "dictionary" ? site.resolved : site.written;
    if (!shape) continue;
    if (shape.type === "interfaceVersion") {
      // Its example is a version of this operation's interface, wherever it is written: the operation says which.
      const own = site.written.example !== undefined;
      const at = own ? site : inDictionary.get(site.name);
      const problem = at && interfaceVersionProblem(shape, site, lists, dictionary);
      if (at && problem)
        out.push(
          diagnostic("bad-example", at.located.map.value([...at.path, "example"]), {
            field: site.name,
            value: shape.example ?? "",
            problem,
          }),
        );
      if (!own) continue;
    }
    if (site.written.from === "dictionary" && site.written.example === undefined) continue;
    check(site.name, shape, shape.type ?? "string", site.located, site.path);
  }
  for (const item of sites.items)
    check(`${item.listName} items`, item.item, item.item.type ?? "string", item.located, item.path);
  return out;
}

function exampleProblem(
  example: string,
  type: string,
  shape: Shape,
  lists: ReadonlyMap<string, RawValueList>,
): string | null {
  if (type === "container" || type === "list" || type === "interfaceVersion") return null;
  if (type === "integer" && !/^\d+$/.test(example)) return "is not a whole number";
  const format = parseFormat(shape.format);
  if (format && [...example].length > format.maxLength)
    return `is longer than its format ${format.text} allows (${format.maxLength})`;
  if (format && !FORMAT_PATTERNS[format.charClass].test(example))
    return `has characters that ${format.text} does not allow (${FORMAT_WORDS[format.charClass]} only)`;
  const list = shape.valueList === undefined ? undefined : lists.get(shape.valueList);
  if (list && (list.match ?? "exact") === "exact" && !Object.hasOwn(list.values, example))
    return `is not a value of list ${shape.valueList}`;
  // A value that is not in the list is reported as such: until it is fixed, it may be the example's.
  const taken = shape.values?.every((v) => list && Object.hasOwn(list.values, v)) ? shape.values : undefined;
  if (list && (list.match ?? "exact") === "exact" && taken && !taken.includes(example))
    return `is not a value this operation's field takes (values: ${taken.join(", ")})`;
  return null;
}
