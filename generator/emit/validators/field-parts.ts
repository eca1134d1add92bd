// A large message's or container's checks, split into parts: TypeScript's
// control-flow analysis of one function grows faster than its length (every
// `found = ...` is a step back to the start), so past PART_SIZE fields the
// checks of each run of fields are a module-local function, called in field
// order with the locals it reads and `found`, which it returns with its
// issues added. Issues, their order and their messages are those of the
// one-function form; smaller messages keep that form.

import type { FieldModel } from "../../model/field-model.js";
import { type Code, lines, ts } from "../ts/code.js";
import { ident } from "../ts/escape.js";
import { call, parenList } from "../ts/layouts.js";
import { runtime } from "../ts/symbols.js";
import { fieldCheck, type OwnValuesOf, unknownKeys } from "./field-checks.js";
import { versionChecks, versionCompared } from "./version-checks.js";
import { type ContextLocal, local, localName, type Where } from "./where.js";

const v = runtime.validation;

/**
 * Fields per part, and the most a one-function validator checks. Measured on
 * 1,000 fields of the costliest shape (a value list, a version, required every
 * other field): its validators.ts type-checks in ~6 s of CPU in parts of 32,
 * ~7 s in parts of 64, ~12 s in parts of 128 (200 fields in one function: ~19 s).
 */
export const PART_SIZE = 64;

/** How a validator's checks are split: its name, its locals, and the part size (a test forces the one-function form). */
export interface Parts {
  /** The function the parts belong to; each is named after it (`name$part1`), a name no spec gives. */
  readonly name: string;
  /** The locals the checks may read besides the fields', each with its type, in the order parts take them. */
  readonly context: readonly ContextParameter[];
  readonly size?: number | undefined;
}

export interface ContextParameter {
  readonly name: string;
  readonly type: Code;
  /** Taken by every part (a container's path and index), or by those whose checks note that local. */
  readonly when: ContextLocal | "always";
}

/** The checks, calling parts where there are more fields than a part holds, and the parts to declare before the function. */
export function splitFieldChecks(
  fields: readonly FieldModel[],
  where: Where,
  ownOf: OwnValuesOf,
  parts: Parts,
): { checks: Code; parts: readonly Code[] } | null {
  const size = parts.size ?? PART_SIZE;
  if (fields.length <= size) return null;
  const declared: Code[] = [];
  const calls: Code[] = [];
  const add = (run: readonly FieldModel[], write: (where: Where) => Code[]) => {
    const uses = new Set<ContextLocal>();
    const body = write({ ...where, uses });
    if (body.length === 0) return;
    const name = ident(`${parts.name}$part${declared.length + 1}`);
    const own = new Set(run.map((f) => localName(f.name)));
    const context = parts.context.filter((c) => !own.has(c.name) && (c.when === "always" || uses.has(c.when)));
    const taken = [...run.map((f) => local(f.name)), ...context.map((c) => ident(c.name)), ts`found`];
    const parameters = [
      ...run.map((f) => ts`${ident(localName(f.name))}: unknown`),
      ...context.map((c) => ts`${ident(c.name)}: ${c.type}`),
      ts`found: ${v.Found} | undefined`,
    ];
    declared.push(ts`
      function ${name}${parenList(parameters)}: ${v.Found} | undefined {
        ${lines(body, true)}
        return found;
      }
    `);
    calls.push(ts`found = ${call(name, taken)};`);
  };
  const runs = Array.from({ length: Math.ceil(fields.length / size) }, (_, i) =>
    fields.slice(i * size, (i + 1) * size),
  );
  for (const run of runs) add(run, (w) => run.map((field) => fieldCheck(field, w, ownOf(field))));
  // The versions after every field's own checks, as the one-function form reports them; a part takes the fields it
  // compares, not those of the floor or earlier, which it never reads.
  for (const run of runs) add(versionCompared(run, where), (w) => versionChecks(run, w));
  return { checks: lines([...calls, unknownKeys(fields, where)], true), parts: declared };
}
