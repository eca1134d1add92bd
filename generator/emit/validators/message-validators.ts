// A message's exported validator and type guard: what operations/<name>/validators.ts
// holds for its request and response, and callback.ts for a callback (its
// validator alone: a callback is read with its decoder, which verifies the seal).

import { docInline } from "../markdown-escape.js";
import type { MessageModel, OperationModel } from "../../model/operation-model.js";
import type { MessageDeclarations } from "../../rules/operation-declarations.js";
import { factsStopLiteral, factsStopOf } from "../facts-stop-literal.js";
import { type Code, declare, ts } from "../ts/code.js";
import { ident } from "../ts/escape.js";
import { docLink, jsdoc } from "../ts/comment-escape.js";
import { assignment, call, parenList } from "../ts/layouts.js";
import { ownValuesSymbols } from "../ts/model-symbols.js";
import { runtime } from "../ts/symbols.js";
import type { OwnValuesOf } from "./field-checks.js";
import { type ValidatorNames, validateFunction } from "./validate-function.js";
import { guardSealDoc, linked, sealDoc } from "./seal-doc.js";
import { withheldDoc } from "./withheld-doc.js";

const v = runtime.validationTypes;
const fs = runtime.factsStop;

/**
 * A message's exported validator and guard. Where its saved facts stop, the
 * check is kept by its module and the exported validator wraps it: a field
 * the facts do not hold is a warning naming the gap, as the page documents
 * more than the spec has (`of` names the message in that warning).
 */
export function messageValidators(
  op: OperationModel,
  message: MessageModel,
  sym: ValidatorNames & Pick<MessageDeclarations, "savedFacts">,
  ownOf: OwnValuesOf = (field) => ownValuesSymbols(op, message, field),
  partSize?: number,
  validPathFields?: number,
): Code[] {
  const guard = sym.guard ? [guardFunction(op, message, { ...sym, guard: sym.guard })] : [];
  if (!message.factsStop) return [validateFunction(op, message, sym, ownOf, partSize, validPathFields), ...guard];
  const of = factsStopOf(op, message);
  if (!sym.savedFacts)
    throw new Error(`${of}: its facts stop, but rules/operation-declarations.ts gives it no saved-facts check`);
  // The page's words for where the facts stop are spec text, shown as written in the doc comment's Markdown.
  const see = docInline(message.factsStop.see);
  // A response's validator reads strict itself (see factsStopValidate); a request's, always strict, leaves it to the
  // wrapper.
  const args = [ts`${sym.savedFacts}`, factsStopLiteral(op, message)];
  const wrapped = call(fs.factsStopValidate, message.unknownFields === "error" ? args : [...args, ts`true`]);
  const seal = sealDoc(op, message);
  const exported = ts`
    ${jsdoc(
      [
        [
          "Checks that `input` is a valid ",
          docLink(sym.type.name),
          ", collecting every problem. Never throws, whatever `input` is; the value is returned as is, not copied.",
        ],
        "",
        `The spec's saved facts of ${of} stop before the page does (${see}): a field they do not hold, at the top of the message, is a warning naming the gap, unless \`options.strict\` is set. Every other problem is as the saved facts find it.`,
        ...seal.lines,
        ...withheldDoc(message),
      ],
      linked(seal),
    )}
    ${assignment(
      // Its type written out: a project compiling the sources under isolatedDeclarations cannot infer a call's.
      ts`${declare("const", sym.validate)}: ${parenList([ts`input: unknown`, ts`options?: ${v.ValidateOptions}`])} => ${v.ValidationResult}<${sym.type}>`,
      wrapped,
    )};
  `;
  const kept = { ...sym, validate: sym.savedFacts };
  return [validateFunction(op, message, kept, ownOf, partSize, validPathFields), exported, ...guard];
}

function guardFunction(op: OperationModel, message: MessageModel, sym: Required<ValidatorNames>): Code {
  const seal = guardSealDoc(op, message);
  // A request's on one line, however long, as it always was.
  const doc =
    seal.lines.length === 0
      ? ts`/** Whether \`input\` is a valid {@link ${ident(sym.type.name)}} (see {@link ${ident(sym.validate.name)}}). */`
      : jsdoc(
          [
            ["Whether `input` is a valid ", docLink(sym.type.name), " (see ", docLink(sym.validate.name), ")."],
            ...seal.lines,
          ],
          linked(seal),
        );
  return ts`
    ${doc}
    ${declare("function", sym.guard)}${parenList([ts`input: unknown`, ts`options?: ${v.ValidateOptions}`])}: input is ${sym.type} {
      return ${sym.validate}(input, options).ok;
    }
  `;
}
