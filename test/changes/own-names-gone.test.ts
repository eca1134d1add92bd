// `npm run changes` on the golden fixture, the names a field's own values are
// exported under (operations/<op>/values.ts) going away or coming: a callback's
// and a response's are read, so names gone break their readers.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import {
  OP,
  PAYPAGE,
  REFUND,
  changeLine,
  edited,
  goldenInput,
  modelOf,
  modelOfGolden,
  testCases,
  type ChangeCase,
  type Edit,
} from "../support/golden-changes.js";

const CALLBACK_CODE = "      valueList: statusCode\n      description: Outcome of the payment.";
/** The callback's responseCode narrowed to one value: the operation exports its own names for it. */
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
const CHECK_CODE = "      valueList: statusCode\n      description: Outcome.";

const cases: ChangeCase[] = [
  {
    kind: "a callback's field takes the whole list again: its own names go, breaking its readers",
    edits: [callbackNarrowed],
    reversed: true,
    want: [
      "cardPaymentInit callback /responseCode exported-names breaking-response",
      "cardPaymentInit callback /responseCode value-added additive",
    ],
    semver: "major",
  },
  {
    kind: "a response's field narrowed (values:): its readers break, its own names come",
    edits: [[OP, CHECK_CODE, CHECK_CODE.replace("statusCode\n", 'statusCode\n      values: ["00"]\n')]],
    want: [
      "cardCheck response /statusCode value-removed breaking-response",
      "cardCheck response /statusCode exported-names additive",
    ],
    semver: "major",
  },
  {
    kind: "a response's field takes the whole list again, in its words: its own names go",
    edits: [[REFUND, '      values: ["00"]\n      meanings:\n        "00": Refund accepted\n', ""]],
    want: [
      "cardRefund response /statusCode exported-names breaking-response",
      "cardRefund response /statusCode value-added additive",
      "cardRefund response /statusCode meaning docs",
    ],
    semver: "major",
  },
];

testCases(cases);

test("a callback's own names gone are said by name", async () => {
  const narrowed = await modelOf(edited(goldenInput, [callbackNarrowed]));
  const gone = compareSpecs(narrowed, await modelOfGolden()).find((c) => c.kind === "exported-names");
  expect(gone?.summary).toBe(
    "CardPaymentInitStatusCode, CARD_PAYMENT_INIT_STATUS_CODE_VALUES, isCardPaymentInitStatusCode no longer exported (what the field takes of its list, now all of it; the list's own names serve): code that names them stops compiling.",
  );
});

test("names a request's and a callback's field shared, gone when both take the whole list: senders and readers break", async () => {
  const both = await modelOf(edited(goldenInput, [requestField('      values: ["00"]\n'), callbackNarrowed]));
  const whole = await modelOf(edited(goldenInput, [requestField("")]));
  const changes = compareSpecs(both, whole);
  expect(changes.map(changeLine)).toEqual([
    "cardPaymentInit request /wanted exported-names breaking-request,breaking-response",
    "cardPaymentInit request /wanted value-added additive",
    "cardPaymentInit callback /responseCode value-added additive",
  ]);
  expect(changes[0]?.summary).toBe(
    "CardPaymentInitStatusCode, CARD_PAYMENT_INIT_STATUS_CODE_VALUES, isCardPaymentInitStatusCode no longer exported (what the fields request /wanted and callback /responseCode take of their list): code that names them stops compiling.",
  );
});
