// `npm run changes` on the golden fixture: a table of one edit each, given
// the edit of the spec, want the kinds, classes and verdict of what it changes.
// Each edited spec is made in memory from the fixture's files, read once:
// compareSpecs reads models only, and the files a case leaves as they are
// keep their parses (test/support/shared-parses.ts), where a copy on disk,
// under a path of its own, had every file parsed again.
import path from "node:path";
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport, toMarkdown } from "../../generator/changes/report.js";
import { specModel } from "../../generator/changes/spec-model.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import type { SpecModel } from "../../generator/model/ir.js";
import { fixturesDir } from "../support/paths.js";
import { withFiles } from "../support/sync-memory.js";

const golden = path.join(fixturesDir, "golden", "spec");
const OP = "operations/office/cardCheck.yaml";
const PAYPAGE = "operations/paypage/cardPaymentInit.yaml";
const FIELDS = "dictionary/fields.yaml";
const LISTS = "dictionary/lists.yaml";
const REFUND = "operations/office/cardRefund.yaml";
/** The first field of the dictionary's customer container. */
const NAME =
  '      name:\n        presence: required\n        since: "2.0"\n        format: ANSU50\n        description: Name of the buyer.\n';
const goldenInput = await readSpecInput(golden);
/** The text of one of the fixture's files. */
function textOf(input: SpecInput, relPath: string): string {
  const file = input.files.find((f) => f.relPath === relPath);
  if (!file) throw new Error(`the spec has no ${relPath}`);
  return file.text;
}
// The fixture's callback, the last block of its operation, and its last field.
const paypageText = textOf(goldenInput, PAYPAGE);
const CALLBACK = paypageText.slice(paypageText.indexOf("callback:\n"));
const CALLBACK_AMOUNT = CALLBACK.slice(CALLBACK.indexOf("    amount:\n"));

async function modelOf(input: SpecInput): Promise<SpecModel> {
  const result = await specModel(input);
  if ("diagnostics" in result) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return result.model;
}

/** The fixture's model, built once: every case compares an edited copy with it, and compareSpecs only reads. */
let goldenModel: Promise<SpecModel> | undefined;
const modelOfGolden = (): Promise<SpecModel> => (goldenModel ??= modelOf(goldenInput));

type Edit = readonly [file: string, from: string, to: string];

