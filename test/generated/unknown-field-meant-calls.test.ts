// The field meant is worked out only once a key is unknown: a message whose
// keys are all its fields never asks the slip rule, on the valid path of a
// small response, in the collecting checks, in a request's strict checks;
// one unknown key asks it once. The repository's spec is generated into a
// folder of its own, its rule (runtime/field-slips.ts) counting its calls: a
// module of its own, whatever the worker loaded before.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test } from "vitest";
import type { MessageDescriptor } from "../../generated/index.js";
import { generateRepoSpec } from "../support/generate.js";
import { keptOutput } from "../support/kept-output.js";

const RULE = "export function onlySlipOf(";
const COUNTED = `export const slipCalls = { count: 0 };
export function onlySlipOf(name: string, names: readonly string[]): string | undefined {
  slipCalls.count++;
  return uncountedSlipOf(name, names);
}
function uncountedSlipOf(`;

const { files } = await generateRepoSpec();
const counted = files.map((f) => {
  if (f.path !== "runtime/field-slips.ts") return f;
  expect(f.content).toContain(RULE);
  return { ...f, content: f.content.replace(RULE, COUNTED) };
});
const dir = keptOutput("unknown-field-meant-calls", counted, "javascript");
const { slipCalls } = (await import(pathToFileURL(path.join(dir, "runtime", "field-slips.js")).href)) as {
  slipCalls: { count: number };
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

test("no key unknown: the slip rule is not asked, however often validated", () => {
  slipCalls.count = 0;
  for (const { message, value } of cases)
    for (const strict of [false, true]) for (let i = 0; i < 50; i++) message.validate(value, { strict });
  expect(slipCalls.count).toBe(0);
});

test("one key unknown: the slip rule is asked once, and the issue names the field meant", () => {
  for (const { message, value } of cases) {
    slipCalls.count = 0;
    const result = message.validate({ ...value, sael: "x" }, { strict: true });
    expect(slipCalls.count).toBe(1);
    expect(result.ok ? result.warnings : result.errors).toContainEqual(
      expect.objectContaining({ path: "/sael", meant: "seal" }),
    );
  }
});
