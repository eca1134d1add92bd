import { diagnostic, type Diagnostic, type SourceLocation } from "../diagnostics/diagnostic.js";
import type { RawDictionary, RawOperation } from "../rules/raw-spec.js";
import { type Declaration, describeOwner } from "../rules/declaration.js";
import { containerTypeName, itemTypeName, packageDeclarations } from "../rules/export-names.js";
import { operationEntityOf } from "../rules/operation-declarations.js";
import { fileNameProblem, identifierProblem, modulesByName } from "../rules/reserved-names.js";
import { caseCollisions } from "./check-case-collisions.js";
import { inheritedKeyProblems } from "./check-inherited-keys.js";
import { ownValuesByOperation } from "./check-own-values.js";
import type { Sites } from "./field-sites.js";
import { entries, type Located } from "./located.js";
import { type Fix, fixOf, renameHint, type SpecDeclaration, type SpecOwner } from "./name-fix.js";

const ownerKey = (owner: SpecOwner): string => `${owner.kind} ${owner.name}`;

/**
 * Proves every name the package will declare usable before anything is
 * emitted. The declarations are those the emitters print, worked out from
 * the spec's entity names alone (rules/export-names.ts): none reserved
 * (reserved-names.ts) or already the runtime's or the generator's, no two
 * owners sharing one, no two operations whose files differ only in letter
 * case, and no field, environment or constant key that an object inherits
 * (check-inherited-keys.ts). Each problem names both places.
 */
export function checkNames(
  operations: readonly Located<RawOperation>[],
  dictionaries: readonly Located<RawDictionary>[],
  sites: Sites,
): Diagnostic[] {
  const places = new Map<string, () => SourceLocation>();
  const placeOf = (owner: SpecOwner): SourceLocation =>
    places.get(ownerKey(owner))?.() ?? { file: "", line: 1, column: 1 };
  const byName = new Map(operations.map((op) => [op.raw.operation, op]));
  const add = (kind: SpecOwner["kind"], name: string, at: () => SourceLocation): boolean => {
    if (places.has(`${kind} ${name}`)) return false;
    places.set(`${kind} ${name}`, at);
    return true;
  };
  const ownValues = ownValuesByOperation(sites, dictionaries);
  const ops = operations
    .filter((op) => add("operation", op.raw.operation, () => op.map.value(["operation"])))
    .map((op) => operationEntityOf(op.raw, ownValues.get(op) ?? []));
  const lists = dictionaries.flatMap((d) =>
    entries(d.raw.valueLists)
      .map(([name]) => name)
      .filter((name) => add("valueList", name, () => d.map.key(["valueLists", name]))),
  );
  const containers: string[] = [];
  for (const { typeName, at } of containerSites(sites)) if (add("container", typeName, at)) containers.push(typeName);

  const out: Diagnostic[] = [];
  const declarations = packageDeclarations({
    operations: ops,
    valueLists: lists,
    containers,
  });
  // The generator's own names, private ones of each operation's modules among them, and the runtime's.
  const taken = modulesByName(declarations.filter((d) => d.owner.kind === "package"));
  const exported = fromSpec(declarations);
  const fix = (name: SpecDeclaration): Fix => fixOf(name, placeOf, byName);
  for (const name of exported) {
    const why = identifierProblem(name.name, taken);
    if (why === undefined) continue;
    const { at, suggestion } = fix(name);
    out.push(diagnostic("reserved-name", at, { subject: subjectOf(name), why, suggestion }));
  }
  for (const d of [...collisions(exported, fix), ...caseCollisions(operations)]) out.push(d);
  for (const op of operations) {
    const why = fileNameProblem(op.raw.operation);
    const owner = { kind: "operation", name: op.raw.operation } as const;
    if (why !== undefined)
      out.push(
        diagnostic("reserved-name", placeOf(owner), {
          subject: describeOwner(owner),
          why,
          suggestion: renameHint(owner),
        }),
      );
  }
  for (const d of inheritedKeyProblems(operations, dictionaries, sites)) out.push(d);
  return out;
}

/** Every container type with the place of its first definition (a written typeName, else the field). */
function containerSites(sites: Sites): { typeName: string; at: () => SourceLocation }[] {
  const out: { typeName: string; at: () => SourceLocation }[] = [];
  for (const site of sites.fields) {
    if (!site.written.fields) continue;
    const path = site.written.typeName === undefined ? null : [...site.path, "typeName"];
    out.push({
      typeName: containerTypeName(site.name, site.written.typeName),
      at: () => (path ? site.located.map.value(path) : site.located.map.key(site.path)),
    });
  }
  for (const item of sites.items) {
    if (!item.item.fields) continue;
    const path = item.item.typeName === undefined ? item.path : [...item.path, "typeName"];
    out.push({ typeName: itemTypeName(item.listName, item.item.typeName), at: () => item.located.map.value(path) });
  }
  return out;
}

/**
 * The names the spec's entities own, each once (a value list's type and const
 * object share theirs); one owner's name for two roles stays twice, a collision
 * (an operation narrowing a list named like its messages).
 */
function fromSpec(declarations: readonly Declaration[]): SpecDeclaration[] {
  const seen = new Set<string>();
  return declarations.filter((d): d is SpecDeclaration => {
    if (d.owner.kind === "package") return false;
    const key = `${ownerKey(d.owner)}\u0000${d.name}\u0000${d.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Two owners declaring one name: reported once per pair, at the later one. */
function collisions(exported: readonly SpecDeclaration[], fix: (name: SpecDeclaration) => Fix): Diagnostic[] {
  const out: Diagnostic[] = [];
  const first = new Map<string, SpecDeclaration>();
  const reported = new Set<string>();
  for (const name of exported) {
    const earlier = first.get(name.name);
    if (!earlier) {
      first.set(name.name, name);
      continue;
    }
    const { at, suggestion, source } = fix(name);
    // Once per pair of owners and place to change: an operation's own names, its callback's and its POST form's.
    const pair = `${describeOwner(earlier.owner)}\u0000${describeOwner(name.owner)}\u0000${source}`;
    const sameOwner = ownerKey(earlier.owner) === ownerKey(name.owner);
    if ((sameOwner && earlier.role === name.role) || reported.has(pair)) continue;
    reported.add(pair);
    const there = fix(earlier);
    const related = [
      {
        ...there.at,
        message: `${describeOwner(earlier.owner)} ${there.source === null ? "is defined here" : `has it from ${there.source}`}`,
      },
    ];
    out.push(
      diagnostic(
        "name-collision",
        at,
        {
          name: name.name,
          what: `${name.role} of ${describeOwner(name.owner)}`,
          other: `${earlier.role} of ${describeOwner(earlier.owner)}`,
          suggestion,
        },
        related,
      ),
    );
  }
  return out;
}

const subjectOf = (name: SpecDeclaration): string =>
  name.owner.kind === "operation" && name.name === name.owner.name
    ? describeOwner(name.owner)
    : `${name.name}, ${name.role} of ${describeOwner(name.owner)},`;
