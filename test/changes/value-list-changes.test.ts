// `npm run changes` on the golden fixture, shared value lists: their values,
// names, meanings and matching, reported once for the list, naming the
// operations and fields that take them.
import { expect, test } from "vitest";
import type { Change } from "../../generator/changes/change.js";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport, toJson, toMarkdown } from "../../generator/changes/report.js";
import {
  LISTS,
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
    kind: "shared-value-renamed and reworded: each its own change",
    edits: [
      [
        LISTS,
        "        name: INTERNAL_ERROR\n        meaning: Internal error",
        "        name: SERVER_ERROR\n        meaning: Server error",
      ],
    ],
    want: [
      "list statusCode - - shared-value-renamed breaking-request,breaking-response",
      "list statusCode - - shared-meaning docs",
      "cardCheck response /statusCode meaning docs",
      "cardPaymentInit callback /responseCode meaning docs",
    ],
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
    // An exact list's values set no lowest version (IR_WS_2.4 did): requests declaring an earlier one are taken.
    want: [
      "list family - - shared-list-match breaking-request,breaking-response",
      "cardCheck request /interfaceVersion interface-version-floor additive",
      "cardPaymentInit request /interfaceVersion interface-version-floor additive",
      "cardRefund request /interfaceVersion exported-names additive",
      "cardRefund request /interfaceVersion interface-version-floor additive",
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
    kind: "a value list's description",
    edits: [[LISTS, "description: Outcome of the call.", "description: Outcome."]],
    want: ["list statusCode - - description docs"],
    semver: "patch",
  },
];

testCases(cases);

test("a value added to a shared list is reported once, naming the operations that take it", async () => {
  const before = await modelOfGolden();
  const spec = edited(goldenInput, [[LISTS, "      MOTO:\n", "      MOBILE:\n        meaning: Mobile\n      MOTO:\n"]]);
  const markdown = toMarkdown(changesReport(compareSpecs(before, await modelOf(spec))), "main");
  expect(markdown.split("\n").filter((l) => l.startsWith("- "))).toEqual([
    "- **value list channel**: value MOBILE added as MOBILE, meaning “Mobile”; taken by cardCheck only; its type Channel gains it, so an exhaustive switch over that type meets a new case. _(shared-value-added; additive)_",
    // The fields' "value MOBILE of list channel now taken." is the list's news: the JSON keeps it, its line is the list's.
  ]);
});

// What a reviewer acts on, a case to handle: the constant code names the value by and what the list says it means.
test("a value added to a shared list is named by its constant and its meanings, one per context", async () => {
  const before = await modelOfGolden();
  const added = "      M_COMMERCE:\n        name: MOBILE_COMMERCE\n        meaning: [In an app, In a mobile browser]\n";
  const spec = edited(goldenInput, [[LISTS, "      MOTO:\n", `${added}      MOTO:\n`]]);
  const changes = JSON.parse(toJson(changesReport(compareSpecs(before, await modelOf(spec))))).changes as Change[];
  expect(changes.filter((c) => c.kind === "shared-value-added").map((c) => c.summary)).toEqual([
    "value M_COMMERCE added to list channel as MOBILE_COMMERCE, meaning “In an app” / “In a mobile browser”; taken by cardCheck only; its type Channel gains it, so an exhaustive switch over that type meets a new case.",
  ]);
});

test("a value list added says how many values it holds, one in the singular", async () => {
  const before = await modelOfGolden();
  const list = (values: string) =>
    edited(goldenInput, [[LISTS, "  channel:\n", `  brand:\n    values:\n${values}  channel:\n`]]);
  const summary = async (values: string) => compareSpecs(before, await modelOf(list(values))).map((c) => c.summary);
  expect(await summary("      VISA:\n        meaning: Visa\n")).toEqual(["value list brand added (1 value)."]);
  expect(await summary("      VISA:\n        meaning: Visa\n      AMEX:\n        meaning: Amex\n")).toEqual([
    "value list brand added (2 values).",
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
  const summaries = compareSpecs(before, await modelOf(spec)).map(
    (c) => `${c.kind}:${c.callback === undefined ? "" : ` (callback ${c.callback})`} ${c.summary}`,
  );
  expect(summaries).toEqual([
    "shared-value-added: value WALLET_PAGE added to list abortPlace as WALLET_PAGE, meaning “Wallet page”; taken by cardPaymentInit only; its type AbortPlace gains it, so an exhaustive switch over that type meets a new case.",
    "value-added: (callback cardPaymentResult) value WALLET_PAGE of list abortPlace now taken.",
    "field-added: (callback cardPaymentResult) optional callback field authorisationId added (since 3.0).",
  ]);
});
