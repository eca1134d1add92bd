// What the checks across files read of one spec file, kept small enough to be
// remembered: an operation's name, addresses, field shapes, container types,
// value-list references and the names it declares, and the warnings its own
// checks gave. With these, a run whose spec changed in one file checks the
// other files against it without their data (see validate-with-memo.ts).

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { memoKey } from "../memo/memo-key.js";
import { containerTypeName, itemTypeName } from "../rules/export-names.js";
import { operationDeclarations, operationEntityOf } from "../rules/operation-declarations.js";
import { addressesOf } from "../rules/raw-endpoints.js";
import type { RawDictionary, RawField, RawOperation } from "../rules/raw-spec.js";
import { ownValuesByOperation } from "./check-own-values.js";
import { containersIn, responseFields } from "./contained-types.js";
import { writtenOut, type WrittenOut } from "./check-written-once.js";
import { isTaker, takerOf, type Taker } from "./dictionary-takers.js";
import { collectSites, type Sites } from "./field-sites.js";
import type { Located } from "./located.js";
import { isOutline, outlineOf, type Outline } from "./operation-outline.js";
import { containerSignature, shapeSignature } from "./shape-signature.js";

/** What the dictionary files and every operation file alike contribute. */
export interface SiteFacts {
  /** Each field written in full (not a dictionary reference): name, a hash of its shape, its value list. */
  readonly fields: readonly (readonly [name: string, shape: string, list: string | null])[];
  /** Each container type defined: its name and a hash of what it holds. */
  readonly containers: readonly (readonly [typeName: string, signature: string])[];
  /** Each place that names a value list: the list and the field's name. */
  readonly references: readonly (readonly [list: string, field: string])[];
  /** Each field written in full, where, for the check that a name is written out by one file (check-written-once.ts). */
  readonly written: readonly WrittenOut[];
  /** The warnings of the file's own checks, in the order they were found. */
  readonly warnings: readonly Diagnostic[];
}

export interface OperationFacts extends SiteFacts {
  readonly name: string;
  /** Its JSON addresses, each environment's. */
  readonly urls: readonly string[];
  /** The saved pages it cites (source.page, callback.source.page). */
  readonly pages: readonly string[];
  /**
   * The names it gives the package, by hash (nameHash): its own, each once
   * per role it has (a name twice is two roles, a collision), and those its
   * modules keep ("package" names, the same in every operation's modules).
   * Its own checks proved them usable alone; what is left to check is that no
   * other file gives the same, which equal hashes would show. Two names of
   * one hash only make the checks across files doubt.
   */
  readonly declared: readonly string[];
  readonly internal: readonly string[];
  /** What a dictionary text may name of it, and the dictionary fields it takes (dictionary-takers.ts). */
  readonly taker: Taker;
}

/** What is remembered of an operation file: its facts, and what the model needs of it besides its data. */
export interface RememberedOperation extends OperationFacts {
  /** The container types its response and callback hold, at any depth (contained-types.ts). */
  readonly responseContainers: readonly string[];
  /** The container types it uses anywhere (request, response, callback), at any depth: see ValidSpec.containersUsed. */
  readonly containersUsed: readonly string[];
  /** What the head of its model is made of, with `pages` (operation-outline.ts). */
  readonly outline: Outline;
  /**
   * Where its `family:` value is, when it has one and its place was known without parsing the file whole: the
   * model's warning of a family slip (model/family-slips.ts) is placed from it without the file's text.
   */
  readonly familyAt?: readonly [line: number, column: number];
}

const hash = (text: string): string => memoKey(text).slice(0, 32);

/** A short hash of a declared name. */
export const nameHash = (name: string): string => memoKey(name).slice(0, 16);

/** The facts of the sites of some files: the dictionaries', or one operation's. */
export function siteFacts(
  sites: Sites,
  references: readonly { readonly list: string; readonly fieldName: string }[],
  warnings: readonly Diagnostic[],
): SiteFacts {
  const fields: [string, string, string | null][] = [];
  const containers: [string, string][] = [];
  for (const site of sites.fields) {
    const { name, written } = site;
    if (written.from === "dictionary") continue;
    fields.push([name, hash(shapeSignature(written)), written.valueList ?? null]);
    if (written.fields) containers.push([containerTypeName(name, written.typeName), hash(containerSignature(written))]);
  }
  for (const item of sites.items)
    if (item.item.fields)
      containers.push([itemTypeName(item.listName, item.item.typeName), hash(containerSignature(item.item))]);
  const written = writtenOut(sites);
  return { fields, containers, references: references.map((r) => [r.list, r.fieldName]), written, warnings };
}

/** The facts of one operation that passed every check of its own. */
export function operationFacts(
  op: Located<RawOperation>,
  dictionaries: readonly Located<RawDictionary>[],
  dictionary: ReadonlyMap<string, RawField>,
  references: (sites: Sites) => readonly { readonly list: string; readonly fieldName: string }[],
  warnings: readonly Diagnostic[],
): RememberedOperation {
  const sites = collectSites([op], [], dictionary);
  const entity = operationEntityOf(op.raw, ownValuesByOperation(sites, dictionaries).get(op) ?? []);
  const roles = new Set<string>();
  const declared: string[] = [];
  const internal = new Set<string>();
  for (const d of operationDeclarations(entity).all) {
    if (d.owner.kind === "package") internal.add(nameHash(d.name));
    else if (!roles.has(`${d.name}\u0000${d.role}`)) {
      roles.add(`${d.name}\u0000${d.role}`);
      declared.push(nameHash(d.name));
    }
  }
  const { raw } = op;
  const urls = Object.values(raw.endpoints).flatMap((written) => addressesOf(written).json ?? []);
  const pages = [raw.source?.page, raw.callback?.source?.page].filter((p): p is string => p !== undefined);
  return {
    ...siteFacts(sites, references(sites), warnings),
    name: raw.operation,
    urls,
    pages,
    declared,
    internal: [...internal],
    taker: takerOf(raw, sites.fields),
    responseContainers: [...containersIn(responseFields(raw), dictionary)],
    containersUsed: [...containersIn([raw.request.fields, ...responseFields(raw)], dictionary)],
    outline: outlineOf(raw),
    ...familyAt(op),
  };
}

function familyAt(op: Located<RawOperation>): { familyAt?: readonly [number, number] } {
  const at = op.raw.family === undefined ? undefined : op.map.knownValue(["family"]);
  return at ? { familyAt: [at.line, at.column] } : {};
}

const isPlace = (value: unknown): boolean =>
  value === undefined || (Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === "number"));

const ARRAYS = ["fields", "containers", "references", "written", "warnings"] as const;

/** Whether a remembered value has the form of facts (a damaged entry is a miss, as a missing one). */
export const isSiteFacts = (value: unknown): value is SiteFacts =>
  typeof value === "object" && value !== null && ARRAYS.every((k) => Array.isArray((value as SiteFacts)[k]));

export const isRememberedOperation = (value: unknown): value is RememberedOperation =>
  isSiteFacts(value) &&
  typeof (value as RememberedOperation).name === "string" &&
  (["urls", "pages", "declared", "internal", "responseContainers", "containersUsed"] as const).every((k) =>
    Array.isArray((value as RememberedOperation)[k]),
  ) &&
  (value as RememberedOperation).containersUsed.every((typeName) => typeof typeName === "string") &&
  isOutline((value as RememberedOperation).outline) &&
  isPlace((value as RememberedOperation).familyAt) &&
  isTaker((value as RememberedOperation).taker);