/** `input` with each edit's `from` replaced by `to` in its file, failing loudly when `from` is absent (a stale case), and `added` files. */
function edited(input: SpecInput, edits: readonly Edit[], added: Readonly<Record<string, string>> = {}): SpecInput {
  const texts = new Map<string, string>();
  for (const [file, from, to] of edits) {
    const text = texts.get(file) ?? textOf(input, file);
    if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
    texts.set(file, text.replace(from, to));
  }
  for (const [file, text] of Object.entries(added)) texts.set(file, text);
  return withFiles(input, [], texts);
}
const cases: { kind: string; edits: Edit[]; copyAs?: string; want: string[]; semver: string }[] = [
  {
    kind: "operation-added",
    edits: [],
    copyAs: "pingCheck",
    want: ["pingCheck - - operation-added additive"],
    semver: "minor",
  },
  {
    kind: "field-added (optional request field)",
    edits: [
      [
        OP,
        "    referenceId:\n",
        '    note: { presence: optional, since: "2.50", description: A note. }\n    referenceId:\n',
      ],
    ],
    want: ["cardCheck request /note field-added additive"],
    semver: "minor",
  },
  {
    kind: "field-added (required response field)",
    edits: [
      [OP, "    cards:\n", '    note: { presence: required, since: "2.50", description: A note. }\n    cards:\n'],
    ],
    want: ["cardCheck response /note field-added breaking-response"],
    semver: "major",
  },
  {
    kind: "field-removed",
    edits: [
      [
        OP,
        "    referenceId:\n      presence: undocumented\n      since: undocumented\n      format: AN35\n      description: Reference of the check.\n",
        "",
      ],
    ],
    want: ["cardCheck request /referenceId field-removed breaking-request"],
    semver: "major",
  },
  {
    kind: "field-order: a message's fields, and a container's (in each message that holds it)",
    edits: [
      [
        OP,
        '    keyVersion:\n      presence: required\n      since: "2.0"\n      type: integer\n      format: N10\n      description: Version of the secret key.\n',
        "",
      ],
      [
        OP,
        "    interfaceVersion:\n",
        '    keyVersion:\n      presence: required\n      since: "2.0"\n      type: integer\n      format: N10\n      description: Version of the secret key.\n    interfaceVersion:\n',
      ],
      [FIELDS, NAME, ""],
      [
        FIELDS,
        "            description: ISO 3166 country code.\n",
        `            description: ISO 3166 country code.\n${NAME}`,
      ],
    ],
    want: [
      "cardCheck request - field-order docs",
      "cardCheck request /customer field-order docs",
      "cardCheck response /customer field-order docs",
    ],
    semver: "patch",
  },
  {
    kind: "presence (response field made required)",
    edits: [[OP, "    cards:\n      presence: optional", "    cards:\n      presence: required"]],
    want: ["cardCheck response /cards presence breaking-response"],
    semver: "major",
  },
  {
    kind: "presence (request field made optional)",
    edits: [[OP, "    keyVersion:\n      presence: required", "    keyVersion:\n      presence: optional"]],
    want: ["cardCheck request /keyVersion presence additive"],
    semver: "minor",
  },
  {
    kind: "since (later, in a request)",
    edits: [
      [
        OP,
        '    orderChannel:\n      presence: optional\n      since: "2.5"',
        '    orderChannel:\n      presence: optional\n      since: "2.6"',
      ],
    ],
    want: ["cardCheck request /orderChannel since breaking-request"],
    semver: "major",
  },
  {
    kind: "shared-value-added: every field that takes the whole list takes it, a field with values: does not",
    edits: [[LISTS, "      MOTO:\n", "      MOBILE:\n        meaning: Mobile\n      MOTO:\n"]],
    want: [
      "list channel - - shared-value-added additive",
      "cardCheck request /channels value-added additive",
      "cardCheck request /orderChannel value-added additive",
    ],
    semver: "minor",
  },
  {
    kind: "shared-value-removed (response list): the operation that takes it, not the one that leaves it out",
    edits: [[LISTS, '      "99":\n        name: INTERNAL_ERROR\n        meaning: Internal error\n', ""]],
    want: [
      "list statusCode - - shared-value-removed breaking-request,breaking-response",
      "cardCheck response /statusCode value-removed breaking-response",
      "cardPaymentInit callback /responseCode value-removed breaking-response",
      // cardRefund takes the whole list again: its narrowed type and guard are gone.
      "cardRefund response /statusCode exported-names breaking-response",
    ],
    semver: "major",
  },
  {
    kind: "shared-value-renamed",
    edits: [[LISTS, "name: INTERNAL_ERROR", "name: SERVER_ERROR"]],
    want: ["list statusCode - - shared-value-renamed breaking-request,breaking-response"],
    semver: "major",
  },
  {
    kind: "shared-meaning: the operations that take the value with the general meaning",
    edits: [[LISTS, "meaning: Internet", "meaning: The Internet"]],
    want: [
      "list channel - - shared-meaning docs",
      "cardCheck request /channels meaning docs",
      "cardCheck request /orderChannel meaning docs",
      "cardRefund request /channels meaning docs",
    ],
    semver: "patch",
  },
  {
    kind: "a prefix list's value printed otherwise, for the same prefix: its constant is the same, docs only",
    edits: [[LISTS, "      HP_x.x:\n", "      HP_3.x:\n"]],
    want: ["list family - - shared-value-printed docs"],
    semver: "patch",
  },
  {
    kind: "shared-list-match: a prefix list made exact, once for the list (its constant HP holds HP_x.x, no longer HP_)",
    edits: [
      [LISTS, "  family:\n    match: prefix\n", "  family:\n"],
      [LISTS, "        prefix: HP_\n", ""],
    ],
    // cardRefund's interfaceVersion takes one value of the list: narrowing an exact list, it gets a type and a guard.
    want: [
      "list family - - shared-list-match breaking-request,breaking-response",
      "cardRefund request /interfaceVersion exported-names additive",
    ],
    semver: "major",
  },
  {
    kind: "shared-list-added",
    edits: [[LISTS, "  channel:\n", "  brand:\n    values:\n      VISA:\n        meaning: Visa\n  channel:\n"]],
    want: ["list brand - - shared-list-added additive"],
    semver: "minor",
  },
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
    edits: [[REFUND, "      values: [IR_WS_]\n", "      values: [HP_x.x, IR_WS_]\n"]],
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
    kind: "meaning of an operation's own",
    edits: [[REFUND, '"00": Refund accepted', '"00": Refund done']],
    want: ["cardRefund response /statusCode meaning docs"],
    semver: "patch",
  },
  {
    kind: "type-format (narrower, nested in a list of containers)",
    edits: [[OP, "            format: N6", "            format: N4"]],
    want: ["cardCheck response /cards/-/panExpiryDate type-format breaking-response"],
    semver: "major",
  },
  {
    kind: "type-renamed: a shared container type's rename, once for every field that holds it",
    edits: [[FIELDS, "typeName: PostalAddress", "typeName: BuyerAddress"]],
    want: ["type BuyerAddress - - type-renamed breaking-request,breaking-response"],
    semver: "major",
  },
  {
    kind: "type-format (a request field's value list taken away: its values are no longer checked)",
    edits: [[OP, "      valueList: channel\n      description: |-", "      description: |-"]],
    want: ["cardCheck request /orderChannel type-format additive"],
    semver: "minor",
  },
  {
    kind: "type-format (a value list given to a request field: its values are checked)",
    edits: [[OP, "      format: AN35\n", "      format: AN35\n      valueList: channel\n"]],
    want: ["cardCheck request /referenceId type-format breaking-request"],
    semver: "major",
  },
  {
    kind: "type-format (wider request format)",
    edits: [[OP, "      format: AN35", "      format: ANS40"]],
    want: ["cardCheck request /referenceId type-format additive"],
    semver: "minor",
  },
  {
    kind: "endpoint",
    edits: [[OP, "rs-services/v2/checkout/cardCheck\n  test", "rs-services/v3/checkout/cardCheck\n  test"]],
    want: ["cardCheck - - endpoint breaking-request"],
    semver: "major",
  },
  {
    kind: "recommended-interface-version",
    edits: [[OP, "recommended: IR_WS_2.46", "recommended: IR_WS_2.50"]],
    want: ["cardCheck - - recommended-interface-version additive"],
    semver: "minor",
  },
  {
    // A page release that moves an operation to another interface (IR_WS_ to IR_MB_): the validators refuse the old prefix.
    kind: "interface-prefix",
    edits: [[OP, "prefix: IR_WS_\n  recommended: IR_WS_2.46", "prefix: IR_MB_\n  recommended: IR_MB_2.46"]],
    want: [
      "cardCheck request - interface-prefix breaking-request",
      "cardCheck response - interface-prefix breaking-response",
      "cardCheck - - recommended-interface-version additive",
    ],
    semver: "major",
  },
  {
    kind: "recommended-interface-version (of another interface)",
    edits: [[PAYPAGE, "HP_: HP_3.4", "HP_: HP_3.5"]],
    want: ["cardPaymentInit - - recommended-interface-version additive"],
    semver: "minor",
  },
  {
    kind: "environment added",
    edits: [
      [
        PAYPAGE,
        "interfaceVersion:",
        "  test: https://payment.test.example.com/rs-services/v2/paymentInit\ninterfaceVersion:",
      ],
    ],
    want: ["cardPaymentInit - - environment additive"],
    semver: "minor",
  },
  {
    kind: "environment removed",
    edits: [
      [
        PAYPAGE,
        "  simu:\n    json: https://payment.simu.example.com/rs-services/v2/paymentInit\n    post: https://payment.simu.example.com/paymentInit\n",
        "",
      ],
    ],
    want: ["cardPaymentInit - - environment breaking-request"],
    semver: "major",
  },
  {
    kind: "endpoint (the HTML form's address moves)",
    edits: [
      [
        PAYPAGE,
        "post: https://payment.simu.example.com/paymentInit",
        "post: https://payment.simu.example.com/v2/paymentInit",
      ],
    ],
    want: ["cardPaymentInit - - endpoint breaking-request"],
    semver: "major",
  },
  {
    kind: "endpoint (a SOAP address added)",
    edits: [
      [
        OP,
        "  test: https://office-server.test.example.com/rs-services/v2/checkout/cardCheck",
        "  test:\n    json: https://office-server.test.example.com/rs-services/v2/checkout/cardCheck\n    soap: https://office-server.test.example.com/services/v2/checkout",
      ],
    ],
    want: ["cardCheck - - endpoint docs"],
    semver: "patch",
  },
  {
    kind: "endpoint (a SOAP address changes)",
    edits: [
      [
        PAYPAGE,
        "soap: https://payment.example.com/services/v2/paymentInit",
        "soap: https://payment.example.com/services/v3/paymentInit",
      ],
    ],
    want: ["cardPaymentInit - - endpoint docs"],
    semver: "patch",
  },
  {
    kind: "seal (an exclusion)",
    edits: [["sips.yaml", "exclude: [keyVersion, sealAlgorithm, seal]", "exclude: [sealAlgorithm, seal]"]],
    want: ["cardCheck request - seal seal", "cardPaymentInit request - seal seal", "cardRefund request - seal seal"],
    semver: "major",
  },
  {
    kind: "status: the accepted code changes (the mock's replies carry it; code that compares with it must follow)",
    edits: [[OP, '  accepted: "00"\n', '  accepted: "99"\n']],
    want: ["cardCheck response - status breaking-response"],
    semver: "major",
  },
  {
    kind: "status: a format error's code documented (the mock refuses with it, no longer with HTTP 400)",
    edits: [[OP, "  formatError: undocumented\n", '  formatError: "99"\n']],
    want: ["cardCheck response - status breaking-response"],
    semver: "major",
  },
  {
    kind: "status block removed (the error reports no longer carry the code)",
    edits: [
      [
        OP,
        'status:\n  field: statusCode\n  accepted: "00"\n  formatError: undocumented\n  signatureError: undocumented\n',
        "",
      ],
    ],
    want: ["cardCheck response - status breaking-response"],
    semver: "major",
  },
  {
    kind: "shared-value-prefix: the prefix a prefix list's value stands for changes, its printed text does not",
    edits: [[LISTS, "        name: WR_WS\n", "        name: WR_WS\n        prefix: WR_\n"]],
    want: [
      "list family - - shared-value-prefix breaking-request,breaking-response",
      // The operations whose interfaceVersion takes the whole list: their value tables hold the prefix.
      "cardCheck request /interfaceVersion value-added docs",
      "cardCheck request /interfaceVersion value-removed docs",
      "cardPaymentInit request /interfaceVersion value-added docs",
      "cardPaymentInit request /interfaceVersion value-removed docs",
    ],
    semver: "major",
  },
  {
    kind: "the platform's title, document version and example key: docs, reported once",
    edits: [
      ["sips.yaml", "platform: Sips 2.0", "platform: Sips 2.1"],
      ["sips.yaml", "documentVersion: 1.0.0", "documentVersion: 1.1.0"],
      ["sips.yaml", "secretKey: 002001000000001_KEY1", "secretKey: 002001000000001_KEY2"],
    ],
    want: ["platform - - description docs", "platform - - description docs", "platform - - description docs"],
    semver: "patch",
  },
  {
    kind: "credentials: the client fills another field from its configuration",
    edits: [["sips.yaml", "keyVersionField: keyVersion", "keyVersionField: sealAlgorithm"]],
    want: ["platform - - credentials breaking-request"],
    semver: "major",
  },
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
    kind: "callback field added (required)",
    edits: [
      [
        PAYPAGE,
        "      description: Amount paid.\n",
        '      description: Amount paid.\n    authorisationId: { presence: required, since: "2.0", description: Id. }\n',
      ],
    ],
    want: ["cardPaymentInit callback /authorisationId field-added breaking-response"],
    semver: "major",
  },
  {
    kind: "callback field removed",
    edits: [[PAYPAGE, CALLBACK_AMOUNT, ""]],
    want: ["cardPaymentInit callback /amount field-removed breaking-response"],
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
    kind: "description",
    edits: [[OP, "description: Amount to reserve.", "description: Amount to hold."]],
    want: ["cardCheck request /amount description docs"],
    semver: "patch",
  },
  {
    kind: "a field's notes, condition and example (its JSDoc, reference and examples)",
    edits: [
      [OP, "notes: [Sent for new customers only.]", "notes: [Sent for new customers.]"],
      [OP, "condition: When the check reserves an amount.", "condition: When the check holds an amount."],
      [OP, "      format: AN35\n", "      format: AN35\n      example: REF1\n"],
    ],
    want: [
      "cardCheck request /amount description docs",
      "cardCheck request /customer description docs",
      "cardCheck request /referenceId description docs",
    ],
    semver: "patch",
  },
  {
    kind: "the description of a list's items",
    edits: [[OP, "description: A card.", "description: One card."]],
    want: ["cardCheck response /cards description docs"],
    semver: "patch",
  },
  {
    kind: "an operation's notes and family, a message's notes",
    edits: [
      [OP, "family: Office", "family: Back office"],
      [OP, "  - Not a real Sips operation.", "  - Not a Sips operation."],
      [OP, "Amounts are in the smallest currency unit.", "Amounts are in cents."],
    ],
    want: ["cardCheck - - description docs", "cardCheck - - description docs", "cardCheck request - description docs"],
    semver: "patch",
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
  {
    kind: "a value list's description",
    edits: [[LISTS, "description: Outcome of the call.", "description: Outcome."]],
    want: ["list statusCode - - description docs"],
    semver: "patch",
  },
  {
    kind: "description of a dictionary field, nested in a container",
    edits: [[FIELDS, "description: Postal code.", "description: Postal code of the buyer."]],
    want: [
      "cardCheck request /customer/address/zipCode description docs",
      "cardCheck response /customer/address/zipCode description docs",
    ],
    semver: "patch",
  },
];

