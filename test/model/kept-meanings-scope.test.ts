// A deviation keeping a value's page meaning out names one message's field
// (`request.fields.orderChannel.values.MOTO.meaning`): the model marks that
// value of that field as meant for other operations only (othersMeant), and
// no other message's field of the same name and value, whose page may well
// give it none. On the golden fixture, cardCheck's request and response each
// given an orderChannel with no meanings.
import { expect, test } from "vitest";
import { valuesOf } from "../../generator/model/field-shape.js";
import type { SpecModel } from "../../generator/model/ir.js";
import { OP, edited, goldenInput, modelOf, type Edit } from "../support/golden-changes.js";

const NONE = "      valueList: channel\n      meanings: { INTERNET: [], MOTO: [] }\n";
const requestNone: Edit = [OP, "      valueList: channel\n", NONE];
const responseNone: Edit = [
  OP,
  "response:\n  fields:\n",
  `response:\n  fields:\n    orderChannel:\n      presence: optional\n      since: "2.5"\n${NONE}      description: Channel of the order.\n`,
];
const keptOut = (about: string): Edit => [
  OP,
  "method: POST\n",
  `source:\n  deviations:\n    - about: ${about}\n      reason: Its page's meaning names other operations only.\n      meaningNames: other-operations\nmethod: POST\n`,
];

/** Of cardCheck's `message`'s orderChannel: each value and whether its page's meanings are kept out. */
function othersMeant(model: SpecModel, message: "request" | "response"): Record<string, boolean> {
  const op = model.operations.find((o) => o.name === "cardCheck");
  const field = op?.[message].fields.find((f) => f.name === "orderChannel");
  const values = field === undefined ? null : valuesOf(field);
  return Object.fromEntries((values?.values ?? []).map((v) => [v.value, v.othersMeant]));
}

test("a kept meaning marks its own message's field only", async () => {
  const request = await modelOf(
    edited(goldenInput, [requestNone, responseNone, keptOut("request.fields.orderChannel.values.MOTO.meaning")]),
  );
  expect(othersMeant(request, "request")).toEqual({ INTERNET: false, MOTO: true });
  expect(othersMeant(request, "response")).toEqual({ INTERNET: false, MOTO: false });
  const response = await modelOf(
    edited(goldenInput, [requestNone, responseNone, keptOut("response.fields.orderChannel.values.INTERNET.meaning")]),
  );
  expect(othersMeant(response, "request")).toEqual({ INTERNET: false, MOTO: false });
  expect(othersMeant(response, "response")).toEqual({ INTERNET: true, MOTO: false });
});
