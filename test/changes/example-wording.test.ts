// An example changed: the summary says what the example messages carry now, as
// the model builds them (the recommended version, a made-up value, nothing, or
// the new example), where "(the example messages carry it)" left that open.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { OP, edited, goldenInput, modelOf } from "../support/golden-changes.js";

/** The edit giving cardCheck's request field the line `line` ends an example to. */
const withExample = (line: string, example: string): [string, string, string] => [
  OP,
  line,
  `${line}      example: "${example}"\n`,
];

/** The summary of the example's change from `before` to `after`, and what cardCheck's example request holds of `field` after. */
async function exampleChange(before: [string, string, string][], after: [string, string, string][], field: string) {
  const [was, is] = [await modelOf(edited(goldenInput, before)), await modelOf(edited(goldenInput, after))];
  const summaries = compareSpecs(was, is)
    .filter((c) => c.operation === "cardCheck" && c.field === `/${field}` && c.summary.includes(": example "))
    .map((c) => c.summary);
  const request = is.operations.find((op) => op.name === "cardCheck")?.request.example ?? {};
  return { summaries, carried: request[field] };
}

const VERSION = "      type: interfaceVersion\n";
const KEY = "      format: N10\n";
const AMOUNT = "      condition: When the check reserves an amount.\n";

test("an interfaceVersion's example gone: the example messages carry the recommended version", async () => {
  const { summaries, carried } = await exampleChange([withExample(VERSION, "IR_WS_2.40")], [], "interfaceVersion");
  expect(summaries).toEqual([
    "interfaceVersion: example IR_WS_2.40 → none; the example messages carry the recommended interfaceVersion instead (without one, the prefix and the newest version its fields name).",
  ]);
  expect(carried).toBe("IR_WS_2.46");
});

test("a required field's example gone: the example messages carry a made-up value", async () => {
  const { summaries, carried } = await exampleChange([withExample(KEY, "3")], [], "keyVersion");
  expect(summaries).toEqual([
    "keyVersion: example 3 → none; the example messages carry a value made up from its type, format and values instead.",
  ]);
  expect(carried).not.toBe(3);
  expect(carried).not.toBeUndefined();
});

test("an optional field's example gone: the example messages leave the field out", async () => {
  const { summaries, carried } = await exampleChange([withExample(AMOUNT, "100")], [], "amount");
  expect(summaries).toEqual(["amount: example 100 → none; the example messages leave it out."]);
  expect(carried).toBeUndefined();
});

test("an example given: the example messages now carry it", async () => {
  const { summaries, carried } = await exampleChange([], [withExample(AMOUNT, "100")], "amount");
  expect(summaries).toEqual(["amount: example none → 100; the example messages now carry it."]);
  expect(carried).toBe(100);
});
