// A file that fails its schema still has parts that pass: the checks across
// files run on them in the same run, rather than after the schema errors are
// fixed. A part is an entry the other checks take whole (a field of a
// message or of the dictionary, a value list, a status block); an entry that
// fails is left out entire, and the names of what is left out are kept so
// that nothing naming it is reported (unchecked.ts). What is left is checked
// against the schema again: the checks only ever see data that passed it.

import type { SpecPath } from "../read/source-map.js";
import type { SpecFileKind } from "../read/spec-files.js";
import type { RawOperation } from "../rules/raw-spec.js";
import { failedPaths } from "./check-schema.js";

/** What the checks of fields across files and of the status block read of an operation. */
export type OperationMessages = Pick<RawOperation, "operation" | "request" | "response" | "callback" | "status">;

type Kind = Exclude<SpecFileKind, "unexpected">;

export interface PassedParts {
  /** The file's data without its failing entries, when what is left passes the schema. */
  readonly whole: unknown;
  /**
   * An operation that fails at its top level (method, endpoints...) but whose
   * name, messages and status block pass: its fields can be checked across files.
   */
  readonly messages: unknown;
  /** The entries left out, e.g. ["request", "fields", "seal"] or ["valueLists", "statusCode"]. */
  readonly leftOut: readonly SpecPath[];
}

/** Any key at this place. */
const ANY = "*";
const MESSAGES = ["request", "response", "callback"] as const;

/** The entries a check may do without, by kind of file, in the order they are tried (a field before its message's parts). */
const PARTS: Readonly<Record<Kind, readonly (readonly string[])[]>> = {
  platform: [],
  dictionary: [
    ["fields", ANY],
    ["valueLists", ANY],
  ],
  operation: [
    ...MESSAGES.map((m) => [m, "fields", ANY]),
    ...MESSAGES.map((m) => [m, "factsStop"]),
    ...MESSAGES.map((m) => [m, "notes"]),
    ["status"],
    ["callback"],
    ["source"],
    ["family"],
    ["notes"],
  ],
};

/**
 * The parts of `data` that pass the schema of `kind`, given where it fails
 * (checkSchema's `failed`); `data` itself is left as it is.
 */
export function passedParts(data: unknown, kind: Kind, failed: readonly SpecPath[]): PassedParts {
  const leftOut = new Map<string, SpecPath>();
  for (const path of failed) {
    const part = partOf(path, kind);
    // An operation's top-level key outside any part (a misspelled one) goes alone: were it needed, what is left fails.
    const cut = part ?? (kind === "operation" && isKeyAtTop(data, path) ? path : undefined);
    if (cut) leftOut.set(cut.join("\u0000"), cut);
  }
  const pruned = without(data, cutsOf(leftOut.values()));
  const still = failedPaths(pruned, kind);
  const parts = [...leftOut.values()];
  if (still.length === 0) return { whole: pruned, messages: undefined, leftOut: parts };
  const record = pruned as Record<string, unknown>;
  const messagesPass =
    kind === "operation" &&
    typeof record["operation"] === "string" &&
    hasFields(record["request"]) &&
    hasFields(record["response"]) &&
    !still.some((path) => path.length === 0 || ["operation", "status", ...MESSAGES].includes(String(path[0])));
  return { whole: undefined, messages: messagesPass ? pruned : undefined, leftOut: parts };
}

/**
 * The patterns of PARTS by first key, in their order: a path whose first key starts none, such as each of 150,000
 * unknown keys at the top level, is told at once. A pattern that starts with ANY would be filed under no key.
 */
function byFirstKey(patterns: readonly (readonly string[])[]): ReadonlyMap<string, readonly (readonly string[])[]> {
  const byFirst = new Map<string, (readonly string[])[]>();
  for (const pattern of patterns) {
    const first = pattern[0] as string;
    if (first === ANY) throw new Error("a part's pattern starts with a key, not with any key");
    const filed = byFirst.get(first);
    if (filed) filed.push(pattern);
    else byFirst.set(first, [pattern]);
  }
  return byFirst;
}

const PARTS_BY_FIRST_KEY: Readonly<Record<Kind, ReadonlyMap<string, readonly (readonly string[])[]>>> = {
  platform: byFirstKey(PARTS.platform),
  dictionary: byFirstKey(PARTS.dictionary),
  operation: byFirstKey(PARTS.operation),
};

function partOf(path: SpecPath, kind: Kind): SpecPath | undefined {
  for (const pattern of PARTS_BY_FIRST_KEY[kind].get(String(path[0])) ?? [])
    if (pattern.length <= path.length && pattern.every((key, i) => key === ANY || key === path[i]))
      return path.slice(0, pattern.length);
  return undefined;
}

/** A key the data has at its top level. */
const isKeyAtTop = (data: unknown, path: SpecPath): boolean =>
  path.length === 1 && isRecord(data) && Object.hasOwn(data, String(path[0]));

/** The entries to cut, as a tree of keys: null where the entry itself goes, else the cuts within it. */
type Cuts = Map<string, Cuts | null>;

function cutsOf(paths: Iterable<SpecPath>): Cuts {
  const root: Cuts = new Map();
  for (const path of paths) {
    let at = root;
    for (let depth = 0; depth < path.length; depth++) {
      const key = String(path[depth]);
      if (depth === path.length - 1) {
        at.set(key, null);
        break;
      }
      let below = at.get(key);
      // The entry holding this one goes whole already.
      if (below === null) break;
      if (below === undefined) at.set(key, (below = new Map()));
      at = below;
    }
  }
  return root;
}

/**
 * `node` without the entries `cuts` names, copying only the mappings on the way to them, each once: the rest is
 * shared with `node`, which is left as it is (parsed data is only read). A copy of the whole data cost as much again
 * as the file's text, 50 MB for a hostile description, and that text is in the entry left out; a copy per entry cut
 * was quadratic in a mapping of 150,000 unknown keys.
 */
function without(node: unknown, cuts: Cuts): unknown {
  if (!isRecord(node) || !cutsAny(node, cuts)) return node;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(node)) {
    const below = cuts.get(key);
    if (below === null) continue;
    const value = below === undefined ? node[key] : without(node[key], below);
    // A key such as `__proto__` is set as the data it is, never as the copy's prototype.
    if (key === "__proto__")
      Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
    else copy[key] = value;
  }
  return copy;
}

/** Whether `node` has an entry `cuts` names (a mapping's cuts may be 150,000 keys: no array of them is made). */
function cutsAny(node: Record<string, unknown>, cuts: Cuts): boolean {
  for (const key of cuts.keys()) if (Object.hasOwn(node, key)) return true;
  return false;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const hasFields = (message: unknown): boolean => isRecord(message) && isRecord(message["fields"]);
