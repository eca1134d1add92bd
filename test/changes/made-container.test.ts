// `npm run changes` on the golden fixture, a plain field made a container (a
// page release that prints fields in it, which sync writes so): a type change
// that breaks senders in a request, readers in a response or a callback, and
// says what they must do.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { OP, PAYPAGE, edited, goldenInput, modelOf, modelOfGolden } from "../support/golden-changes.js";

/** A container holding one field, `code`, in place of a field's format. */
const CONTAINER =
  '      type: container\n      fields:\n        code: { presence: optional, since: "2.0", format: AN10, description: A code. }\n';

const changed = async (relPath: string, from: string, to: string) =>
  compareSpecs(await modelOfGolden(), await modelOf(edited(goldenInput, [[relPath, from, to]])))
    .filter((c) => c.kind === "type-format")
    .map((c) => `${c.operation} ${c.message} ${c.field} ${c.kind} ${c.classes.join(",")}: ${c.summary}`);

test("a request field made a container breaks senders: they must send an object of its fields", async () => {
  expect(
    await changed(
      OP,
      "      format: AN35\n      description: Reference of the check.\n",
      `${CONTAINER}      description: Reference of the check.\n`,
    ),
  ).toEqual([
    "cardCheck request /referenceId type-format breaking-request: referenceId: type string → container ReferenceId. Senders must send an object of its fields (code) where they sent a string: a request with a string there is refused, and code setting it stops compiling.",
  ]);
});

test("a callback's field made a container breaks readers, as a response's does; its value list gone is said by it", async () => {
  const code = "      valueList: statusCode\n      description: Outcome of the payment.\n";
  expect(await changed(PAYPAGE, code, `${CONTAINER}      description: Outcome of the payment.\n`)).toEqual([
    "cardPaymentInit callback /responseCode type-format breaking-response: cardPaymentResult: responseCode: type string → container ResponseCode. Readers get an object of its fields (code) where they read a string: code reading a string there stops compiling, and a message with a string there is refused.",
  ]);
});
