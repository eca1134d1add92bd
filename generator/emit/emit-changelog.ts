import type { ChangelogRowModel, OperationModel } from "../model/operation-model.js";
import { render } from "./handlebars-env.js";
import { operationDir, operationSources, type Emitter } from "./generated-file.js";

/** operations/<name>/CHANGELOG.md: the page's changelog table, derived from the fields. */
export const changelogEmitter: Emitter = {
  name: "changelog",
  operation: ({ operation: op }) => [
    {
      path: `${operationDir(op.name)}/CHANGELOG.md`,
      language: "markdown",
      content: render("changelog.md", {
        sources: operationSources(op),
        name: op.name,
        ...changelogView(op),
      }),
    },
  ],
};

/** The operation's rows, and its callback's apart under the callback's name (its page's rows). */
export function changelogView(op: OperationModel) {
  const rowsOf = (rows: readonly ChangelogRowModel[]) =>
    rows.map((row) => ({ ...row, version: row.version?.text ?? "undocumented" }));
  return {
    rows: rowsOf(op.changelog),
    callback: op.callback && {
      name: op.callback.message.typeName,
      rows: rowsOf(op.callback.changelog),
    },
  };
}
