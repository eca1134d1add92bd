// A name the generated package declares: the module that declares it, whether
// it is a type or a value, whether the module exports it, what owns it and
// what it is. The declarations themselves are listed by owner in
// operation-declarations.ts and export-names.ts.

/** What owns a name: an entity of the spec, or the package itself (the generator's fixed names and the runtime's). */
export type NameOwner =
  | { readonly kind: "operation"; readonly name: string }
  | { readonly kind: "valueList"; readonly name: string }
  | { readonly kind: "container"; readonly name: string }
  | { readonly kind: "package" };

export interface Declaration {
  readonly name: string;
  /** The generated module that declares it: its path in the output ("operations/x/seal.ts"). */
  readonly module: string;
  /** A type is imported with `import type`; a value (which may also name a type) with `import`. */
  readonly kind: "type" | "value";
  /** Exported by its module; false for a name the module keeps to itself. */
  readonly exported: boolean;
  readonly owner: NameOwner;
  /** What the name is, for messages: "the request type". */
  readonly role: string;
}

/** Declarations of one owner, exported by their module. */
export const declarer = (owner: NameOwner) => {
  const of =
    (kind: Declaration["kind"]) =>
    (module: string, name: string, role: string): Declaration => ({ name, module, kind, exported: true, owner, role });
  return { value: of("value"), type: of("type") };
};

/** Declarations the package owns: the generator's fixed names and the runtime's. */
export const own = declarer({ kind: "package" });

/**
 * Object.prototype.hasOwnProperty, taken when the module loads, in each module
 * that holds validators: their checks of unknown keys call it. A constant of
 * the module itself, not an import, so that the engine knows the function it
 * calls and answers it for a for-in loop's own keys without a call.
 */
export const ownPropertyDeclaration = (module: string): Declaration => ({
  ...own.value(module, "ownProperty", "hasOwnProperty, for the checks of unknown keys"),
  exported: false,
});

/** How messages name an owner: `operation "x"`, `value list "y"`, `container type Z`. */
export function describeOwner(owner: NameOwner): string {
  switch (owner.kind) {
    case "operation":
      return `operation "${owner.name}"`;
    case "valueList":
      return `value list "${owner.name}"`;
    case "container":
      return `container type ${owner.name}`;
    case "package":
      return "the package";
  }
}
