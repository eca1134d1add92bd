// A change of sync's plans of values and descriptions, as `sync --check`
// reports it (value-plan-check.ts): made by value-plan-report.ts and
// description-plan-report.ts.

import type { SourceLocation } from "../diagnostics/diagnostic.js";
import type { SpecPlace } from "./page-difference.js";

/** One change of the plan, as `sync --check` reports it. */
export interface PlanDifference {
  /** The operation whose file or page the difference is reported against. */
  readonly operation: string;
  readonly about: string;
  readonly spec: string;
  readonly page: string;
  readonly pageAt: SourceLocation | null;
  readonly place: SpecPlace;
  /** Of a field whose operation has no saved page: `page` is what the field keeps, said by no page of its own. */
  readonly pageless?: true;
}
