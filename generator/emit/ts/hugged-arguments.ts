// A call's arguments whose last may hug the parentheses (`f(a, b, {` and the
// object's properties one per line), as prettier's printCallArguments decides
// it: the same three layouts in a conditional group, tried in order, so that
// the doc printer chooses as it chooses for prettier's own document. The
// earlier arguments stay flat in both hugged layouts: one that must break, or
// a first line that does not fit with them flat, breaks every argument.

import { builders } from "prettier/doc";

type Doc = builders.Doc;

/** An argument's document, and whether it holds a hard break or a group that breaks (prettier's willBreak). */
export interface ArgumentDoc {
  readonly doc: Doc;
  readonly breaks: boolean;
}

/**
 * `(a, b, last)`: flat when it all fits; else the last argument broken after the others, flat, when its first line
 * fits; else one argument per line. The conditional group holds what breaks in it (prettier breaks no group around
 * one), save where the last argument must break: then the enclosing groups break, as prettier's break-parent there
 * makes them.
 */
export function huggedArguments(args: readonly ArgumentDoc[]): ArgumentDoc {
  const last = args.at(-1);
  if (last === undefined) return { doc: "()", breaks: false };
  // Loops, and the earlier arguments one list that each layout holds: every call of every validator comes here.
  const separated: Doc[] = [];
  let beforeBreaks = false;
  for (let i = 0; i < args.length - 1; i++) {
    const arg = args[i] as ArgumentDoc;
    separated.push(arg.doc, ",", builders.line);
    beforeBreaks ||= arg.breaks;
  }
  const expanded = builders.group(
    ["(", builders.indent([builders.line, separated, last.doc]), builders.ifBreak(","), builders.line, ")"],
    { shouldBreak: true },
  );
  if (beforeBreaks) return { doc: expanded, breaks: true };
  const lastBroken = ["(", separated, builders.group(last.doc, { shouldBreak: true }), ")"];
  if (last.breaks) return { doc: builders.conditionalGroup([lastBroken, expanded]), breaks: true };
  return { doc: builders.conditionalGroup([["(", separated, last.doc, ")"], lastBroken, expanded]), breaks: false };
}