test.each(cases)("$kind", async ({ edits, copyAs, want, semver }) => {
  const before = await modelOfGolden();
  let spec = edited(goldenInput, edits);
  if (copyAs) {
    const other = textOf(spec, OP)
      .replace("operation: cardCheck", `operation: ${copyAs}`)
      .replaceAll("/cardCheck", `/${copyAs}`);
    spec = edited(spec, [], { [`operations/office/${copyAs}.yaml`]: other });
  }
  const changes = compareSpecs(before, await modelOf(spec));
  expect(
    changes.map(
      (c) =>
        `${c.operation ?? (c.list !== undefined ? `list ${c.list}` : c.type !== undefined ? `type ${c.type}` : "platform")} ${c.message ?? "-"} ${c.field ?? "-"} ${c.kind} ${c.classes.join(",")}`,
    ),
  ).toEqual(want);
  expect(changesReport(changes).semver).toBe(semver);
});

test("no change: verdict none", async () => {
  const model = await modelOfGolden();
  const report = changesReport(compareSpecs(model, model));
  expect(report).toEqual({ semver: "none", changes: [] });
  expect(toMarkdown(report, "main")).toBe(
    "## Spec changes since `main`: none\n\nNo change to the operations, their fields, values or seal.\n",
  );
});

test("Markdown lists seal and breaking changes before additive ones", async () => {
  const before = await modelOfGolden();
  const spec = edited(goldenInput, [
    [OP, "recommended: IR_WS_2.46", "recommended: IR_WS_2.50"],
    ["sips.yaml", "exclude: [seal]", "exclude: [statusCode, seal]"],
  ]);
  const markdown = toMarkdown(changesReport(compareSpecs(before, await modelOf(spec))), "v1.0.0");
  expect(markdown.split("\n").filter((l) => l.startsWith("#"))).toEqual([
    "## Spec changes since `v1.0.0`: major release",
    "### Seal: the sealing string of existing messages changes",
    "### Additive",
  ]);
});

