// The value plan: what sync writes of value lists and of the values each
// operation's field takes, and whether it writes anything. How the plan is
// worked out from the pages is make-value-plan.ts; how it is reported,
// value-plan-report.ts and value-plan-messages.ts.

import type { SourceLocation } from "../diagnostics/diagnostic.js";
import type { SpecMessage } from "./page-difference.js";
import type { PrefixHeld, PrefixMove } from "./prefix-moves.js";
import type { ContainerLink, ContainerValues } from "./value-plan-containers.js";
import type { PageList, PlanPage } from "./value-plan-pages.js";

export type { ContainerLink, ContainerValues, PageList, PlanPage, PrefixHeld, PrefixMove };

/** A value with the general meaning and constant name it gets. */
export interface GeneralValue {
  readonly value: string;
  readonly meanings: readonly string[];
  /** Null when the value needs no constant name and has none. */
  readonly name: string | null;
  /** Where a page prints the meaning chosen (else lists it), the first by path, for reports. */
  readonly at: SourceLocation | null;
  /** The pages that list it. */
  readonly pages: readonly string[];
  /** The pages that print the general meaning chosen, by path: none where it is a maintainer's text kept. */
  readonly wordedBy: readonly string[];
  /** Where as many pages word its meaning otherwise as print the one chosen: the tie went to the first page by path. */
  readonly tie?: { readonly wordedBy: readonly string[]; readonly otherwise: readonly string[] };
}

export interface ListPlan {
  readonly list: string;
  /** No list of this name yet: it is made from the pages. */
  readonly isNew: boolean;
  /** Values new to the list. */
  readonly added: readonly GeneralValue[];
  /** Values whose general meaning or constant name changes, with what they were. */
  readonly changed: readonly (GeneralValue & { readonly was: { meanings: readonly string[]; name: string } })[];
  /** Values no field takes once the plan is written: reported, never removed. */
  readonly unused: readonly string[];
}

/** A field whose written values, meanings or value list change. */
export interface FieldPlan {
  readonly operation: string;
  readonly message: SpecMessage;
  readonly field: string;
  readonly list: string;
  /** The page it follows; null for a field without one (kept away from values other pages add). */
  readonly page: PageList | null;
  /**
   * Its message has no saved page at all (an operation's, or its callback's: sync would attach none): no page is
   * silent on its values, there is none.
   */
  readonly pageless: boolean;
  /** Write `valueList:` (the field has no list yet). */
  readonly link: boolean;
  /** What it takes, before and after: null is every value of the list. */
  readonly values: { readonly from: readonly string[] | null; readonly to: readonly string[] | null };
  readonly meanings: {
    readonly from: ReadonlyMap<string, readonly string[]>;
    readonly to: ReadonlyMap<string, readonly string[]>;
  };
}

export interface ValuePlan {
  readonly lists: readonly ListPlan[];
  readonly fields: readonly FieldPlan[];
  readonly containers: readonly ContainerValues[];
  readonly links: readonly ContainerLink[];
  /** Prefix values the pages of their interface print otherwise: renamed, every field that names them with them. */
  readonly moves: readonly PrefixMove[];
  /** Prefix values one operation's page prints otherwise, which other operations of the interface hold to: not written. */
  readonly held: readonly PrefixHeld[];
}

/** Nothing to write (a held move is not written: it is reported). */
export const isEmptyPlan = (plan: ValuePlan): boolean =>
  plan.moves.length === 0 &&
  plan.fields.length === 0 &&
  plan.links.length === 0 &&
  plan.lists.every((l) => l.added.length === 0 && l.changed.length === 0);
