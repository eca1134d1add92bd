// The registry of every diagnostic the generator can report, by the stage that
// reports it. Each code has a fixed severity and one message builder
// (code-definition.ts), so wording stays consistent and the docs can list them
// all, in this order.

import { acrossCodes } from "./across-codes.js";
import { fileCodes } from "./file-codes.js";
import { formatCodes } from "./format-codes.js";
import { pageCodes } from "./page-codes.js";
import { pageDefectCodes } from "./page-defect-codes.js";
import { specRuleCodes } from "./spec-rule-codes.js";

export const diagnosticCodes = {
  ...fileCodes,
  ...formatCodes,
  ...specRuleCodes,
  ...acrossCodes,
  ...pageDefectCodes,
  ...pageCodes,
} as const;

export type DiagnosticCode = keyof typeof diagnosticCodes;
export type DiagnosticParams<C extends DiagnosticCode> = Parameters<(typeof diagnosticCodes)[C]["message"]>[0];
