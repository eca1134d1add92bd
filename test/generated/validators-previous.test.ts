// The validators this generator writes against the ones the previous
// generator wrote for the same spec (test/support/previous-output.ts): the
// same result (verdict, value, every error and warning in order, codes, paths,
// messages) on random, mutated and hostile messages of every operation, with
// every kind of options; getters and proxies of plain objects are read as
// often. What changed on purpose is left out of the comparison: a value that
// is not a plain object is refused after its fields are read (only results are
// compared), and a list's length is read once (a proxy's length is not counted).
import fc from "fast-check";
import { afterAll, describe, expect, test } from "vitest";
import type { MessageDescriptor, ValidateOptions, ValidationResult } from "../../generated/index.js";
import { variantArb } from "../support/hostile-values.js";
import { objectArb } from "../support/message-arbitrary.js";
import { type BothOutputs, previousAndCurrent } from "../support/previous-output.js";

/** Per message. `PROPERTY_RUNS=20000` for a deeper search. */
const RUNS = Number(process.env["PROPERTY_RUNS"] ?? 1500);

// Loaded before the tests are collected: the messages to compare are those of the specs the outputs come from.
const repository = await previousAndCurrent("repository");
const golden = await previousAndCurrent("golden");
afterAll(() => {
  repository.dispose();
  golden.dispose();
});

const optionsArb = (prefix: string) =>
  fc.constantFrom<ValidateOptions | undefined>(
    undefined,
    {},
    { strict: true },
    { strict: false },
    { interfaceVersion: `${prefix}2.30` },
    { interfaceVersion: "2.55" },
    { interfaceVersion: "1.0", strict: true },
    { interfaceVersion: "latest" },
    { interfaceVersion: 42 as never },
  );

/** A result as plain data: the verdict, every issue in order, and whether the value is the input itself. */
const shown = (result: ValidationResult<unknown>, input: unknown) =>
  JSON.stringify({
    ok: result.ok,
    same: result.ok ? result.value === input : null,
    errors: result.ok ? null : result.errors,
    warnings: result.warnings,
  });

type Message = MessageDescriptor<unknown>;
const messagesOf = (pkg: BothOutputs["current"]) =>
  Object.values(pkg.operations).flatMap((op) =>
    (["request", "response"] as const).map((kind) => ({
      name: `${op.name} ${kind}`,
      prefix: op.interfaceVersion.prefix,
      message: op[kind] as Message,
    })),
  );

const cases = [
  ["repository", repository],
  ["golden", golden],
].flatMap(([spec, outputs]) => {
  const { previous, current } = outputs as BothOutputs;
  const before = messagesOf(previous);
  return messagesOf(current).map((m, i) => ({
    ...m,
    name: `${spec as string} spec: ${m.name}`,
    current: m.message,
    previous: before[i]?.message,
    previousName: before[i]?.name,
  }));
});

test("both outputs have the same messages", () => {
  for (const c of cases) expect(c.previousName).toBe(c.name.replace(/^\w+ spec: /, ""));
  expect(cases.length).toBeGreaterThan(4);
});

describe.each(cases)("$name", ({ prefix, current, previous: before }) => {
  const previous = before as Message;
  test("the same results on random, mutated and hostile messages", () => {
    const fieldNames = current.fields.map((f) => f.name);
    const messages = objectArb(current.fields, {
      prefix,
      unknownKeys: ["unknownField", "__proto__", "seal2", "a/b~c"],
    });
    let valid = 0;
    fc.assert(
      fc.property(messages, variantArb(fieldNames), optionsArb(prefix), (fields, variant, options) => {
        const before = variant(fields);
        const now = variant(fields);
        const want = previous.validate(before.value, options);
        const got = current.validate(now.value, options);
        if (want.ok) valid++;
        expect(shown(got, now.value)).toBe(shown(want, before.value));
        if (!now.readsDiffer) expect(now.reads()).toBe(before.reads());
      }),
      { numRuns: RUNS },
    );
    // Valid messages must be well represented, or the comparison proves little.
    expect(valid).toBeGreaterThan(RUNS / 50);
  });

  test("the same results on arbitrary JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), optionsArb(prefix), (value, options) => {
        expect(shown(current.validate(value, options), value)).toBe(
          shown(previous.validate(value, options), value),
        );
      }),
      { numRuns: RUNS },
    );
  });

  test("a polluted Object.prototype changes neither", () => {
    const messages = objectArb(current.fields, { prefix, unknownKeys: ["unknownField"] });
    fc.assert(
      fc.property(
        messages,
        fc.constantFrom(...current.fields.map((f) => f.name)),
        fc.jsonValue({ maxDepth: 1 }),
        fc.boolean(),
        (fields, key, polluted, enumerable) => {
          const input = JSON.parse(JSON.stringify(fields)) as Record<string, unknown>;
          Object.defineProperty(Object.prototype, key, { value: polluted, enumerable, configurable: true, writable: true });
          try {
            for (const options of [undefined, { strict: true }])
              expect(shown(current.validate(input, options), input)).toBe(shown(previous.validate(input, options), input));
          } finally {
            delete (Object.prototype as Record<string, unknown>)[key];
          }
        },
      ),
      { numRuns: Math.ceil(RUNS / 10) },
    );
  });
});
