// A change listed under two sections (names a request's and a callback's field
// shared, gone: senders and readers break) is told whole in each, its names
// beside its operation: each side reads its own section. Another change that
// gives its subject the same aside says it once in the report
// (test/changes/line-asides.test.ts).
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport, toMarkdown } from "../../generator/changes/report.js";
import { PAYPAGE, edited, goldenInput, modelOf, type Edit } from "../support/golden-changes.js";

const CALLBACK_CODE = "      valueList: statusCode\n      description: Outcome of the payment.";
const callbackNarrowed: Edit = [
  PAYPAGE,
  CALLBACK_CODE,
  CALLBACK_CODE.replace("statusCode\n", 'statusCode\n      values: ["00"]\n'),
];
/** A request field of statusCode, given `values` (a YAML line or none): narrowed as the callback's, they share names. */
const requestField = (values: string): Edit => [
  PAYPAGE,
  '    seal: { from: dictionary, since: "2.0" }\nresponse:',
  `    seal: { from: dictionary, since: "2.0" }\n    wanted:\n      presence: optional\n      since: "2.0"\n      valueList: statusCode\n${values}      description: Outcome wanted.\nresponse:`,
];

test("names gone that break senders and readers are named in both sections", async () => {
  const both = await modelOf(edited(goldenInput, [requestField('      values: ["00"]\n'), callbackNarrowed]));
  const whole = await modelOf(edited(goldenInput, [requestField("")]));
  const gone = compareSpecs(both, whole).filter((c) => c.kind === "exported-names");
  expect(gone.map((c) => c.classes)).toEqual([["breaking-request", "breaking-response"]]);
  const names = gone[0]?.line?.aside ?? "";
  expect(names).not.toBe("");
  const markdown = toMarkdown(changesReport(gone), "main");
  const sections = markdown.split("\n### ").slice(1);
  expect(sections.map((s) => s.slice(0, s.indexOf("\n")))).toEqual([
    "Breaking for senders of requests",
    "Breaking for readers of responses",
  ]);
  // Without it, the readers' line said "no longer exported" of names it did not give.
  for (const section of sections) expect(section).toContain(`**cardPaymentInit** (${names}) request \`/wanted\`: `);
});
