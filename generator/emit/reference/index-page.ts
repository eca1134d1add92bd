import type { SpecModel } from "../../model/ir.js";
import { allOperationSources, type GeneratedFile, type OperationScope } from "../generated-file.js";
import { render } from "../handlebars-env.js";
import { errorFieldOf } from "../../model/operation-head.js";
import { indexRows } from "../index-rows.js";
import { codeSpan, link } from "../markdown-escape.js";
import { serverLayout, type Server, type ServerLayout } from "../openapi/servers.js";
import { anchorOf, listsOf } from "./value-sections.js";
import { headTypes } from "../ts/model-symbols.js";
import { callbackNameOf } from "../../model/operation-head.js";
import { callbackDecoderName } from "../../rules/operation-declarations.js";

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
    platformSources: model.platform.sources,
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
    ...baseAddresses(layout),
    callbacks: callbackRows(model),
    // Each list's users a line each, below the table: a cell holding them all is one line, which an operation that
    // takes one more list rewrote whole in the diff of the page.
    lists: model.valueLists.map((list) => ({
      typeName: list.typeName,
      link: link(list.typeName, `#${anchorOf(list.typeName)}`),
      count: list.values.length,
      usedBy: usedBy.get(list.name) ?? [],
    })),
  };
  return { path: "docs/index.md", language: "markdown", content: render("reference-index.md", view) };
}

/**
 * What Sips posts back after an operation (the Paypage response): a message no
 * row of the operations' table names, found from the index by its type's name,
 * the operation's page section that gives its fields and the decoder that
 * reads it. Markdown cells, built here by the link rules.
 */
function callbackRows(
  model: SpecModel,
): { readonly callback: string; readonly after: string; readonly decoder: string }[] {
  // From each operation's head (callbackNameOf, headTypes): an unchanged operation's messages are not built for it.
  return model.operations.flatMap((op) => {
    const callback = callbackNameOf(op);
    const type = headTypes(op).callback;
    if (callback === null || type === null) return [];
    return [
      {
        callback: link(type.name, `${op.name}.md#${anchorOf(`Callback: ${type.name}`)}`),
        after: link(op.name, `${op.name}.md`),
        decoder: codeSpan(callbackDecoderName(callback)),
      },
    ];
  });
}

/**
 * What the index's Path column is relative to: each base address (one per
 * environment) and the operations at it, the shared one first ("every other
 * operation"), then each operation's own, grouped where several have the same.
 * Markdown cells, built here by the escape rules.
 */
export function baseAddresses(layout: ServerLayout): {
  readonly environments: readonly string[];
  readonly bases: readonly { readonly operations: string; readonly urls: readonly string[] }[];
} {
  const own = new Map<string, { servers: readonly Server[]; names: string[] | null }>();
  for (const [name, place] of layout.paths) {
    if (place.servers === null) continue;
    const key = JSON.stringify(place.servers);
    const names = own.get(key)?.names ?? [];
    names.push(name);
    own.set(key, { servers: place.servers, names });
  }
  const groups = [...(layout.servers.length > 0 ? [{ servers: layout.servers, names: null }] : []), ...own.values()];
  const environments = [...new Set(groups.flatMap((g) => g.servers.map((s) => s.description)))];
  const bases = groups.map((group) => ({
    operations:
      group.names === null
        ? own.size > 0
          ? "every other operation"
          : "every operation"
        : group.names.map((name) => link(name, `${name}.md`)).join(", "),
    urls: environments.map((env) => {
      const server = group.servers.find((s) => s.description === env);
      return server === undefined ? "" : codeSpan(server.url, true);
    }),
  }));
  return { environments, bases };
}
