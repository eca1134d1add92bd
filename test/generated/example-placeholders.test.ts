// A sealed example holds a value for each required field: where no example and
// no value list gives one, the builder makes one up from the field's type and
// format. The reference page and openapi.json say which values are made up, so
// that a reader does not copy them as values to send.
import { expect, test } from "vitest";
import type { FieldModel } from "../../generator/model/field-model.js";
import type { MessageModel } from "../../generator/model/operation-model.js";
import { generateRepoSpec } from "../support/generate.js";

const PLACEHOLDER = /placeholders? made from (its|their) type and format, not (a value|values) to copy/;

/** The example's top-level fields whose value neither the spec's example nor an exact value list gives. */
function madeUp(message: MessageModel, seal: string): FieldModel[] {
  return message.fields.filter(
    (f) =>
      f.name !== seal &&
      f.name in message.example &&
      f.example === null &&
      (f.type.kind === "string" || f.type.kind === "integer") &&
      !(f.values !== null && f.values.list.match === "exact"),
  );
}

test("each reference page and OpenAPI example names the example's made-up values, and only those examples", async () => {
  const { files, model } = await generateRepoSpec();
  const seal = model.platform.seal.field;
  const pageOf = (name: string) => files.find((f) => f.path === `docs/${name}.md`)?.content ?? "";
  const document: unknown = JSON.parse(files.find((f) => f.path === "openapi.json")?.content ?? "{}");
  const examples = Reflect.get(Reflect.get(document as object, "components") as object, "examples") as object;
  const descriptionOf = (typeName: string): string =>
    String(Reflect.get(Reflect.get(examples, typeName) as object, "description"));
  let seen = 0;
  for (const op of model.operations) {
    const page = pageOf(op.name);
    const made = [op.request, op.response].flatMap((message) => madeUp(message, seal));
    if (made.length === 0) expect(page, op.name).not.toMatch(PLACEHOLDER);
    for (const message of [op.request, op.response]) {
      const text = descriptionOf(message.typeName);
      const fields = madeUp(message, seal);
      if (fields.length === 0) expect(text, message.typeName).not.toMatch(PLACEHOLDER);
      else expect(text, message.typeName).toMatch(PLACEHOLDER);
      for (const field of fields) {
        seen++;
        const value = JSON.stringify(message.example[field.name]);
        expect(page, `${op.name} ${field.name}`).toMatch(PLACEHOLDER);
        expect(page, `${op.name} ${field.name}`).toContain(`\`${field.name}\` (\`${value}\`)`);
        expect(text, `${message.typeName} ${field.name}`).toContain(`${field.name} (${value})`);
      }
    }
  }
  // The repository's spec has such fields (walletIssuerWalletFinalize's messageVersion among them): the rule is held on them.
  expect(seen).toBeGreaterThan(0);
});
