// `npm run changes` on the golden fixture, a container type that a response
// comes to hold or no longer holds: its fields of an exact value list admit
// other text in a response's type, and the type is one for every message that
// holds it, so the request that holds it too sees its type change. Reported
// once, for the type.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { FIELDS, OP, changeLine, edited, goldenInput, modelOf } from "../support/golden-changes.js";

// The dictionary's customer (held by cardCheck's request and response) given a field of the channel list.
const withChannel = edited(goldenInput, [
  [
    FIELDS,
    "      address:\n        presence: optional\n",
    '      channel: { presence: optional, since: "2.0", valueList: channel, description: Preferred channel. }\n      address:\n        presence: optional\n',
  ],
]);
// cardCheck's response no longer holds it: its request alone does.
const requestOnly = edited(withChannel, [
  [OP, '    customer: { from: dictionary, presence: optional, since: "2.20" }\n    cards:', "    cards:"],
]);

const typeChanges = (changes: ReturnType<typeof compareSpecs>) =>
  changes.filter((c) => c.type !== undefined).map((c) => `${changeLine(c)}: ${c.summary}`);

test("no response holds it any more: its list fields narrow to the list, breaking the senders of the requests that hold it", async () => {
  expect(typeChanges(compareSpecs(await modelOf(withChannel), await modelOf(requestOnly)))).toEqual([
    "type Customer - - type-format breaking-request: container type Customer is no longer held by a response: its fields channel admit their lists' values only again, in every message that holds it (cardCheck request /customer).",
  ]);
});

test("a response holds it now: its list fields admit other text, additive", async () => {
  expect(typeChanges(compareSpecs(await modelOf(requestOnly), await modelOf(withChannel)))).toEqual([
    "type Customer - - type-format additive: container type Customer is now held by a response: its fields channel admit other text than their lists' values, as a response's do, in every message that holds it (cardCheck request /customer, cardCheck response /customer).",
  ]);
});

test("a type without a field of an exact list is the same type either way: no change of it", async () => {
  const without = edited(goldenInput, [
    [OP, '    customer: { from: dictionary, presence: optional, since: "2.20" }\n    cards:', "    cards:"],
  ]);
  expect(typeChanges(compareSpecs(await modelOf(goldenInput), await modelOf(without)))).toEqual([]);
});
