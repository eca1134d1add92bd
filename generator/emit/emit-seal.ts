import { docInline } from "./markdown-escape.js";
import { compareText } from "../rules/code-point-order.js";
import { containerOf } from "../model/field-shape.js";
import type { ContainerModel, FieldModel } from "../model/field-model.js";
import type { PlatformModel } from "../model/ir.js";
import type { MessageModel, OperationModel } from "../model/operation-model.js";
import { fromInputs, operationSources, sourcesOf, type Emitter } from "./generated-file.js";
import { type Code, declare, ts } from "./ts/code.js";
import { docLink, docTag, ident, jsdoc, lineComment, lit } from "./ts/escape.js";
import {
  arrayLiteral,
  block,
  type CaseClause,
  condition,
  parenList,
  returnSum,
  statements,
  switchCase,
} from "./ts/layouts.js";
import { containerSymbols, messageSymbols, operationModule, sharedModuleOf } from "./ts/model-symbols.js";
import { runtime } from "./ts/symbols.js";
import { TsFile } from "./ts/ts-file.js";

const s = runtime.seal;
const mr = runtime.messageReads;
const boxed = runtime.boxedPrimitive;

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

/** Each sealed field's contribution, in sealing order, from its local: a fast path for known containers and lists of them. */
function sealParts(fields: readonly FieldModel[], names: readonly string[], depth: Code | null): Code[] {
  // Each value's depth in the message (a message's fields are at 1), passed down so that a fallback to the generic
  // rule counts the levels above it, as that rule does; and its name, which a toJSON is given as JSON gives it.
  const at = depth ?? ts`1`;
  return names.map((name) => {
    const field = fields.find((f) => f.name === name);
    const container = field ? containerOf(field) : null;
    const value = local(name);
    if (!container) return ts`${s.sealField}(${value}, ${at}, ${lit(name)})`;
    const fn = containerSymbols(container).seal;
    return field?.type.kind === "list"
      ? ts`${s.sealList}(${value}, ${fn}, ${at}, ${lit(name)})`
      : ts`${fn}(${value}, ${at}, ${lit(name)})`;
  });
}

/**
 * The fast path: one `for-in` pass over `object`'s keys, each sealed field's
 * value read where its key is met (so each is read once, as the generic rule
 * reads it) into its local, then `sum`, their sealing string. A key for-in
 * finds on the prototype (a polluted Object.prototype) is not one the generic
 * rule takes: it, and any key but the known ones (a field of a newer Sips
 * version), sends the whole value to `fallback`, the generic rule; names in
 * `skipped` are passed over. So does a throw during the pass: for-in asks a
 * proxy's prototype too, which the generic rule never does, so a trap that
 * throws there must not decide the outcome; any other throw the generic rule
 * meets again. Inside the loop the engine answers `hasOwn` from the object's
 * shape. Labels in code-point order. With `jsonSends` (a container, which JSON
 * sends as its toJSON gives it, and a boxed primitive as its value; a message is
 * sealed by its fields), a `toJSON` function the pass did not meet, or a boxed
 * primitive, sends it to `fallback` too.
 */
function sealedOrFallback(
  object: Code,
  sealed: readonly string[],
  skipped: readonly string[],
  sum: Code,
  fallback: Code,
  jsonSends = false,
): Code {
  const byName = [...sealed].sort(compareText);
  const clauses: CaseClause[] = byName.map((name) => ({
    labels: [lit(name)],
    then: statements([ts`${local(name)} = ${object}[key];`, ts`break;`]),
  }));
  clauses.push({ labels: [...skipped].sort(compareText).map(lit), then: ts`break;` });
  const generic = ts`break fast;`;
  const pass = block(
    ts`for (const key in ${object})`,
    statements([ts`if (!${mr.hasOwn}(${object}, key)) ${generic}`, switchCase(ts`key`, clauses, generic)]),
  );
  // A toJSON the pass cannot meet (inherited, as a Date's, or not enumerable) says what JSON sends, and a boxed
  // primitive is sent as its value, whatever its fields: the generic rule.
  const sent = jsonSends
    ? [ts`if (typeof ${object}["toJSON"] === "function" || ${boxed.isBoxedPrimitive}(${object})) ${generic}`]
    : [];
  return statements([
    ...byName.map((name) => ts`let ${local(name)}: unknown;`),
    ts`
      fast: {
        try {
          ${statements([pass, ...sent])}
        } catch {
          ${generic}
        }
        ${sum}
      }
      ${fallback}
    `,
  ]);
}