test("a value added to a shared list is reported once, naming the operations that take it, before the operations", async () => {
  const before = await modelOfGolden();
  const spec = edited(goldenInput, [[LISTS, "      MOTO:\n", "      MOBILE:\n        meaning: Mobile\n      MOTO:\n"]]);
  const markdown = toMarkdown(changesReport(compareSpecs(before, await modelOf(spec))), "main");
  expect(markdown.split("\n").filter((l) => l.startsWith("- "))).toEqual([
    "- **value list channel**: value MOBILE added to list channel; taken by cardCheck only. _(shared-value-added; additive)_",
    "- **cardCheck** request `/channels`: value MOBILE of list channel now taken. _(value-added; additive)_",
    "- **cardCheck** request `/orderChannel`: value MOBILE of list channel now taken. _(value-added; additive)_",
  ]);
});

test("a container type renamed: named once with the places that hold it, in the Markdown under its own name", async () => {
  const before = await modelOfGolden();
  const spec = edited(goldenInput, [[FIELDS, "typeName: PostalAddress", "typeName: BuyerAddress"]]);
  const markdown = toMarkdown(changesReport(compareSpecs(before, await modelOf(spec))), "main");
  expect(markdown.split("\n").filter((l) => l.startsWith("- "))).toEqual([
    "- **container type BuyerAddress**: container type PostalAddress renamed BuyerAddress: code that names PostalAddress stops compiling; held by cardCheck request /customer/address, cardCheck response /customer/address. _(type-renamed; breaking-request, breaking-response)_",
  ]);
});

