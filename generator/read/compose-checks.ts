// The checks of yaml's composer that a spec file of the plain form can meet
// (compose-data.ts), made on the syntax tree's tokens as the composer makes
// them (yaml's compose/resolve-props.js, resolve-end.js, resolve-flow-collection.js
// and util-*.js), each throwing GIVE_UP where the composer reports a problem.

import type { CST } from "yaml";

type Token = CST.Token;
type SourceToken = CST.SourceToken;

/** Thrown where the composer would report a problem, or the file holds what is not composed here. */
export const GIVE_UP = Symbol("give up");

export const isBlank = (token: SourceToken): boolean =>
  token.type === "space" || token.type === "newline" || token.type === "comment";

export const isCollection = (token: Token): boolean =>
  token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection";

export const isBlock = (token: Token | undefined): boolean =>
  token?.type === "block-map" || token?.type === "block-seq";

/**
 * yaml's resolveProps for tokens without anchors, tags or tabs: the
 * indicator found, the comma, whether a newline was met, and where the
 * tokens end. Gives up wherever resolveProps reports a problem.
 */
export function props(
  tokens: readonly SourceToken[],
  indicator: string,
  flow: boolean,
  startOnNewline: boolean,
  offset = 0,
): { found: SourceToken | null; comma: SourceToken | null; hasNewline: boolean; end: number } {
  let hasSpace = startOnNewline;
  let hasNewline = false;
  let found: SourceToken | null = null;
  let comma: SourceToken | null = null;
  for (const token of tokens) {
    switch (token.type) {
      case "space":
        hasSpace = true;
        break;
      case "comment":
        if (!hasSpace) throw GIVE_UP;
        break;
      case "newline":
        hasNewline = true;
        hasSpace = true;
        break;
      case "comma":
        if (!flow || comma) throw GIVE_UP;
        comma = token;
        hasSpace = false;
        break;
      default:
        if (token.type !== indicator || found) throw GIVE_UP;
        found = token;
        hasSpace = false;
    }
  }
  const last = tokens.at(-1);
  return { found, comma, hasNewline, end: last ? last.offset + last.source.length : offset };
}

/**
 * An item's start in a flow collection, true for an empty item (allowed
 * only last): a comma before each item but the first, no `?` (resolveFlowCollection).
 */
export function flowItemStart(start: readonly SourceToken[], index: number, count: number, empty: boolean): boolean {
  const { found, comma } = props(start, "explicit-key-ind", true, false);
  if (found) throw GIVE_UP;
  if (empty ? (index === 0 && comma) || index < count - 1 : (index === 0) === (comma !== null)) throw GIVE_UP;
  return empty;
}

export const isFlowScalar = (token: Token): token is CST.FlowScalar =>
  token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar";

/** yaml's containsNewline for a scalar key. */
export const containsNewline = (key: CST.FlowScalar): boolean =>
  key.source.includes("\n") || (key.end ?? []).some((token) => token.type === "newline");

/**
 * A flow collection's end: its closing bracket, then white space and comments, each with a space before it
 * (resolveEnd). Where yaml's range of the collection ends.
 */
export function flowEnd(collection: CST.FlowCollection, close: string): number {
  const [bracket, ...rest] = collection.end;
  if (bracket?.source !== close) throw GIVE_UP;
  let end = bracket.offset + bracket.source.length;
  let hasSpace = false;
  for (const token of rest) {
    if (!isBlank(token) || (token.type === "comment" && !hasSpace)) throw GIVE_UP;
    if (token.type !== "comment") hasSpace = true;
    end += token.source.length;
  }
  return end;
}

/** yaml's emptyScalarPosition: after the last of `before` that is not white space or a comment, and the spaces after it. */
export function emptyScalarPosition(offset: number, before: readonly SourceToken[]): number {
  for (let i = before.length - 1; i >= 0; --i) {
    const token = before[i] as SourceToken;
    if (isBlank(token)) {
      offset -= token.source.length;
      continue;
    }
    for (let j = i + 1; before[j]?.type === "space"; j++) offset += (before[j] as SourceToken).source.length;
    break;
  }
  return offset;
}
