// A response or callback field made required (or added required) enters the
// message's example, which the mock server replies with: its change line says
// so, with the placeholders made up for it, so that a reviewer of mock.ts does
// not take them for values Sips sends; a field made optional leaves it. A
// request's example is not what the mock sends: its lines say nothing of it.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import type { SpecModel } from "../../generator/model/ir.js";
import { OP, edited, goldenInput, modelOf, modelOfGolden, type Edit } from "../support/golden-changes.js";

const CARDS = "    cards:\n      presence: optional\n";
const CUSTOMER = '    customer: { from: dictionary, presence: optional, since: "2.20" }\n';
const STATUS = "    statusCode:\n      presence: required\n";

/** The fixture's response (cardCheck's) as the edits leave it. */
const responseOf = (model: SpecModel) => {
  const op = model.operations.find((o) => o.name === "cardCheck");
  if (!op) throw new Error("the fixture has no cardCheck");
  return op.response;
};

async function compared(edits: Edit[], reversed = false) {
  const golden = await modelOfGolden();
  const changed = await modelOf(edited(goldenInput, edits));
  const [before, after] = reversed ? [changed, golden] : [golden, changed];
  return { summaries: compareSpecs(before, after).map((c) => c.summary), before, after };
}

test("a response field made required: its line names the placeholder the mock's reply now holds, which the example does hold", async () => {
  const { summaries, after } = await compared([[OP, CARDS, CARDS.replace("optional", "required")]]);
  expect(summaries).toEqual([
    "cards: presence optional → required. Responses without it are refused; code constructing responses stops compiling." +
      ' The example response, the mock server\'s reply, now holds it: cards[].panExpiryDate "123456", a placeholder made from its type and format, no value a source gives.',
  ]);
  expect(responseOf(after).example["cards"]).toEqual([{ panExpiryDate: "123456" }]);
});

test("a response container made required: each placeholder within it is named", async () => {
  const { summaries, after } = await compared([[OP, CUSTOMER, CUSTOMER.replace("optional", "required")]]);
  const customer = responseOf(after).example["customer"];
  expect(customer).toEqual({ name: "example" });
  expect(summaries).toEqual([
    "customer: presence optional → required. Responses without it are refused; code constructing responses stops compiling." +
      ' The example response, the mock server\'s reply, now holds it: customer.name "example", a placeholder made from its type and format, no value a source gives.',
  ]);
});

test("a response field made optional leaves the example; made required again, it comes back with its list's value", async () => {
  const optional: Edit = [OP, STATUS, STATUS.replace("required", "optional")];
  const left = await compared([optional]);
  expect(responseOf(left.after).example["statusCode"]).toBeUndefined();
  expect(left.summaries).toEqual([
    "statusCode: presence required → optional. Code reading it must now handle its absence. The example response, the mock server's reply, no longer holds it.",
  ]);
  const back = await compared([optional], true);
  expect(responseOf(back.after).example["statusCode"]).toBe("00");
  expect(back.summaries).toEqual([
    "statusCode: presence optional → required. Responses without it are refused; code constructing responses stops compiling. The example response, the mock server's reply, now holds it, with a value the spec gives.",
  ]);
});

test("a request field made required says nothing of the example: the mock receives requests", async () => {
  const request = '    customer: { from: dictionary, presence: optional, since: "2.20", notes:';
  const { summaries } = await compared([[OP, request, request.replace("optional", "required")]]);
  // Its floor moves too (customer appeared in 2.20): a line of its own.
  expect(summaries.filter((s) => s.startsWith("customer:"))).toEqual([
    "customer: presence optional → required. Requests without it are refused.",
  ]);
});

/** Both specs with `base` edited in, the later with `edit` too. */
async function comparedOn(base: Edit[], edit: Edit) {
  const before = await modelOf(edited(goldenInput, base));
  const after = await modelOf(edited(goldenInput, [...base, edit]));
  return { summaries: compareSpecs(before, after).map((c) => c.summary), after };
}

test("a field of a list's items made required: the example's first item now holds it", async () => {
  const brands = '          brands:\n            presence: optional\n            since: "2.45"\n';
  const { summaries, after } = await comparedOn(
    [[OP, CARDS, CARDS.replace("optional", "required")]],
    [OP, brands, brands.replace("optional", "required")],
  );
  expect(responseOf(after).example["cards"]).toEqual([{ panExpiryDate: "123456", brands: ["example"] }]);
  expect(summaries.map((s) => s.slice(s.indexOf(" The example")))).toEqual([
    ' The example response, the mock server\'s reply, now holds it: cards[].brands[] "example", a placeholder made from its type and format, no value a source gives.',
  ]);
});

test("a field made required names its own placeholders, not those of a field whose name starts with its", async () => {
  const count =
    '    cardsCount:\n      presence: required\n      since: "2.40"\n      format: N2\n      description: Cards.\n';
  const { summaries } = await comparedOn(
    [[OP, CARDS, `${count}${CARDS}`]],
    [OP, CARDS, CARDS.replace("optional", "required")],
  );
  expect(summaries).toHaveLength(1);
  expect(summaries[0]).toContain('now holds it: cards[].panExpiryDate "123456", a placeholder made');
});
