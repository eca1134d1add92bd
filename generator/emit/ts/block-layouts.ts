// Blocks and statements as prettier lays them out: one statement per line, a
// body indented on the lines after its opening brace, whatever their width
// (the layouts that break only when too wide are layouts.ts's).

import { code, type Code, hardline, indent, isEmpty, join, type Part } from "./tree.js";

/** Statements of a block, one per line. */
export const statements = (items: readonly Code[]): Code => code(join(hardline, items));

/** The body of a block, indented on the lines after its opening brace; `{}` when empty. */
const body = (statement: Code): Part => (isEmpty(statement) ? "}" : [indent([hardline, statement]), hardline, "}"]);

/** `head {`, the body indented, `}`: a loop, a function. */
export const block = (head: Code, statement: Code): Code => code([head, " {", body(statement)]);

/** `if (a) { … } else if (b) { … } else { … }`: one test and body per branch, and what runs otherwise. */
export function ifElse(branches: readonly (readonly [test: Code, then: Code])[], otherwise: Code | null = null): Code {
  const parts: Part[] = branches.map(([test, then], i) => [i === 0 ? "if (" : " else if (", test, ") {", body(then)]);
  if (otherwise) parts.push([" else {", body(otherwise)]);
  return code(parts);
}

/** One clause of a `switch`: its `case` labels, one per line, and the statements they run. */
export interface CaseClause {
  readonly labels: readonly Code[];
  readonly then: Code;
}

/** `switch (subject) { case …: … default: … }`; a clause without labels is left out (nothing could reach it). */
export function switchCase(subject: Code, clauses: readonly CaseClause[], otherwise: Code | null = null): Code {
  const cases: Part[] = clauses
    .filter((c) => c.labels.length > 0)
    .map((c) => [
      hardline,
      join(
        hardline,
        c.labels.map((label) => ["case ", label, ":"]),
      ),
      indent([hardline, c.then]),
    ]);
  const fallback: Part = otherwise ? [hardline, "default:", indent([hardline, otherwise])] : [];
  return code(["switch (", subject, ") {", indent([cases, fallback]), hardline, "}"]);
}