/**
 * A message's sum of its parts, in a guard: joined outside any walk, parts that together pass the longest string
 * make the engine throw a RangeError, which a sealing string throws as the seal does, the documented TypeError.
 * A container's sum is inside its message's, or its list's, guard. Each part is read and flattened in a guard of
 * its own (a reader's error comes out of it as a refusal), so a RangeError here is the sum's own.
 */
const refusedSum = (parts: readonly Code[]): Code => ts`
  try {
    ${returnSum(parts)}
  } catch (error) {
    throw ${runtime.sealRefusal.unsealableSum}(error);
  }
`;

/** The local a sealed field's value is read into. */
const local = (name: string): Code => ident(`$${name}`);

function emitContainerSeal(containers: readonly ContainerModel[]) {
  if (containers.length === 0) return [];
  const file = new TsFile(
    sharedModuleOf({ containers }, "containerSeal"),
    sourcesOf(containers),
    "Sealing strings of the container types: their known fields in sealing order, the generic rule for a container that holds fields this package does not know. Called by the operations' sealing strings.",
  );
  for (const c of containers) {
    const generic = ts`return ${s.sealText}(value, depth, jsonKey);`;
    file.add(ts`
      ${jsdoc([["The part of a sealing string a ", docLink(c.typeName), " at `depth` in its message (`jsonKey`: its field's name or index, as JSON.stringify gives a toJSON) contributes: its fields sorted by name, flattened."]], [containerSymbols(c).type])}
      ${declare("function", containerSymbols(c).seal)}${parenList([ts`value: unknown`, ts`depth: number`, ts`jsonKey: ${s.ToJsonKey}`])}: string {
        ${lineComment("A list is sealed by index, as JSON reads it, whatever keys it has: the generic rule.")}
        if (${condition("||", [ts`typeof value !== "object"`, ts`value === null`, ts`Array.isArray(value)`])}) ${generic}
        const fields = value as Record<string, unknown>;
        ${sealedOrFallback(ts`fields`, c.sealFields, [], returnSum(sealParts(c.fields, c.sealFields, ts`depth + 1`)), generic, true)}
      }
    `);
  }
  return [file.toGeneratedFile()];
}

function messageSeal(op: OperationModel, message: MessageModel, platform: PlatformModel): Code[] {
  const sym = messageSymbols(op, message);
  const { field: sealField, algorithmField, defaultAlgorithm } = platform.seal;
  const exclude = message.sealExclude.map((name) => `\`${name}\``).join(", ");
  // The names the fast path passes over: the message's fields left out of the seal, and the excluded ones.
  const skipped = [...new Set([...message.fields.map((f) => f.name), ...message.sealExclude])].filter(
    (name) => !message.sealFields.includes(name),
  );
  const generic = ts`return ${s.genericSealingString}(fields, ${sym.sealExclude});`;
  const unsealed = ts`${s.Unsealed}<${sym.type}>`;
  return [
    ts`
      ${jsdoc([["Fields of a ", docLink(sym.type.name), ` that enter its sealing string, in sealing order: by name, in code-point order. Left out: ${exclude}.`]])}
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
          "TypeError when the message is not what a JSON text could carry (a cycle, a list longer than JSON could hold, nesting deeper than `MAX_SEAL_DEPTH`, a sealing string longer than a string can hold) or cannot be read (a getter, a Proxy trap or a toJSON that throws: its error is the TypeError's `cause`).",
        ),
      ])}
      ${declare("function", sym.sealingString)}${parenList([ts`message: ${unsealed}`])}: string {
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
