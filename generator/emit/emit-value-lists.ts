import { fromInputs, sourcesOf, type Emitter } from "./generated-file.js";
import { valueDoc, valueListDoc } from "./jsdoc.js";
import { declare, documented, ts } from "./ts/code.js";
import { ident, lit } from "./ts/escape.js";
import { jsdoc } from "./ts/comment-escape.js";
import { arrayLiteral, assignment, objectLiteral, parenList, property } from "./ts/layouts.js";
import { switchCase } from "./ts/block-layouts.js";
import { sharedModuleOf, valueListSymbols } from "./ts/model-symbols.js";
import { runtime } from "./ts/symbols.js";
import { TsFile } from "./ts/ts-file.js";
import { codeValueOf, type ValueListModel } from "../model/value-list-model.js";

/** value-lists.ts: per list, a const object (a key per value, with its meaning), the union type of its values, the values with their meanings, and a type guard. */
export const valueListsEmitter: Emitter = {
  name: "value-lists",
  // The dictionary's value lists alone: an edit of an operation leaves the file as it was.
  ...fromInputs({
    inputs: (model) => model.valueLists,
    files: (valueLists) => [emitValueLists(valueLists)],
  }),
};

function emitValueLists(valueLists: readonly ValueListModel[]) {
  const file = new TsFile(
    sharedModuleOf({ valueLists }, "valueLists"),
    sourcesOf(valueLists),
    "Every value list of the spec: a const object (one key per value, with its meaning), the union type of its values, the values with their meanings, and a type guard. Shared by all operations.",
  );
  for (const list of valueLists) file.add(...valueList(list));
  return file.toGeneratedFile();
}

function valueList(list: ValueListModel) {
  const sym = valueListSymbols(list);
  const doc = jsdoc(valueListDoc(list));
  const constObject = objectLiteral(
    list.values.map((value) => documented(jsdoc(valueDoc(value)), property(ident(value.key), codeValueOf(value)))),
    true,
  );
  const described = arrayLiteral(
    list.values.map((value) =>
      objectLiteral([
        property(ident("value"), codeValueOf(value)),
        property(ident("meanings"), arrayLiteral(value.meanings.map(lit))),
      ]),
    ),
  );
  return [
    documented(doc, ts`${declare("const", sym.object)} = ${constObject} as const;`),
    documented(doc, ts`${declare("type", sym.type)} = (typeof ${sym.object})[keyof typeof ${sym.object}];`),
    ts`
      /** The values of {@link ${ident(list.typeName)}} with their meanings, in code-point order. */
      ${assignment(ts`${declare("const", sym.values)}: readonly ${runtime.descriptor.ValueDescriptor}<${sym.type}>[]`, described)};
    `,
    ts`
      /** Whether \`value\` is one of the values of {@link ${ident(list.typeName)}}. */
      ${declare("function", sym.guard)}${parenList([ts`value: unknown`])}: value is ${sym.type} {
        ${switchCase(ts`value`, [{ labels: list.values.map((value) => lit(codeValueOf(value))), then: ts`return true;` }], ts`return false;`)}
      }
    `,
  ];
}
