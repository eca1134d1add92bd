// `npm run changes` on the golden fixture, what one operation's field takes of
// a value list (its own `values:` and meanings), and the names it exports for
// that.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import {
  OP,
  PAYPAGE,
  REFUND,
  edited,
  goldenInput,
  modelOf,
  modelOfGolden,
  testCases,
  type ChangeCase,
} from "../support/golden-changes.js";

const cases: ChangeCase[] = [
  {
    kind: "value-removed for one operation only (values: narrows its request field), the list unchanged",
    edits: [
      [
        OP,
        "      valueList: channel\n      description: |-",
        "      valueList: channel\n      values: [INTERNET]\n      description: |-",
      ],
    ],
    want: [
      "cardCheck request /orderChannel value-removed breaking-request",
      "cardCheck request /orderChannel exported-names additive",
    ],
    semver: "major",
  },
  {
    kind: "value-added for one operation only (its values: widened to the whole list: its own names go)",
    edits: [[REFUND, "      values: [INTERNET]\n", "      values: [INTERNET, MOTO]\n"]],
    // It takes the whole list: its narrowed type, guard and values are no longer exported.
    want: [
      "cardRefund request /channels exported-names breaking-request",
      "cardRefund request /channels value-added additive",
    ],
    semver: "major",
  },
  {
    kind: "a prefix list's value taken by one operation: its docs and value table only, the validator checks its prefix",
    edits: [[REFUND, "      values: [IR_WS_2.4]\n", "      values: [HP_x.x, IR_WS_2.4]\n"]],
    want: ["cardRefund request /interfaceVersion value-added docs"],
    semver: "patch",
  },
  {
    kind: "another value for one operation (values: changed)",
    edits: [[REFUND, "      values: [INTERNET]\n", "      values: [MOTO]\n"]],
    want: [
      "cardRefund request /channels value-removed breaking-request",
      "cardRefund request /channels value-added additive",
    ],
    semver: "major",
  },
  {
    kind: "values: written out with every value it took (pinning): nothing",
    edits: [
      [
        OP,
        "      valueList: channel\n      description: |-",
        "      valueList: channel\n      values: [INTERNET, MOTO]\n      description: |-",
      ],
    ],
    want: [],
    semver: "none",
  },
  {
    kind: "meaning of an operation's own, reworded: its own constant, named for it, is renamed",
    edits: [[REFUND, '"00": Refund accepted', '"00": Refund done']],
    // CardRefundStatusCode.REFUND_ACCEPTED becomes REFUND_DONE: its readers' code stops compiling.
    want: [
      "cardRefund response /statusCode exported-names breaking-response",
      "cardRefund response /statusCode meaning docs",
    ],
    semver: "major",
  },
  {
    kind: "meaning of an operation's own, reworded past the words its constant is named for: docs only",
    edits: [[REFUND, '"00": Refund accepted', '"00": Refund accepted.']],
    want: ["cardRefund response /statusCode meaning docs"],
    semver: "patch",
  },
  {
    kind: "a meaning of its own given to a value (meanings:): constants of its own, additive",
    edits: [
      [
        OP,
        "      valueList: channel\n      description: |-",
        "      valueList: channel\n      meanings: { MOTO: By mail or telephone }\n      description: |-",
      ],
    ],
    want: ["cardCheck request /orderChannel exported-names additive", "cardCheck request /orderChannel meaning docs"],
    semver: "minor",
  },
  {
    kind: "no meaning given to a value its page gives none (meanings: [] ): the shared names kept as its own, docs",
    edits: [
      [
        OP,
        "      valueList: channel\n      description: |-",
        "      valueList: channel\n      meanings: { MOTO: [] }\n      description: |-",
      ],
    ],
    want: ["cardCheck request /orderChannel exported-names additive", "cardCheck request /orderChannel meaning docs"],
    semver: "minor",
  },
  {
    kind: "a callback's field narrowed (values:): its readers, as a response's",
    edits: [
      [
        PAYPAGE,
        "      valueList: statusCode\n      description: Outcome of the payment.",
        '      valueList: statusCode\n      values: ["00"]\n      description: Outcome of the payment.',
      ],
    ],
    want: [
      "cardPaymentInit callback /responseCode value-removed breaking-response",
      "cardPaymentInit callback /responseCode exported-names additive",
    ],
    semver: "major",
  },
];

testCases(cases);

test("an operation's own constant renamed by a meaning reworded is said with both names", async () => {
  const before = await modelOfGolden();
  const spec = edited(goldenInput, [[REFUND, '"00": Refund accepted', '"00": Refund done']]);
  const [renamed] = compareSpecs(before, await modelOf(spec));
  expect(renamed?.summary).toBe(
    "constant of value 00 in the operation's own constants (list statusCode) renamed REFUND_ACCEPTED → REFUND_DONE: code using the old name stops compiling.",
  );
});

test("a meaning its page gives none is said removed, not reworded", async () => {
  const before = await modelOfGolden();
  const spec = edited(goldenInput, [
    [
      OP,
      "      valueList: channel\n      description: |-",
      "      valueList: channel\n      meanings: { MOTO: [] }\n      description: |-",
    ],
  ]);
  const meaning = compareSpecs(before, await modelOf(spec)).find((c) => c.kind === "meaning");
  expect(meaning?.summary).toBe("meaning of MOTO (list channel) removed: this operation's page gives none.");
});

test("the meanings of several values its page gives none of are said removed in one line", async () => {
  const before = await modelOfGolden();
  const spec = edited(goldenInput, [
    [
      OP,
      "      valueList: channel\n      description: |-",
      "      valueList: channel\n      meanings: { INTERNET: [], MOTO: [] }\n      description: |-",
    ],
  ]);
  const meanings = compareSpecs(before, await modelOf(spec)).filter((c) => c.kind === "meaning");
  expect(meanings.map((c) => c.summary)).toEqual([
    "meanings of INTERNET, MOTO (list channel) removed: this operation's page gives none of them.",
  ]);
});

test("an operation's own names for what a field takes of its list: gone when it takes the list whole again", async () => {
  const before = await modelOfGolden();
  const spec = edited(goldenInput, [[REFUND, "      values: [INTERNET]\n", "      values: [INTERNET, MOTO]\n"]]);
  const [gone] = compareSpecs(before, await modelOf(spec));
  expect(gone?.summary).toBe(
    "CardRefundChannel, CARD_REFUND_CHANNEL_VALUES, isCardRefundChannel no longer exported (what the field takes of its list, now all of it; the list's own names serve): code that names them stops compiling.",
  );
});
