// What a response's or callback's example gains or loses when one of its
// fields is made required or optional. The example holds every required field
// (model/examples.ts), and it is what the mock server replies with (and the
// mock Paypage posts back), besides the OpenAPI and reference examples: a field
// made required shows up in generated/mock.ts with a value, made up from its
// type and format where no source gives one, which a reviewer should not take
// for a value Sips sends.

import { examplePlaceholders } from "../model/examples.js";
import type { JsonValue } from "../model/json-value.js";
import type { MessageModel } from "../model/operation-model.js";
import type { MessageWords } from "./message-words.js";

/** The value at a field's pointer ("/list/-/field") in an example, a list's first item standing for "-"; undefined where it holds none. */
function exampleAt(example: JsonValue, pointer: string): JsonValue | undefined {
  let at: JsonValue | undefined = example;
  for (const key of pointer.split("/").slice(1)) {
    if (key === "-") at = Array.isArray(at) ? at[0] : undefined;
    else at = at !== null && typeof at === "object" && !Array.isArray(at) ? at[key] : undefined;
    if (at === undefined) return undefined;
  }
  return at;
}

/** A field's pointer as examplePlaceholders names its paths: "/list/-/field" is "list[].field". */
const placeholderPath = (pointer: string): string =>
  pointer
    .split("/")
    .slice(1)
    .reduce((path, key) => (key === "-" ? `${path}[]` : path === "" ? key : `${path}.${key}`), "");

/** The example of a message the mock sends: its reply, or the result its Paypage posts back. */
const mockSends = (words: MessageWords): string =>
  words.decoder === null
    ? "The example response, the mock server's reply,"
    : "The example callback, which the mock Paypage posts back,";

/**
 * The sentence on the field at `pointer` entering or leaving the example of a response or callback, "" where its
 * example holds it in both specs or in neither (one given an example value, or within a container the example
 * leaves out), or the message is a request (the mock receives those).
 */
export function exampleFieldText(
  words: MessageWords,
  pointer: string,
  before: MessageModel,
  after: MessageModel,
): string {
  if (words.kind === "request") return "";
  const was = exampleAt(before.example, pointer) !== undefined;
  const is = exampleAt(after.example, pointer) !== undefined;
  if (was === is) return "";
  const example = mockSends(words);
  if (!is) return ` ${example} no longer holds it.`;
  const path = placeholderPath(pointer);
  // The seal field is not set apart (examplePlaceholders' second argument): the example holds a seal in both specs
  // whatever its presence, so a change of the seal field has returned above.
  const made = examplePlaceholders(after.fields, "").filter(
    ([at]) => at === path || at.startsWith(`${path}.`) || at.startsWith(`${path}[]`),
  );
  if (made.length === 0) return ` ${example} now holds it, with a value the spec gives.`;
  const values = made.map(([at, value]) => `${at} ${JSON.stringify(value)}`).join(", ");
  const what =
    made.length === 1
      ? "a placeholder made from its type and format"
      : "placeholders made from their types and formats";
  return ` ${example} now holds it: ${values}, ${what}, no value a source gives.`;
}
