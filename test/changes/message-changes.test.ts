// `npm run changes` on the golden fixture, a message as a whole: how it
// travels, where its saved facts stop, and the callback Sips posts back.
import path from "node:path";
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { specModel } from "../../generator/changes/spec-model.js";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import type { SpecModel } from "../../generator/model/ir.js";
import {
  CALLBACK,
  CALLBACK_AMOUNT,
  OP,
  PAYPAGE,
  changeLine,
  edited,
  goldenInput,
  modelOf,
  testCases,
  type ChangeCase,
} from "../support/golden-changes.js";
import { withFiles } from "../support/sync-memory.js";
import { CALLBACK_PAGE, CITE_CALLBACK_PAGE, callbackPage } from "../support/callback-page.js";

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
  // Its unknown fields were warnings already, but its type gains an index signature: `keyof` it widens to
  // `string | number`, and a reader's `Omit` over it keeps only that signature.
  {
    kind: "facts-stop added to a response: its type reads other fields as unknown",
    edits: [
      [OP, "response:\n  fields:", "response:\n  factsStop: { see: https://payment.example.com/docs }\n  fields:"],
    ],
    want: ["cardCheck response - facts-stop breaking-response"],
    semver: "major",
  },
  {
    kind: "facts-stop taken back from a response: code reading a field beyond them by name stops compiling",
    edits: [
      [OP, "response:\n  fields:", "response:\n  factsStop: { see: https://payment.example.com/docs }\n  fields:"],
    ],
    reversed: true,
    want: ["cardCheck response - facts-stop breaking-response"],
    semver: "major",
  },
  // After getTransactionData's DR_WS_2.55 copy, which prints s10TransactionReference (optional) beyond where the
  // saved facts stopped: a caller sent it under beyondFacts, which refuses a field the request holds.
  {
    kind: "an optional field added to a request whose facts stop: who sent it under beyondFacts must move it",
    edits: [
      [
        PAYPAGE,
        '    merchantId: { from: dictionary, presence: required, since: "2.0" }\n',
        '    merchantId: { from: dictionary, presence: required, since: "2.0" }\n    orderLabel: { presence: optional, since: "2.6", type: string, description: Label. }\n',
      ],
    ],
    want: ["cardPaymentInit request /orderLabel field-added breaking-request"],
    semver: "major",
  },
  {
    kind: "an optional field added to a request whose facts do not stop: additive",
    edits: [
      [
        OP,
        "unit.\n  fields:\n",
        'unit.\n  fields:\n    orderLabel: { presence: optional, since: "2.6", type: string, description: Label. }\n',
      ],
    ],
    want: ["cardCheck request /orderLabel field-added additive"],
    semver: "minor",
  },
  {
    kind: "facts-stop moved",
    edits: [[PAYPAGE, "    after: merchantId\n", "    after: keyVersion\n"]],
    want: ["cardPaymentInit request - facts-stop docs"],
    semver: "patch",
  },
  {
    kind: "facts-stop's notes reworded: the reference page, the JSON Schema and the OpenAPI document print them",
    edits: [
      [
        PAYPAGE,
        "    after: merchantId\n    see: https://payment.example.com/docs/cardPaymentInit\n",
        "    after: merchantId\n    see: https://payment.example.com/docs/cardPaymentInit\n    notes: [The rest is not public.]\n",
      ],
    ],
    want: ["cardPaymentInit request - facts-stop docs"],
    semver: "patch",
  },
  // A field beyond the facts said to carry a secret (an IBAN the page's request sends where the saved facts stop):
  // every issue of the message loses its value, as when a field is marked sensitive.
  {
    kind: "a secret beyond the facts: the request's issues lose their values",
    edits: [[PAYPAGE, "    after: merchantId\n", "    after: merchantId\n    sensitive: the buyer's IBAN\n"]],
    want: ["cardPaymentInit request - sensitive additive"],
    semver: "minor",
  },
  {
    kind: "a secret beyond the facts no longer: the request's issues carry their values again",
    edits: [[PAYPAGE, "    after: merchantId\n", "    after: merchantId\n    sensitive: the buyer's IBAN\n"]],
    reversed: true,
    want: ["cardPaymentInit request - sensitive additive"],
    semver: "minor",
  },
  // A callback is read as a response is: its type gains or loses the index signature of fields beyond its facts.
  {
    kind: "facts-stop given to a callback: its type reads other fields as unknown",
    edits: [
      [
        PAYPAGE,
        "  encoding: data\n  fields:",
        "  encoding: data\n  factsStop: { see: https://payment.example.com/docs/result }\n  fields:",
      ],
    ],
    want: ["cardPaymentInit callback - facts-stop breaking-response"],
    semver: "major",
  },
  {
    kind: "facts-stop taken back from a callback: code reading a field beyond them by name stops compiling",
    edits: [
      [
        PAYPAGE,
        "  encoding: data\n  fields:",
        "  encoding: data\n  factsStop: { see: https://payment.example.com/docs/result }\n  fields:",
      ],
    ],
    reversed: true,
    want: ["cardPaymentInit callback - facts-stop breaking-response"],
    semver: "major",
  },
  // Its type is open before and after: only where the warning says the facts stop changes.
  {
    kind: "facts-stop of a response moved: docs, its type open throughout",
    edits: [[PAYPAGE, "    after: redirectionUrl\n", ""]],
    want: ["cardPaymentInit response - facts-stop docs"],
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
    kind: "callback renamed, a field of it changed too: the field's change is reported as well",
    edits: [
      [PAYPAGE, "  name: cardPaymentResult\n", "  name: cardPaymentOutcome\n"],
      [PAYPAGE, CALLBACK_AMOUNT, CALLBACK_AMOUNT.replace("presence: undocumented", "presence: required")],
    ],
    want: [
      "cardPaymentInit callback - callback-removed breaking-response",
      "cardPaymentInit callback /amount presence breaking-response",
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

test("a request field a release of a page whose facts stop adds or drops: the summary says what beyondFacts changes", async () => {
  const label = '    orderLabel: { presence: optional, since: "2.6", type: string, description: Label. }\n';
  const merchant = '    merchantId: { from: dictionary, presence: required, since: "2.0" }\n';
  const [before, after] = await Promise.all([
    modelOf(goldenInput),
    modelOf(edited(goldenInput, [[PAYPAGE, merchant, merchant + label]])),
  ]);
  const summaries = (changes: ReturnType<typeof compareSpecs>) =>
    changes.filter((c) => c.field === "/orderLabel").map((c) => c.summary);
  expect(summaries(compareSpecs(before, after))).toEqual([
    "optional request field orderLabel added (since 2.6). A sender that gave it under beyondFacts, as the request's saved facts stopped before it, must give it among the fields now: the types refuse it there, and so does the client. Its message's seal field list changes; no existing seal does.",
  ]);
  expect(summaries(compareSpecs(after, before))).toEqual([
    "request field orderLabel removed: code setting it stops compiling (a sender gives it under beyondFacts now), and requests carrying it get a warning, refused when strict, as beyond the saved facts. Its message's seal field list changes; no existing seal does.",
  ]);
});

test("a callback's changelog: rows its page's new release orders otherwise, as an operation's", async () => {
  // The callback cites a page whose changelog lists its two fields, in one order and then the other.
  const cited = edited(goldenInput, [[PAYPAGE, ...CITE_CALLBACK_PAGE]]);
  const [before, after] = await Promise.all([
    modelOf(withFiles(cited, [[CALLBACK_PAGE, callbackPage(["amount", "responseCode"])]])),
    modelOf(withFiles(cited, [[CALLBACK_PAGE, callbackPage(["responseCode", "amount"])]])),
  ]);
  const rows = (model: SpecModel) =>
    model.operations.find((op) => op.name === "cardPaymentInit")?.callback?.changelog.map((r) => r.field);
  expect([rows(before), rows(after)]).toEqual([
    ["amount", "responseCode"],
    ["responseCode", "amount"],
  ]);
  expect(compareSpecs(before, after).map((c) => `${changeLine(c)}: ${c.summary}`)).toEqual([
    "cardPaymentInit callback - changelog docs: callback's changelog (CHANGELOG.md, the reference page): rows in another order.",
  ]);
});

test("a cited page read with an error: no model to compare, the page's error at its place", async () => {
  // Its rows would be ordered as the page misreads them: a move the page never made.
  const cited = edited(goldenInput, [[PAYPAGE, ...CITE_CALLBACK_PAGE]]);
  const page = callbackPage(["amount", "responseCode"]);
  const heading = page.split("\n").indexOf("Changelog") + 1;
  const result = await specModel(withFiles(cited, [[CALLBACK_PAGE, page.replace("\nChangelog\n", "\nChangelgo\n")]]));
  expect(
    "diagnostics" in result && result.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic),
  ).toEqual([
    `${path.posix.join(goldenInput.displayRoot, CALLBACK_PAGE)}:${heading}:1 error page-misspelled-heading "Changelgo" is not a heading of a Sips page; did you mean "Changelog"? (read as it)`,
  ]);
});

test("a spec error beside a cited page read with an error: both reported at once", async () => {
  // Without it: the spec's error alone, the page's waiting until the spec was mended.
  const cited = edited(goldenInput, [
    [PAYPAGE, ...CITE_CALLBACK_PAGE],
    [PAYPAGE, "method: POST", "method: PUST"],
  ]);
  const page = callbackPage(["amount", "responseCode"]);
  const result = await specModel(withFiles(cited, [[CALLBACK_PAGE, page.replace("\nChangelog\n", "\nChangelgo\n")]]));
  const codes = "diagnostics" in result ? result.diagnostics.filter((d) => d.severity === "error") : [];
  expect(codes.map((d) => [path.basename(d.file), d.code])).toEqual([
    ["cardPaymentInit.yaml", expect.any(String)],
    ["result.page.txt", "page-misspelled-heading"],
  ]);
});

// After getTransactionData's DR_WS_2.55 copy, whose s10TransactionReference brings the rows of the dictionary
// container's two fields to the changelog: the field's change names them, as the diff of CHANGELOG.md shows them.
test("a container field added or removed names the changelog rows that come and go with it", async () => {
  const customer = '    customer: { from: dictionary, presence: optional, since: "2.20" }\n';
  const [golden, without] = await Promise.all([
    modelOf(goldenInput),
    modelOf(edited(goldenInput, [[OP, customer, ""]])),
  ]);
  const said = (changes: ReturnType<typeof compareSpecs>) =>
    changes.filter((c) => c.field === "/customer").map((c) => c.summary.replace(/^.*?\. /, ""));
  const rows = "customer.name, customer.address, address.zipCode, address.country";
  expect(said(compareSpecs(golden, without))).toEqual([
    `Its message's seal field list changes; no existing seal does. Its fields' rows (${rows}) leave the changelog with it (CHANGELOG.md, the reference page).`,
  ]);
  expect(said(compareSpecs(without, golden))).toEqual([
    `Its message's seal field list changes; no existing seal does. Its fields' rows (${rows}) come with it in the changelog (CHANGELOG.md, the reference page).`,
  ]);
});

test("a secret beyond the facts, said where a field of the message carries one already, changes only the docs", async () => {
  const field: [string, string, string] = [
    PAYPAGE,
    "      format: N2\n",
    "      format: N2\n      sensitive: a secret of the buyer\n",
  ];
  const beyond: [string, string, string] = [
    PAYPAGE,
    "    after: merchantId\n",
    "    after: merchantId\n    sensitive: the buyer's IBAN\n",
  ];
  const withField = await modelOf(edited(goldenInput, [field]));
  const withBoth = await modelOf(edited(goldenInput, [field, beyond]));
  expect(compareSpecs(withField, withBoth).map(changeLine)).toEqual(["cardPaymentInit request - sensitive docs"]);
  // And the other way: the field marked where the secret beyond the facts was said already.
  const withBeyond = await modelOf(edited(goldenInput, [beyond]));
  expect(compareSpecs(withBeyond, withBoth).map(changeLine)).toEqual([
    "cardPaymentInit request /captureDay sensitive docs",
  ]);
});

test("facts that stop given to a response: the summary names the keys its type then has, string | number", async () => {
  const stop: [string, string, string] = [
    OP,
    "response:\n  fields:",
    "response:\n  factsStop: { see: https://payment.example.com/docs }\n  fields:",
  ];
  const [change] = compareSpecs(await modelOf(goldenInput), await modelOf(edited(goldenInput, [stop])));
  // It said keyof widened "to every string": an index signature of string keys takes numbers too.
  expect(change?.summary).toContain("keyof the type is string | number");
});
