// `npm run changes` on the golden fixture, a message as a whole: how it
// travels, where its saved facts stop, and the callback Sips posts back.
import { CALLBACK, OP, PAYPAGE, testCases, type ChangeCase } from "../support/golden-changes.js";

const cases: ChangeCase[] = [
  {
    kind: "facts-stop removed from a request",
    edits: [
      [PAYPAGE, "  factsStop:\n    after: merchantId\n    see: https://payment.example.com/docs/cardPaymentInit\n", ""],
    ],
    want: ["cardPaymentInit request - facts-stop breaking-request"],
    semver: "major",
  },
  {
    kind: "facts-stop added to a request",
    edits: [[OP, "request:\n", "request:\n  factsStop: { see: https://payment.example.com/docs/cardCheck }\n"]],
    want: ["cardCheck request - facts-stop additive"],
    semver: "minor",
  },
  {
    kind: "facts-stop added to a response (its unknown fields were warnings already)",
    edits: [
      [PAYPAGE, "response:\n  fields:", "response:\n  factsStop: { see: https://payment.example.com/docs }\n  fields:"],
    ],
    want: ["cardPaymentInit response - facts-stop docs"],
    semver: "patch",
  },
  {
    kind: "facts-stop moved",
    edits: [[PAYPAGE, "    after: merchantId\n", "    after: keyVersion\n"]],
    want: ["cardPaymentInit request - facts-stop docs"],
    semver: "patch",
  },
  {
    kind: "encoding",
    edits: [[PAYPAGE, "response:\n", "response:\n  encoding: data\n"]],
    want: ["cardPaymentInit response - encoding breaking-response,seal"],
    semver: "major",
  },
  {
    kind: "callback removed",
    edits: [[PAYPAGE, CALLBACK, ""]],
    want: ["cardPaymentInit callback - callback-removed breaking-response"],
    semver: "major",
  },
  {
    kind: "callback renamed: its names change",
    edits: [[PAYPAGE, "  name: cardPaymentResult\n", "  name: cardPaymentOutcome\n"]],
    want: [
      "cardPaymentInit callback - callback-removed breaking-response",
      "cardPaymentInit callback - callback-added additive",
    ],
    semver: "major",
  },
  {
    kind: "a callback's summary and notes",
    edits: [
      [PAYPAGE, "summary: The outcome of a card payment,", "summary: The result of a card payment,"],
      [PAYPAGE, "  encoding: data\n  fields:", "  encoding: data\n  source: { notes: [Posted once.] }\n  fields:"],
    ],
    want: ["cardPaymentInit callback - description docs", "cardPaymentInit callback - description docs"],
    semver: "patch",
  },
];

testCases(cases);
