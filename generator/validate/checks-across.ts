// The checks across files, told from the facts of each file (spec-facts.ts)
// rather than from their data: whether the spec as a whole passes them for
// sure, and if so its warnings. They answer only "yes, and these warnings" or
// "not sure": any doubt, and the full checks (validate-spec.ts) run instead,
// which alone word the errors. Each test here is at least as strict as the
// check it stands for, so a "yes" is one the full checks would give.

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { containerDeclarations, FIXED_DECLARATIONS, valueListDeclarations } from "../rules/export-names.js";
import type { RawDictionary } from "../rules/raw-spec.js";
import type { RawPlatform } from "../rules/raw-platform.js";
import { identifierProblem } from "../rules/reserved-names.js";
import { checkDictionary, type ListReference } from "./check-dictionary.js";
import { writtenTwice } from "./check-written-once.js";
import { checkDictionaryScope } from "./check-dictionary-scope.js";
import { declaredHashes } from "./declared-hashes.js";
import type { Located } from "./located.js";
import { nameHash, type OperationFacts, type SiteFacts } from "./spec-facts.js";

export interface SpecFacts {
  readonly platform: Located<RawPlatform>;
  readonly dictionaries: readonly Located<RawDictionary>[];
  /** The facts of the dictionary files, taken together. */
  readonly dictionary: SiteFacts;
  readonly operations: readonly OperationFacts[];
  /** Every file under the spec folder that is not YAML (the saved pages among them). */
  readonly otherPaths: ReadonlySet<string>;
}

/** The warnings of the checks across files when the spec surely passes them; undefined when in doubt. */
export function checksAcross(facts: SpecFacts): Diagnostic[] | undefined {
  const { operations } = facts;
  const all = [facts.dictionary, ...operations];
  if (!operations.every((op) => op.pages.every((page) => facts.otherPaths.has(page)))) return undefined;
  // Operations: names, names on a case-insensitive disk, and JSON addresses, each once.
  if (!unique(operations.map((op) => op.name)) || !unique(operations.map((op) => op.name.toLowerCase())))
    return undefined;
  if (!unique(operations.flatMap((op) => op.urls))) return undefined;
  // A field's name is one shape and one value list wherever it is written in full; a container type's name one content.
  const shapes = oneEach();
  const lists = oneEach();
  const containers = oneEach();
  // By index: run once per process, uncompiled, a for-of and a destructuring make objects for each of some 50,000 fields.
  for (const f of all) {
    for (let i = 0; i < f.fields.length; i++) {
      const field = f.fields[i] as SiteFacts["fields"][number];
      const list = field[2];
      if (!shapes.add(field[0], field[1]) || (list !== null && !lists.add(field[0], list))) return undefined;
    }
    for (const [typeName, signature] of f.containers) if (!containers.add(typeName, signature)) return undefined;
  }
  if (!namesUsable(facts, [...containers.keys()])) return undefined;
  const listsUnused = listWarnings(facts, all);
  if (!listsUnused) return undefined;
  // A name written out by two files: warnings worded from where each file writes it (check-written-once.ts).
  const owners = [
    { dictionary: true, written: facts.dictionary.written },
    ...operations.map(({ written }) => ({ dictionary: false, written })),
  ];
  const takers = operations.map((op) => op.taker);
  return [...listsUnused, ...writtenTwice(owners), ...checkDictionaryScope(facts.dictionaries, takers)];
}

/**
 * Every name declared once, by one owner in one role, and none taken by the
 * package or the language. An operation's names are known by hash, and its
 * own checks proved each usable alone: they must only differ from every other.
 */
function namesUsable(facts: SpecFacts, containers: readonly string[]): boolean {
  const lists = facts.dictionaries.flatMap((d) => Object.keys(d.raw.valueLists ?? {}));
  if (!unique(lists)) return false;
  const taken = new Map<string, string>();
  // One owner's name in one role twice is one declaration (a value list's type and const object).
  const declarations = new Set<string>();
  const names = new Set<string>();
  for (const d of [
    ...FIXED_DECLARATIONS,
    ...lists.flatMap((name) => valueListDeclarations(name).all),
    ...containers.flatMap((name) => containerDeclarations(name).all),
  ]) {
    if (d.owner.kind === "package") {
      if (!taken.has(d.name)) taken.set(d.name, d.module);
      continue;
    }
    const key = `${d.owner.kind} ${d.owner.name}\u0000${d.name}\u0000${d.role}`;
    if (declarations.has(key)) continue;
    declarations.add(key);
    if (names.has(d.name) || identifierProblem(d.name, taken) !== undefined) return false;
    names.add(d.name);
  }
  // The operations' names, counted across runs (declared-hashes.ts): none twice, none the package's or the spec's.
  const operations = declaredHashes(facts.operations);
  if (operations.clash) return false;
  const takenHashes = new Set([...taken.keys()].map(nameHash));
  for (const hash of takenHashes) if (operations.declares(hash)) return false;
  const declared = new Set<string>();
  for (const name of names) {
    const hash = nameHash(name);
    if (takenHashes.has(hash) || operations.has(hash) || declared.has(hash)) return false;
    declared.add(hash);
  }
  return true;
}

/**
 * The value lists' checks with every reference: unused lists are warnings;
 * a reference to a list that does not exist, or any error, is a doubt.
 */
function listWarnings(facts: SpecFacts, all: readonly SiteFacts[]): Diagnostic[] | undefined {
  const lists = new Set(facts.dictionaries.flatMap((d) => Object.keys(d.raw.valueLists ?? {})));
  const references: ListReference[] = [];
  for (const f of all)
    for (const [list, fieldName] of f.references) {
      if (!lists.has(list)) return undefined;
      references.push({ list, fieldName, at: () => ({ file: "", line: 1, column: 1 }) });
    }
  const found = checkDictionary(facts.dictionaries, references, facts.platform, new Set(), true);
  if (found.some((d) => d.code !== "unused-value-list")) return undefined;
  return found;
}

const unique = (values: readonly string[]): boolean => new Set(values).size === values.length;

/** Pairs, each key with one value only: `add` says whether a pair agrees with those before. */
function oneEach() {
  const seen = new Map<string, string>();
  return {
    add(key: string, value: string): boolean {
      const earlier = seen.get(key);
      if (earlier === undefined) seen.set(key, value);
      return earlier === undefined || earlier === value;
    },
    keys: () => seen.keys(),
  };
}