test("a value list renamed: once, naming the fields that take it, its values compared with its old self", async () => {
  const before = await modelOfGolden();
  const spec = edited(goldenInput, [
    [LISTS, "  channel:\n", "  salesChannel:\n"],
    [LISTS, "meaning: Internet", "meaning: The Internet"],
    [OP, "valueList: channel", "valueList: salesChannel"],
    [OP, "valueList: channel", "valueList: salesChannel"],
    [REFUND, "valueList: channel", "valueList: salesChannel"],
  ]);
  const changes = compareSpecs(before, await modelOf(spec));
  expect(changes.map((c) => `${c.list ?? c.operation} ${c.field ?? "-"} ${c.kind} ${c.classes.join(",")}`)).toEqual([
    "salesChannel - shared-list-renamed breaking-request",
    // cardRefund's own names for what it takes of the list are named after it.
    "cardRefund /channels exported-names breaking-request",
    "cardRefund /channels exported-names additive",
    "salesChannel - shared-meaning docs",
    "cardCheck /channels meaning docs",
    "cardCheck /orderChannel meaning docs",
    "cardRefund /channels meaning docs",
  ]);
  expect(changes[0]?.summary).toBe(
    "value list channel renamed salesChannel: its type and constants Channel are now SalesChannel, and code that names the old ones stops compiling; taken by cardCheck request /orderChannel, cardCheck request /channels, cardRefund request /channels.",
  );
});

