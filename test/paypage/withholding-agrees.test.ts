// Whether a message's problems are reported without their values is decided
// twice: by the generator (`withholdsValues` of the model), which wraps its
// validators, and by the runtime's reading of Paypage `Data`, from the field
// descriptors (`fieldIndex(...).withholds`, a field marked sensitive at any
// depth) and the secret beyond the saved facts (`factsStop.sensitive`). Both
// are held to agree on every message of the spec, and of a fixture that marks
// a field of the Paypage callback sensitive, so that a spec change that one of
// them misses fails here rather than quoting a secret.
import { expect, test } from "vitest";
import type { SpecModel } from "../../generator/index.js";
import { withholdsValues } from "../../generator/model/sensitive-fields.js";
import { generateRepoSpec } from "../support/generate.js";
import { markedCallbackGeneration } from "../support/sensitive-callback.js";

interface Descriptor {
  readonly fields: readonly unknown[];
  readonly factsStop: { readonly sensitive?: string } | null;
}
interface Registry {
  readonly [operation: string]: { request: Descriptor; response: Descriptor; callback: Descriptor | null };
}
type FieldIndexOf = (fields: readonly unknown[]) => { readonly withholds: boolean };

/** Each message of the model (`operation message`) with whether the generator and the runtime withhold its values. */
function decisions(model: SpecModel, registry: Registry, fieldIndex: FieldIndexOf) {
  return model.operations.flatMap((op) => {
    const described = registry[op.name];
    if (!described) throw new Error(`${op.name} is not in the registry`);
    const pairs = [
      ["request", op.request, described.request],
      ["response", op.response, described.response],
      ...(op.callback ? [["callback", op.callback.message, described.callback] as const] : []),
    ] as const;
    return pairs.map(([kind, message, descriptor]) => {
      if (!descriptor) throw new Error(`${op.name} has no ${kind} descriptor`);
      const runtime = fieldIndex(descriptor.fields).withholds || descriptor.factsStop?.sensitive !== undefined;
      return { message: `${op.name} ${kind}`, generator: withholdsValues(message), runtime };
    });
  });
}

/** The messages where the two decisions differ (none, if they agree). */
const disagreements = (rows: ReturnType<typeof decisions>) => rows.filter((r) => r.generator !== r.runtime);

test("on every message of the spec, the runtime withholds values where the generator does", async () => {
  const { model } = await generateRepoSpec();
  const { operations } = (await import("../../generated/index.js")) as unknown as { operations: Registry };
  const { fieldIndex } = await import("../../generated/runtime/paypage-field-index.js");
  const rows = decisions(model, operations, fieldIndex as FieldIndexOf);
  expect(disagreements(rows)).toEqual([]);
  // Both kinds are there, so that a comparison of constants would not pass.
  expect(rows.some((r) => r.generator)).toBe(true);
  expect(rows.some((r) => !r.generator)).toBe(true);
});

test("a Paypage callback field marked sensitive is withheld by both", async () => {
  const result = await markedCallbackGeneration();
  const { operations } = await result.imported<{ operations: Registry }>("index.js");
  const { fieldIndex } = await result.imported<{ fieldIndex: FieldIndexOf }>("runtime/paypage-field-index.js");
  const rows = decisions(result.model, operations, fieldIndex);
  expect(disagreements(rows)).toEqual([]);
  expect(rows.find((r) => r.message === "paymentWebInit callback")).toEqual({
    message: "paymentWebInit callback",
    generator: true,
    runtime: true,
  });
});
