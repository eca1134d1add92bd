// A value's meanings, as an operation's registry entry, types and docs give
// them, are those that hold for that operation. The data dictionary's shared
// lists word some values once per operation ("In response to paymentWebInit:
// …"); a page that prints such a list for an operation the wording does not
// name gives that value no meaning for it, and its registry entry must not
// hand a team another operation's meaning (a refusal quoting it, a log
// reading "card enrolled" for an In-App token).
import { expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import type { FieldDescriptor } from "../../generated/runtime/descriptor.js";

const names = Object.keys(operations);

/** The operations of the registry a meaning names as a word of its own. */
const named = (meaning: string): string[] => names.filter((name) => new RegExp(`\\b${name}\\b`).test(meaning));

/** Every field of a message, at any depth (containers, list items), with its place. */
function* fieldsOf(fields: readonly FieldDescriptor[], at: string): Generator<[string, FieldDescriptor]> {
  for (const field of fields) {
    yield [`${at}/${field.name}`, field];
    const inner = field.fields ?? field.items?.fields ?? null;
    if (inner !== null) yield* fieldsOf(inner, `${at}/${field.name}`);
  }
}

test("a value whose meanings name operations names the one whose registry entry gives it", () => {
  const wrong: string[] = [];
  let naming = 0;
  for (const op of Object.values(operations)) {
    const messages = { request: op.request.fields, response: op.response.fields, callback: op.callback?.fields ?? [] };
    for (const [message, fields] of Object.entries(messages))
      for (const [place, field] of fieldsOf(fields, message))
        for (const { value, meanings } of field.valueList?.values ?? []) {
          const others = meanings.flatMap(named);
          if (others.length === 0) continue;
          naming++;
          if (!others.includes(op.name)) wrong.push(`${op.name} ${place} ${value}: ${meanings.join(" / ")}`);
        }
  }
  // Some meanings of the registry do name operations: the check above is not idle.
  expect(naming).toBeGreaterThan(0);
  expect(wrong).toEqual([]);
});
