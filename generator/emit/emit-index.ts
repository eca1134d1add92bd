import { render } from "../render/handlebars-env.js";
import { allOperationSources, operationDir, operationSources, type Emitter } from "./generated-file.js";
import { Imports } from "./typescript.js";

/** Files of each operation folder that its index re-exports. */
const OPERATION_MODULES = ["./types.js", "./validators.js", "./seal.js", "./descriptor.js"];

/** index.ts of each operation, and the root index.ts with the `operations` registry. */
export const indexEmitter: Emitter = {
  name: "index",
  operation: (op) => [
    {
      path: `${operationDir(op.name)}/index.ts`,
      language: "typescript",
      content: render("operation-index.ts", { sources: operationSources(op), name: op.name, summary: op.summary, modules: OPERATION_MODULES }),
    },
  ],
  shared: (model) => {
    const imports = new Imports();
    const operations = model.operations.map((op) => {
      const module = `./${operationDir(op.name)}/index.js`;
      imports.add(`./${operationDir(op.name)}/descriptor.js`, op.name, false);
      return { name: op.name, module };
    });
    const sources = allOperationSources(model);
    // Container types and their field lists are public; their checks are reached through the validators.
    const shared = model.containers.length > 0 ? ["./containers/types.js", "./containers/descriptors.js"] : [];
    return [{ path: "index.ts", language: "typescript", content: render("index.ts", { sources, imports: imports.toView(), operations, shared }) }];
  },
};