test("an operation's own names for what a field takes of its list: gone when it takes the list whole again", async () => {
  const before = await modelOfGolden();
  const spec = edited(goldenInput, [[REFUND, "      values: [INTERNET]\n", "      values: [INTERNET, MOTO]\n"]]);
  const [gone] = compareSpecs(before, await modelOf(spec));
  expect(gone?.summary).toBe(
    "CardRefundChannel, CARD_REFUND_CHANNEL_VALUES, isCardRefundChannel no longer exported (what the field takes of its list): code that names them stops compiling.",
  );
});

test("a list switched between exact and prefix matching: what its string fields accept, once for the list", async () => {
  // Both sides have a list of interfaces that a string field of cardCheck takes.
  const list =
    "valueLists:\n  wallets:\n    values:\n      IR_WS_:\n        meaning: Office\n      WR_WS_:\n        meaning: Wallet\n";
  const field = '    wallet: { presence: optional, since: "2.5", valueList: wallets, description: Wallet. }\n';
  const exact = edited(goldenInput, [
    [LISTS, "valueLists:\n", list],
    [OP, "    keyVersion:\n", `${field}    keyVersion:\n`],
  ]);
  const prefix = edited(exact, [[LISTS, "  wallets:\n", "  wallets:\n    match: prefix\n"]]);
  const [was, is] = [await modelOf(exact), await modelOf(prefix)];
  const lines = (changes: readonly { kind: string; classes: readonly string[]; summary: string }[]) =>
    changes.map((c) => `${c.kind} ${c.classes.join(",")}: ${c.summary}`);
  expect(lines(compareSpecs(was, is))).toEqual([
    "shared-list-match additive: list wallets matches by prefix, no longer exactly: the string fields that take it (cardCheck) are no longer checked against its values and are typed as text.",
  ]);
  expect(lines(compareSpecs(is, was))).toEqual([
    "shared-list-match breaking-request,breaking-response: list wallets matches exactly, no longer by prefix: the string fields that take it (cardCheck) are checked against its values and typed as their union: other values are refused and code setting them stops compiling.",
  ]);
});

