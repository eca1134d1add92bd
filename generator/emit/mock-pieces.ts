// An operation's part of mock.ts (emit-mock.ts): its entry in the list of the
// operations the mock serves (its descriptor and the example it answers with)
// and its member of MockHandlers, each printed apart, so that an edit of one
// operation prints its piece alone.

import { docBlock } from "./markdown-escape.js";
import type { JsonValue } from "../model/json-value.js";
import { MODULES } from "../rules/generated-modules.js";
import type { OperationScope } from "./generated-file.js";
import { type Code, documented, ts } from "./ts/code.js";
import { key, lit, num } from "./ts/escape.js";
import { jsdoc } from "./ts/comment-escape.js";
import { arrayLiteral, call, objectLiteral, property } from "./ts/layouts.js";
import { typeArguments, unionProperty } from "./ts/type-layouts.js";
import { messageSymbols, operationSymbols } from "./ts/model-symbols.js";
import { runtime } from "./ts/symbols.js";
import { printApart, type PrintedCode } from "./ts/printed-apart.js";
import { tsModule } from "./ts/ts-module.js";

const m = runtime.mockServer;

/** A JSON value as a literal. */
function jsonLiteral(value: JsonValue): Code {
  if (value === null) return ts`null`;
  if (typeof value === "string") return lit(value);
  if (typeof value === "number") return num(value);
  if (typeof value === "boolean") return value ? ts`true` : ts`false`;
  if (Array.isArray(value)) return arrayLiteral(value.map(jsonLiteral));
  return objectLiteral(Object.entries(value).map(([name, v]) => property(key(name), jsonLiteral(v))));
}

/** An operation's entry of the mock's operations. */
export function mockEntry({ operation: op, platform }: OperationScope): Code {
  const sealField = platform.seal.field;
  const example = Object.fromEntries(Object.entries(op.response.example).filter(([name]) => name !== sealField));
  const served = objectLiteral([
    property(key("operation"), ts`${operationSymbols(op).descriptor}`),
    property(key("example"), jsonLiteral(example)),
    // What the local Paypage posts back by default: the callback's example (an accepted payment).
    ...(op.callback ? [property(key("callbackExample"), jsonLiteral(op.callback.message.example))] : []),
  ]);
  return call(m.mockOperation, [served]);
}

/**
 * An operation's member of MockHandlers: its handler takes its request and gives its response. Given as
 * undefined, the mock answers as without it, and the type says so (exactOptionalPropertyTypes).
 */
function handlerMember({ operation: op }: OperationScope): Code {
  const type = messageSymbols(op, op.request).type;
  // A request whose facts stop is read open, as a response is: a field beyond them is `unknown` to the handler.
  const request = op.request.factsStop ? ts`${runtime.beyondFacts.OpenBeyondFacts}<${type}>` : ts`${type}`;
  const response = messageSymbols(op, op.response).type;
  const handler = ts`${m.MockOperationHandler}${typeArguments([request, ts`${response}`])}`;
  // documented: a summary of no text (which the spec's checks refuse) prints no comment, never a blank first line.
  return documented(
    jsdoc([docBlock(op.summary)]),
    unionProperty(ts`readonly ${key(op.name)}?`, [handler, ts`undefined`]),
  );
}

/**
 * An operation's part of mock.ts: its entry printed as it is in the list of operations, which it is when the
 * list breaks (column 2, a comma after), and its member of MockHandlers (column 2).
 */
export interface MockPiece {
  readonly entry: PrintedCode;
  readonly handler: PrintedCode;
}

export function mockPiece(scope: OperationScope): MockPiece {
  const module = tsModule(MODULES.mock);
  return { entry: printApart(module, mockEntry(scope), 2, ","), handler: printApart(module, handlerMember(scope), 2) };
}
