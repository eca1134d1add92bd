// The field meant is worked out only once a key is unknown: a message whose
// keys are all its fields never asks the rule of near names, on the valid
// path of a small response, in the collecting checks, in a request's strict
// checks; one unknown key asks it once, and a message of thousands asks it
// for its first few alone. The repository's spec is generated into a folder
// of its own, its rule (runtime/closest-names.ts) counting its calls: a module
// of its own, whatever the worker loaded before.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test } from "vitest";
import type { MessageDescriptor } from "../../generated/index.js";
import { generateRepoSpec } from "../support/generate.js";
import { keptOutput } from "../support/kept-output.js";

// The rule's one loop over the names, which nearNames and a validator's prepared names (nearNamesAmong) share.
const RULE = "function nearest(";
const COUNTED = `export const nearCalls = { count: 0 };
function nearest(name: string, names: readonly string[], compared: readonly string[], bits: readonly number[]): string[] | undefined {
  nearCalls.count++;
  return uncountedNearest(name, names, compared, bits);
}
function uncountedNearest(`;

const { files } = await generateRepoSpec();
const counted = files.map((f) => {
  if (f.path !== "runtime/closest-names.ts") return f;
  expect(f.content).toContain(RULE);
  return { ...f, content: f.content.replace(RULE, COUNTED) };
});
const dir = keptOutput("unknown-field-meant-calls", counted, "javascript");
const { nearCalls } = (await import(pathToFileURL(path.join(dir, "runtime", "closest-names.js")).href)) as {
  nearCalls: { count: number };
};
const { MEANT_WITHIN_PROBLEMS } = (await import(pathToFileURL(path.join(dir, "runtime", "issues.js")).href)) as {
  MEANT_WITHIN_PROBLEMS: number;
};
type Message = Pick<MessageDescriptor<unknown>, "validate">;
const { operations } = (await import(pathToFileURL(path.join(dir, "index.js")).href)) as {
  operations: Record<string, Record<"request" | "response", Message>>;
};
const message = (operation: string, part: "request" | "response"): Message => {
  const found = operations[operation]?.[part];
  if (found === undefined) throw new Error(`no ${operation} ${part}`);
  return found;
};

const cases = [
  // A valid path: both fields pass their checks.
  { message: message("acceptChallenge", "response"), value: { seal: "x", acquirerResponseCode: "00" } },
  // The collecting checks: a value that fails leaves the valid path.
  { message: message("acceptChallenge", "response"), value: { seal: 1, acquirerResponseCode: "00" } },
  // A request, strict, with no valid path.
  { message: message("refund", "request"), value: { currencyCode: "978", transactionReference: "x" } },
];

test("no key unknown: the rule is not asked, however often validated", () => {
  nearCalls.count = 0;
  for (const { message, value } of cases)
    for (const strict of [false, true]) for (let i = 0; i < 50; i++) message.validate(value, { strict });
  expect(nearCalls.count).toBe(0);
});

test("one key unknown: the rule is asked once, and the issue names the field meant", () => {
  for (const { message, value } of cases) {
    nearCalls.count = 0;
    const result = message.validate({ ...value, sael: "x" }, { strict: true });
    expect(nearCalls.count).toBe(1);
    expect(result.ok ? result.warnings : result.errors).toContainEqual(
      expect.objectContaining({ path: "/sael", meant: "seal" }),
    );
  }
});

test("thousands of unknown keys near a field: the rule is asked for the first few alone, strict or not", () => {
  // seal0 to seal99 are near seal (one edit, then two, which a key of 6 units allows): every key asks, unbounded.
  const keys = Array.from({ length: 5000 }, (_, i) => `seal${i}`);
  for (const { message, value } of cases) {
    for (const strict of [false, true]) {
      nearCalls.count = 0;
      const result = message.validate({ ...value, ...Object.fromEntries(keys.map((k) => [k, "x"])) }, { strict });
      const issues = result.ok ? result.warnings : [...result.errors, ...result.warnings];
      expect(issues.filter((i) => i.code === "unknown-field")).toHaveLength(keys.length);
      expect(nearCalls.count).toBeGreaterThan(0);
      expect(nearCalls.count).toBeLessThanOrEqual(MEANT_WITHIN_PROBLEMS);
    }
  }
});
