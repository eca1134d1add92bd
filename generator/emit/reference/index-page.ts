import type { SpecModel } from "../../model/ir.js";
import { allOperationSources, type GeneratedFile, type OperationScope } from "../generated-file.js";
import { render } from "../handlebars-env.js";
import { errorFieldOf } from "../../model/operation-head.js";
import { indexRows } from "../index-rows.js";
import { link } from "../markdown-escape.js";
import { serverLayout } from "../openapi/servers.js";
import { anchorOf, listsOf } from "./value-sections.js";

/**
 * An operation's part of the index page: for each value list it takes values
 * from, the list's name and a link to the section of those values (its first,
 * in heading order): Markdown, built here by the link rules.
 */
export function listUses({ operation: op }: OperationScope): (readonly [string, string])[] {
  const uses = new Map<string, string>();
  for (const view of listsOf(op)) {
    if (!uses.has(view.taken.list.name))
      uses.set(view.taken.list.name, link(op.name, `${op.name}.md#${anchorOf(view.heading)}`));
  }
  return [...uses];
}

/** `pieces`: each operation's uses of the value lists, in the model's order. */
export function indexPage(
  model: SpecModel,
  pieces: readonly (readonly (readonly [string, string])[])[],
): GeneratedFile {
  const layout = serverLayout(model.operations);
  const usedBy = new Map<string, string[]>();
  for (const uses of pieces) {
    for (const [list, use] of uses) {
      const links = usedBy.get(list) ?? [];
      links.push(use);
      usedBy.set(list, links);
    }
  }
  const view = {
    sources: allOperationSources(model),
    title: model.platform.title,
    operationRows: indexRows(
      model.operations.map((op) => ({
        name: op.name,
        family: op.family ?? "",
        effect: op.effect,
        errorField: errorFieldOf(op) ?? "",
        summary: op.summary,
        prefix: op.interfaceVersion.prefix,
        recommended: op.interfaceVersion.recommended ?? "",
        path: layout.paths.get(op.name)?.path ?? op.primaryEndpoint,
      })),
      (rows) => render("reference-index-rows.md", { rows }),
    ),
    lists: model.valueLists.map((list) => ({
      typeName: list.typeName,
      count: list.values.length,
      usedBy: usedBy.get(list.name)?.join(", ") || "(dictionary only)",
    })),
  };
  return { path: "docs/index.md", language: "markdown", content: render("reference-index.md", view) };
}
