// A required field misspelt (a key near its name, by the package's one rule of
// suggestions, nearNames: a character left out, a letter put for another, two
// swapped, the name in capitals): its "is required" names the key given, as
// the key's own issue names the field meant, so that the error alone says
// what to mend, where a message whose facts stop makes the key's issue a mere
// warning; given under several slips, the first key, once; present beside a
// slip, its own error unchanged. Held on every required top-level field of the
// repository spec's messages, as the registry describes them.
import fc from "fast-check";
import { expect, test } from "vitest";
import { formatIssue, operations, type ValidationIssue } from "../../generated/index.js";
import { nearNames } from "../../generated/runtime/closest-names.js";
import { requiredGiven, requiredGivenText } from "../../generated/runtime/required-given.js";
import { REQUIRED_TEXT } from "../../generated/runtime/issues.js";
import { newFound } from "../../generated/runtime/validation.js";
import { SLIP_KINDS, slipped } from "../support/name-slips.js";
import { drawOf } from "../support/property-runs.js";

type Result = { ok: boolean; errors?: readonly ValidationIssue[]; warnings: readonly ValidationIssue[] };

/** A name's typos: its last character left out, its last put for another, its first two swapped, in capitals. */
const TYPOS = {
  omitted: (name: string) => name.slice(0, -1),
  replaced: (name: string) => name.slice(0, -1) + (name.endsWith("x") ? "q" : "x"),
  swapped: (name: string) => name.charAt(1) + name.charAt(0) + name.slice(2),
  capitals: (name: string) => name.toUpperCase(),
};

/** The typo, where it is near that field alone and is no field's name. */
const typoOf = (typo: string, name: string, names: readonly string[]): string | null =>
  typo !== "" && !names.includes(typo) && nearNames(typo, names).join() === name ? typo : null;

test("a required field given under a typo of its name: its error names the key, and nothing else changes", () => {
  const met = new Map<string, number>();
  let factsStop = 0;
  for (const [operation, descriptor] of Object.entries(operations)) {
    for (const role of ["request", "response"] as const) {
      const message = descriptor[role];
      const names = message.fields.map((f) => f.name);
      for (const field of message.fields) {
        if (field.presence !== "required") continue;
        for (const [kind, make] of Object.entries(TYPOS)) {
        const slip = typoOf(make(field.name), field.name, names);
        if (slip === null) continue;
        met.set(kind, (met.get(kind) ?? 0) + 1);
        if (message.factsStop !== null) factsStop++;
        const at = `${operation} ${role} ${field.name} ${slip}`;
        const validate = message.validate as (input: unknown, options?: object) => Result;
        const given = validate({ [slip]: "x" });
        const required = given.errors?.find((e) => e.path === `/${field.name}`);
        expect(required, at).toMatchObject({ code: "required", message: requiredGivenText(REQUIRED_TEXT, slip) });
        expect(formatIssue(required as ValidationIssue)).toBe(`/${field.name} is required; was it given as ${slip}?`);
        // The key's own issue, an error or a warning, still names the field meant.
        const unknown = [...(given.errors ?? []), ...given.warnings].find((e) => e.path === `/${slip}`);
        expect(unknown, at).toMatchObject({ code: "unknown-field", meant: field.name });
        // Without the key, the error is as it was; every other issue is the same either way.
        const without = validate({});
        const plain = without.errors?.find((e) => e.path === `/${field.name}`);
        expect(plain, at).toEqual({ path: `/${field.name}`, code: "required", message: REQUIRED_TEXT });
        const others = (r: Result) => (r.errors ?? []).filter((e) => e.path !== `/${field.name}` && e.path !== `/${slip}`);
        expect(others(given), at).toEqual(others(without));
        }
      }
    }
  }
  // The spec has such fields for every typo, some in messages whose facts stop (where the key's issue is a warning).
  for (const kind of Object.keys(TYPOS)) expect(met.get(kind) ?? 0, kind).toBeGreaterThan(0);
  expect(factsStop).toBeGreaterThan(0);
});

test("inside a container or a list, the field's own pointer is found from the key's", () => {
  const found = newFound();
  found.errors.push({ path: "/list/0/a~1b", code: "required", message: REQUIRED_TEXT });
  found.errors.push({ path: "/list/0/name", code: "required", message: REQUIRED_TEXT });
  requiredGiven(found, { path: "/list/0/nmae", code: "unknown-field", message: "", meant: "name" }, "nmae");
  expect(found.errors.map(formatIssue)).toEqual([
    "/list/0/a~1b is required",
    "/list/0/name is required; was it given as nmae?",
  ]);
  // A key that names no field meant, or a field present (no required error): nothing changes.
  requiredGiven(found, { path: "/list/0/zz", code: "unknown-field", message: "" }, "zz");
  requiredGiven(found, { path: "/list/1/nmae", code: "unknown-field", message: "", meant: "name" }, "nmae");
  expect(found.errors.map((e) => e.message)).toEqual([REQUIRED_TEXT, `${REQUIRED_TEXT}; was it given as nmae?`]);
});

/** Every required top-level field of the registry's messages, with its message's validator and field names. */
const requiredFields = Object.entries(operations).flatMap(([operation, descriptor]) =>
  (["request", "response"] as const).flatMap((role) => {
    const message = descriptor[role];
    const names = message.fields.map((f) => f.name);
    const validate = message.validate as (input: unknown, options?: object) => Result;
    return message.fields
      .filter((f) => f.presence === "required")
      .map((f) => ({ at: `${operation} ${role}`, field: f.name, names, validate }));
  }),
);

test("a required field given under several slips of its name: its one error names the first key given", () => {
  let several = 0;
  fc.assert(
    fc.property(
      fc.nat(),
      fc.array(fc.tuple(fc.constantFrom(...SLIP_KINDS), fc.nat()), { minLength: 1, maxLength: 4 }),
      fc.boolean(),
      (pick, drawn, strict) => {
        const { at, field, names, validate } = requiredFields[pick % requiredFields.length] as (typeof requiredFields)[number];
        const keys = [
          ...new Set(drawn.map(([kind, place]) => slipped(field, kind, place))),
        ].filter((key) => key !== "" && !names.includes(key) && nearNames(key, names).join() === field);
        fc.pre(keys.length > 0);
        if (keys.length > 1) several++;
        const given = validate(Object.fromEntries(keys.map((key) => [key, "x"])), { strict });
        const required = (given.errors ?? []).filter((e) => e.path === `/${field}`);
        // Object keys keep their order of insertion (a slip is never an integer-like key).
        expect(required, `${at} ${field} ${keys.join(" ")}`).toEqual([
          { path: `/${field}`, code: "required", message: requiredGivenText(REQUIRED_TEXT, keys[0] as string) },
        ]);
      },
    ),
    drawOf(300, 3000),
  );
  expect(several).toBeGreaterThan(20);
});

test("a slip beside its field, present and wrong: the field's own error is as it was", () => {
  let met = 0;
  for (const { at, field, names, validate } of requiredFields) {
    const slip = typoOf(TYPOS.omitted(field), field, names);
    if (slip === null) continue;
    // A value of no field's type: an object is neither a string nor a number, and a list's items are checked apart.
    const wrong = validate({ [field]: { nested: true } }, { strict: true }).errors?.filter((e) => e.path === `/${field}`);
    if (!wrong?.length) continue;
    met++;
    const beside = validate({ [field]: { nested: true }, [slip]: "x" }, { strict: true });
    expect(beside.errors?.filter((e) => e.path === `/${field}`), at).toEqual(wrong);
  }
  expect(met).toBeGreaterThan(0);
});
