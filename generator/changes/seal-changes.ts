// Changes of the platform's seal rule (sips.yaml `seal:`), reported for every
// operation since each one's messages are sealed by it. Each part of the rule
// is named with its old and new value, and classed by what it does to a
// message valid under both specs: a new algorithm seals none of them
// differently (additive), any other change may (seal).

import type { SealAlgorithmModel, SealRuleModel } from "../model/ir.js";
import type { Change, ChangeClass } from "./change.js";

export function compareSeal(before: SealRuleModel, after: SealRuleModel, operation: string): Change[] {
  const out: Change[] = [];
  const change = (message: Change["message"], classes: ChangeClass[], summary: string): void => {
    out.push({ operation, message, field: null, kind: "seal", classes, summary });
  };
  for (const message of ["request", "response"] as const) {
    const [was, is] = [before[message].exclude.join(", "), after[message].exclude.join(", ")];
    if (was !== is) change(message, ["seal"], `fields left out of the ${message} seal: [${was}] → [${is}].`);
  }
  if (before.field !== after.field) change(null, ["seal"], `seal field ${before.field} → ${after.field}.`);
  if (before.algorithmField !== after.algorithmField)
    change(null, ["seal"], `seal algorithm field ${before.algorithmField} → ${after.algorithmField}.`);
  if (before.defaultAlgorithm !== after.defaultAlgorithm)
    change(
      null,
      ["seal"],
      `default seal algorithm ${before.defaultAlgorithm} → ${after.defaultAlgorithm}: messages that name none are sealed with it.`,
    );
  const old = new Map(before.algorithms.map((a) => [a.name, a]));
  const now = new Map(after.algorithms.map((a) => [a.name, a]));
  for (const algorithm of after.algorithms) {
    const previous = old.get(algorithm.name);
    if (!previous) change(null, ["additive"], `seal algorithm ${algorithm.name} (${how(algorithm)}) added.`);
    else if (how(previous) !== how(algorithm))
      change(null, ["seal"], `seal algorithm ${algorithm.name}: ${how(previous)} → ${how(algorithm)}.`);
  }
  for (const algorithm of before.algorithms)
    if (!now.has(algorithm.name))
      change(null, ["seal"], `seal algorithm ${algorithm.name} removed: messages sealed with it are refused.`);
  return out;
}

const how = (a: SealAlgorithmModel): string => `${a.kind} ${a.hash}`;
