import { onlySilent, ownWording, unmeantReason, valuesCount, type OwnWording } from "./own-wording.js";
import { valuesOf } from "../model/field-shape.js";
import { messagesByRole } from "../model/message-roles.js";
import type { OperationModel } from "../model/operation-model.js";
import { codeValueOf, type FieldValuesModel } from "../model/value-list-model.js";
import type { OwnValuesNames } from "../rules/own-values-names.js";
import { operationSources, type Emitter } from "./generated-file.js";
import { valueDoc, valueLines } from "./jsdoc.js";
import { type Code, concat, declare, documented, ts } from "./ts/code.js";
import { ident, lit } from "./ts/escape.js";
import { docLink, jsdoc } from "./ts/comment-escape.js";
import { arrayLiteral, assignment, objectLiteral, parenList, property } from "./ts/layouts.js";
import { typeArguments, unionType } from "./ts/type-layouts.js";
import { switchCase } from "./ts/block-layouts.js";
import { operationModule, ownValuesSymbols, valueListSymbols } from "./ts/model-symbols.js";
import { runtime } from "./ts/symbols.js";
import { TsFile } from "./ts/ts-file.js";

/**
 * operations/<name>/values.ts: what the operation's fields take of a shared
 * value list where it is not the whole list as the list words it: the type of
 * the values taken and its guard (narrowed), constants named for the
 * operation's own meanings (reworded), and the values with the meanings that
 * hold for the operation. The shared list's names stay, for code that
 * handles every operation.
 */
export const operationValuesEmitter: Emitter = {
  name: "operation-values",
  operation: ({ operation }) => {
    const declarations = ownValues(operation);
    if (declarations.length === 0) return [];
    const file = new TsFile(operationModule(operation, "values"), operationSources(operation));
    file.add(...declarations);
    return [file.toGeneratedFile()];
  },
};

/** The declarations of each set of names once, in field order (request first, callback last). */
function ownValues(op: OperationModel): Code[] {
  const seen = new Set<string>();
  const out: Code[] = [];
  for (const [where, message] of messagesByRole(op)) {
    for (const field of message.fields) {
      const names = ownValuesSymbols(op, message, field);
      const values = valuesOf(field);
      if (!names || !values || seen.has(names.values.name)) continue;
      seen.add(names.values.name);
      out.push(...declarations(op, `${where}.fields.${field.name}`, names, values));
    }
  }
  return out;
}

function declarations(op: OperationModel, where: string, names: OwnValuesNames, taken: FieldValuesModel): Code[] {
  const { list } = taken;
  const shared = valueListSymbols(list);
  // Its own count only: the shared list's total would change this file whenever another page adds a value to it.
  const part = taken.narrowed ? valuesCount(taken.values.length) : "every value";
  // One value reads as one: "The value ... takes", "its meanings", and no order to speak of.
  const one = taken.values.length === 1;
  const head = `${one ? "The value" : "The values"} of ${list.name} that `;
  const order = one ? "." : ", in code-point order.";
  const of = [`${op.name} takes (${where}): ${part} of `, docLink(list.typeName)];
  const described = arrayLiteral(
    taken.values.map((value) =>
      objectLiteral([
        property(ident("value"), codeValueOf(value)),
        property(ident("meanings"), arrayLiteral(value.meanings.map(lit))),
      ]),
    ),
  );
  const wording = ownWording(taken);
  const out: Code[] = [];
  if (names.object) {
    // Its own names: the shared list's keys come from the first page's wording, which may not be this page's.
    const constants = objectLiteral(
      taken.values.map((value) => documented(jsdoc(valueDoc(value)), property(ident(value.key), codeValueOf(value)))),
      true,
    );
    out.push(
      documented(
        jsdoc([
          [
            head,
            ...of,
            wording.worded
              ? `, named for the meanings that hold for it (some its own)${order}`
              : `, with the shared list's names (${unnamedWhy(wording)})${order}`,
          ],
        ]),
        ts`${declare("const", names.object)} = ${constants} as const;`,
      ),
    );
  }
  if (names.type) {
    const members = taken.values.map((value) => lit(codeValueOf(value)));
    out.push(
      documented(
        jsdoc([[head, ...of, "."], "", ...valueLines(taken.values)]),
        ts`${declare("type", names.type)} = Extract${typeArguments([concat(shared.type), unionType(members)])};`,
      ),
    );
  }
  const meanings = !taken.reworded
    ? `with ${one ? "its" : "their"} meanings`
    : wording.noneMeant
      ? `with no meaning (${unmeantReason(wording.unmeantWhy, "its page")})`
      : `with the meanings that hold for it (${[...(wording.worded ? ["some its own"] : []), ...(wording.unmeant ? [`none where ${unmeantReason(wording.unmeantWhy, "its page")}`] : [])].join(", ")})`;
  out.push(
    documented(
      jsdoc([[head, ...of, `, ${meanings}${order}`]]),
      // Broken after "=" where a long operation and list name leave no room for the array's "[" (prettier's layout).
      ts`${assignment(ts`${declare("const", names.values)}: readonly ${runtime.descriptor.ValueDescriptor}<${names.type ?? shared.type}>[]`, described)};`,
    ),
  );
  if (names.guard && names.type) {
    out.push(ts`
      /** Whether \`value\` is one of the values of {@link ${ident(names.type.name)}}. */
      ${declare("function", names.guard)}${parenList([ts`value: unknown`])}: value is ${names.type} {
        ${switchCase(ts`value`, [{ labels: taken.values.map((value) => lit(codeValueOf(value))), then: ts`return true;` }], ts`return false;`)}
      }
    `);
  }
  return out;
}

/** Why an operation's constants keep the shared list's names: its page gives no value (or some) a meaning of its own. */
function unnamedWhy({ noneMeant, unmeantWhy }: OwnWording): string {
  if (onlySilent(unmeantWhy)) return `its page gives ${noneMeant ? "none a meaning" : "some no meaning"}`;
  return `${noneMeant ? "none has a meaning" : "some have no meaning"}: ${unmeantReason(unmeantWhy, "its page")}`;
}
