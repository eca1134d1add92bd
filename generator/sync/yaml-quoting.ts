// The quoting of a spec file is its writer's: a scalar sync replaces keeps
// the single quotes the maintainer wrote it in, where the new text is quoted.

import { isScalar, type Node } from "yaml";
import { inline, type YamlValue } from "../rules/yaml-render.js";

/**
 * A one-line text that replaces a scalar the maintainer wrote in single quotes
 * (`since: '2.37'`), in single quotes too, where it is quoted at all: the
 * quoting of a file is its writer's.
 */
export function singleQuoted(node: Node | null, value: YamlValue, style: { quote?: boolean }): string | null {
  if (!isScalar(node) || node.type !== "QUOTE_SINGLE" || typeof value !== "string" || value.includes("\n")) return null;
  return style.quote || inline(value, style).startsWith('"') ? `'${value.replaceAll("'", "''")}'` : null;
}
