import { sourcesOf, type Emitter } from "./generated-file.js";
import { valueDoc, valueListDoc } from "./jsdoc.js";
import { render } from "../render/handlebars-env.js";
import { valueListNames } from "./typescript.js";

export const valueListsFile = "value-lists.ts";

export const valueListsEmitter: Emitter = {
  name: "value-lists",
  shared: (model) => {
    const sources = sourcesOf(model.valueLists);
    const lists = model.valueLists.map((list) => ({
      ...valueListNames(list),
      doc: valueListDoc(list),
      values: list.values.map((v) => ({ key: v.key, value: v.value, meanings: v.meanings, doc: valueDoc(v) })),
    }));
    return [{ path: valueListsFile, language: "typescript", content: render("value-lists.ts", { sources, lists }) }];
  },
};
