// The names an operation exports for what a field takes of its list, and why
// they come or go where the field's own values did not change. A value one
// page adds to a shared list makes sync write out the values of every other
// field that took the list whole: those fields take what they took, and
// their operations export names for it, though their pages did not change;
// the line says the list gained values the field does not take. A field that
// takes its whole list again loses its names: the line says the list's serve.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { LISTS, OP, REFUND, edited, goldenInput, modelOf, modelOfGolden } from "../support/golden-changes.js";

const ORDER_CHANNEL = '      since: "2.5"\n      valueList: channel\n';
const MOBILE: [string, string, string] = [
  LISTS,
  "      MOTO:\n",
  "      MOBILE:\n        meaning: Mobile\n      MOTO:\n",
];

const exported = (changes: ReturnType<typeof compareSpecs>) =>
  changes
    .filter((c) => c.kind === "exported-names" && c.field === "/orderChannel" && c.summary.includes(" now exported "))
    .map((c) => c.summary);

test("a field whose values are written out as the list gains one says the list gained it", async () => {
  const pinned = edited(goldenInput, [MOBILE, [OP, ORDER_CHANNEL, `${ORDER_CHANNEL}      values: [INTERNET, MOTO]\n`]]);
  const [names] = exported(compareSpecs(await modelOfGolden(), await modelOf(pinned)));
  expect(names).toMatch(
    / now exported \(what the field takes of its list, which gained MOBILE, a value the field does not take\)\.$/,
  );
});

test("a list that gained two values names both", async () => {
  const both = edited(goldenInput, [
    MOBILE,
    [
      LISTS,
      "      MOTO:\n        meaning: Mail order / telephone order\n",
      "      MOTO:\n        meaning: Mail order / telephone order\n      PHONE:\n        meaning: Phone\n",
    ],
    [OP, ORDER_CHANNEL, `${ORDER_CHANNEL}      values: [INTERNET, MOTO]\n`],
  ]);
  const [names] = exported(compareSpecs(await modelOfGolden(), await modelOf(both)));
  expect(names).toMatch(
    / now exported \(what the field takes of its list, which gained MOBILE and PHONE, values the field does not take\)\.$/,
  );
});

test("a field that takes fewer values of an unchanged list says nothing of a list gaining", async () => {
  const narrowed = edited(goldenInput, [[OP, ORDER_CHANNEL, `${ORDER_CHANNEL}      values: [INTERNET]\n`]]);
  const [names] = exported(compareSpecs(await modelOfGolden(), await modelOf(narrowed)));
  expect(names).toMatch(/ now exported \(what the field takes of its list\)\.$/);
});

test("a field that takes fewer values than before as the list gains one says nothing of it either", async () => {
  const narrowed = edited(goldenInput, [MOBILE, [OP, ORDER_CHANNEL, `${ORDER_CHANNEL}      values: [INTERNET]\n`]]);
  const [names] = exported(compareSpecs(await modelOfGolden(), await modelOf(narrowed)));
  expect(names).toMatch(/ now exported \(what the field takes of its list\)\.$/);
});

test("a field that took part of its list already, named anew beside another, says nothing of the list gaining", async () => {
  // Before: orderChannel alone takes part of the list (CardCheckChannel); after, channels does too, otherwise, and
  // each is named after its field: orderChannel's new names come from that, not from MOBILE.
  const own = [OP, ORDER_CHANNEL, `${ORDER_CHANNEL}      values: [INTERNET]\n`] as [string, string, string];
  const channels: [string, string, string] = [
    OP,
    "      description: Channels allowed for the next steps.\n",
    "      values: [INTERNET, MOTO]\n      description: Channels allowed for the next steps.\n",
  ];
  const changes = compareSpecs(
    await modelOf(edited(goldenInput, [own])),
    await modelOf(edited(goldenInput, [own, MOBILE, channels])),
  );
  const [names] = exported(changes);
  expect(names).toMatch(/ now exported \(what the field takes of its list\)\.$/);
});

test("a field that takes its whole list again says the list's own names serve", async () => {
  const whole = edited(goldenInput, [[REFUND, "      values: [INTERNET]\n", ""]]);
  const gone = compareSpecs(await modelOfGolden(), await modelOf(whole)).filter(
    (c) => c.kind === "exported-names" && c.operation === "cardRefund",
  );
  expect(gone.map((c) => c.summary)).toEqual([
    expect.stringMatching(
      / no longer exported \(what the field takes of its list, now all of it; the list's own names serve\): code that names them stops compiling\.$/,
    ),
  ]);
});

test("a field that takes part of its list before and after, named anew, says nothing of taking it whole", async () => {
  const own = [OP, ORDER_CHANNEL, `${ORDER_CHANNEL}      values: [INTERNET]\n`] as [string, string, string];
  const channels: [string, string, string] = [
    OP,
    "      description: Channels allowed for the next steps.\n",
    "      values: [MOTO]\n      description: Channels allowed for the next steps.\n",
  ];
  const changes = compareSpecs(
    await modelOf(edited(goldenInput, [own])),
    await modelOf(edited(goldenInput, [own, channels])),
  );
  const gone = changes.filter((c) => c.field === "/orderChannel" && c.summary.includes(" no longer exported "));
  expect(gone.map((c) => c.summary)).toEqual([
    expect.stringMatching(
      / no longer exported \(what the field takes of its list\): code that names them stops compiling\.$/,
    ),
  ]);
});

test("a field that took its whole list, in words of its own, and takes it in the list's words says nothing of taking it whole", async () => {
  const own = "      meanings:\n        SHA-256: SHA-256 of the sealing string and the key\n";
  const listWords = edited(goldenInput, [[REFUND, own, ""]]);
  const gone = compareSpecs(await modelOfGolden(), await modelOf(listWords)).filter(
    (c) => c.kind === "exported-names" && c.field === "/sealAlgorithm",
  );
  expect(gone.map((c) => c.summary)).toEqual([
    expect.stringMatching(
      / no longer exported \(what the field takes of its list\): code that names them stops compiling\.$/,
    ),
  ]);
});
