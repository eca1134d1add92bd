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
        rows: op.changelog.map((row) => ({ ...row, version: row.version?.text ?? "undocumented" })),
      }),
    },
  ],
};
