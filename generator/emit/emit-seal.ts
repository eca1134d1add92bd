import { docInline } from "./markdown-escape.js";
import type { PlatformModel } from "../model/ir.js";
import type { MessageModel, OperationModel } from "../model/operation-model.js";
import { fromInputs, operationSources, type Emitter } from "./generated-file.js";
import { emitContainerSeal } from "./seal/container-seal.js";
import { refusedSum, sealedOrFallback, sealParts } from "./seal/fast-path.js";
import { sealLeftOut } from "./seal/seal-left-out.js";
import { type Code, declare, ts } from "./ts/code.js";
import { lit } from "./ts/escape.js";
import { docLink, docTag, jsdoc } from "./ts/comment-escape.js";
import { arrayLiteral, parenList } from "./ts/layouts.js";
import { messageSymbols, operationModule } from "./ts/model-symbols.js";
import { runtime } from "./ts/symbols.js";
import { TsFile } from "./ts/ts-file.js";

const s = runtime.seal;

/** operations/<name>/seal.ts (seal field orders, sealing strings, seal and verify) and containers/seal.ts. */
export const sealEmitter: Emitter = {
  name: "seal",
  operation: ({ operation, platform }) => {
    const file = new TsFile(operationModule(operation, "seal"), operationSources(operation));
    for (const message of [operation.request, operation.response])
      file.add(...messageSeal(operation, message, platform));
    return [file.toGeneratedFile()];
  },
  ...fromInputs({ inputs: (model) => model.containers, files: emitContainerSeal }),
};

function messageSeal(op: OperationModel, message: MessageModel, platform: PlatformModel): Code[] {
  const sym = messageSymbols(op, message);
  const { field: sealField, algorithmField, defaultAlgorithm } = platform.seal;
  const leftOut = sealLeftOut(message).map((name) => `\`${name}\``);
  // The names the fast path passes over: the message's fields left out of the seal, and the excluded ones.
  const skipped = [...new Set([...message.fields.map((f) => f.name), ...message.sealExclude])].filter(
    (name) => !message.sealFields.includes(name),
  );
  const generic = ts`return ${s.genericSealingString}(fields, ${sym.sealExclude});`;
  const unsealed = ts`${s.Unsealed}<${sym.type}>`;
  return [
    ts`
      ${jsdoc([["Fields of a ", docLink(sym.type.name), ` that enter its sealing string, in sealing order: by name, in code-point order.${leftOut.length > 0 ? ` Left out: ${leftOut.join(", ")}.` : ""}`]])}
      ${declare("const", sym.sealFields)} = ${arrayLiteral(message.sealFields.map(lit))} as const;
    `,
    ts`${declare("const", sym.sealExclude)}: ReadonlySet<string> = new Set(${arrayLiteral(message.sealExclude.map(lit))});`,
    ts`
      ${jsdoc([
        [
          "The string the seal of a ",
          docLink(sym.type.name),
          " is computed over: the values of its present fields, in ",
          docLink(sym.sealFields.name),
          " order.",
        ],
        "A message that holds fields this package does not know (a newer Sips version) is sealed by the generic rule over all of its fields, as Sips does.",
        "",
        docTag(
          "throws",
          "TypeError when the message is not an object (a string, a number, null), is not what a JSON text could carry (a cycle, a list longer than JSON could hold, nesting deeper than `MAX_SEAL_DEPTH`, a sealing string longer than a string can hold) or cannot be read (a getter, a Proxy trap or a toJSON that throws: its error is the TypeError's `cause`).",
        ),
      ])}
      ${declare("function", sym.sealingString)}${parenList([ts`message: ${unsealed}`])}: string {
        ${runtime.sealArguments.assertMessage}(message);
        const fields = message as unknown as Record<string, unknown>;
        ${sealedOrFallback(ts`fields`, message.sealFields, skipped, refusedSum(sealParts(message.fields, message.sealFields, null)), generic)}
      }
    `,
    ts`
      ${jsdoc([
        [
          "The seal of a ",
          docLink(sym.type.name),
          `, with \`algorithm\`, else the message's \`${algorithmField}\`, else ${docInline(defaultAlgorithm)}.`,
        ],
        "",
        docTag(
          "throws",
          "TypeError when the message is not an object, names an unknown algorithm, or is not what a JSON text could carry (a cycle, a list longer than JSON could hold, nesting deeper than `MAX_SEAL_DEPTH`, a sealing string longer than a string can hold), cannot be read (a getter, a Proxy trap or a toJSON that throws: its error is the TypeError's `cause`), or the key or `algorithm` is invalid (the key is never shown).",
        ),
      ])}
      ${declare("function", sym.seal)}${parenList([ts`message: ${unsealed}`, ts`secretKey: string`, ts`algorithm?: ${s.SealAlgorithmName}`])}: string {
        return ${s.sealMessage}(message, secretKey, algorithm, ${sym.sealingString});
      }
    `,
    ts`
      ${jsdoc([
        [
          `Whether the \`${sealField}\` of a `,
          docLink(sym.type.name),
          " is right for its content and `secretKey`, compared in constant time.",
        ],
        `False, never an exception, for a missing or malformed seal, a message that is not an object or cannot be read, or one whose \`${algorithmField}\` is unknown.`,
        `Without \`algorithm\`, the algorithm the message names is accepted: pass the one you use to refuse any other.`,
        "",
        docTag(
          "throws",
          "TypeError when the key is not a non-empty string with no lone surrogate or `algorithm` is unknown (the key is never shown).",
        ),
      ])}
      ${declare("function", sym.verify)}${parenList([ts`message: ${unsealed}`, ts`secretKey: string`, ts`algorithm?: ${s.SealAlgorithmName}`])}: boolean {
        return ${s.verifyMessage}(message, secretKey, algorithm, ${sym.sealingString});
      }
    `,
  ];
}