test("an operation's changelog: rows a new page release orders otherwise, where no field change explains them", async () => {
  // The sync fixture's operation cites a page, whose changelog orders the operation's table.
  const input = await readSpecInput(path.join(fixturesDir, "sync", "spec"));
  const page = "sources/cardCheck.page.txt";
  const text = input.pages?.get(page) ?? "";
  const [seal, merchantId] = ["2.10 |\nseal\n|\nRequest/Response | |\n", "2.0 |\nmerchantId\n|\nRequest |"];
  expect(text).toContain(`${seal}${merchantId}`);
  const reordered = withFiles(input, [[page, text.replace(`${seal}${merchantId}`, `${merchantId} |\n${seal}`)]]);
  const changes = compareSpecs(await modelOf(input), await modelOf(reordered));
  expect(changes.map((c) => `${c.operation} ${c.kind} ${c.classes.join(",")}: ${c.summary}`)).toEqual([
    "cardCheck changelog docs: changelog (CHANGELOG.md, the reference page): rows in another order.",
  ]);
});

test("an operation's spec file moved: docs, the generated files' headers name it", async () => {
  const before = await modelOfGolden();
  const spec = withFiles(
    goldenInput,
    [],
    new Map([
      [OP, null],
      ["operations/checks/cardCheck.yaml", textOf(goldenInput, OP)],
    ]),
  );
  expect(
    compareSpecs(before, await modelOf(spec)).map(
      (c) => `${c.operation} ${c.kind} ${c.classes.join(",")}: ${c.summary}`,
    ),
  ).toEqual([
    "cardCheck description docs: spec file operations/office/cardCheck.yaml → operations/checks/cardCheck.yaml (the generated files' headers name it).",
  ]);
});

test("a callback's fields take a list's values, and a field added to a Data callback changes no seal field list", async () => {
  // Both sides have a list that only the callback takes; the edit adds a value to it and a field to the callback.
  const list = "valueLists:\n  abortPlace:\n    values:\n      PARTNER:\n        meaning: Partner page\n";
  const field = '    abortedAt: { presence: optional, since: "3.0", valueList: abortPlace, description: Where. }\n';
  const base = edited(goldenInput, [
    [LISTS, "valueLists:\n", list],
    [PAYPAGE, "      description: Amount paid.\n", `      description: Amount paid.\n${field}`],
  ]);
  const before = await modelOf(base);
  const spec = edited(base, [
    [
      LISTS,
      "        meaning: Partner page\n",
      "        meaning: Partner page\n      WALLET_PAGE:\n        meaning: Wallet page\n",
    ],
    [PAYPAGE, field, `${field}    authorisationId: { presence: optional, since: "3.0", description: Id. }\n`],
  ]);
  const summaries = compareSpecs(before, await modelOf(spec)).map((c) => `${c.kind}: ${c.summary}`);
  expect(summaries).toEqual([
    "shared-value-added: value WALLET_PAGE added to list abortPlace; taken by cardPaymentInit only.",
    "value-added: cardPaymentResult: value WALLET_PAGE of list abortPlace now taken.",
    "field-added: cardPaymentResult: optional response field authorisationId added (since 3.0).",
  ]);
});

test("a status block added: its codes named, and classed by what the mock does with a refusal code", async () => {
  const block =
    'status:\n  field: statusCode\n  accepted: "00"\n  formatError: undocumented\n  signatureError: undocumented\n';
  const before = await modelOf(edited(goldenInput, [[OP, block, ""]]));
  const added = compareSpecs(before, await modelOfGolden());
  expect(added.map((c) => `${c.kind} ${c.classes.join(",")}: ${c.summary}`)).toEqual([
    "status additive: status block added (field statusCode): the client's error reports carry the code.",
  ]);
  const refusing = edited(goldenInput, [[OP, "  formatError: undocumented\n", '  formatError: "99"\n']]);
  expect(compareSpecs(before, await modelOf(refusing)).map((c) => c.classes.join(","))).toEqual(["breaking-response"]);
});
