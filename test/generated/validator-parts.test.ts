// A validator of more fields than a part holds checks them in module-local
// parts (generator/emit/validators/field-parts.ts). The split form must give
// what the one-function form gives: the same verdict, value, and every error
// and warning in order, with their paths and messages. Both are generated from
// one spec of large messages (the one-function form by forcing parts larger
// than any message) and compared on random, mutated and hostile messages.
import path from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { formatIssue, type MessageDescriptor, type ValidateOptions, type ValidationIssue, type ValidationResult } from "../../generated/index.js";
import { type GeneratedFile, generateFromInput } from "../../generator/index.js";
import { emitFiles } from "../../generator/emit/emit-files.js";
import { validatorsEmitterWith } from "../../generator/emit/emit-validators.js";
import { PART_SIZE } from "../../generator/emit/validators/field-parts.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { variantArb } from "../support/hostile-values.js";
import { objectArb } from "../support/message-arbitrary.js";
import { keptOutput } from "../support/kept-output.js";
import { nativeTypeErrors } from "../support/native-typecheck.js";
import { fixturesDir } from "../support/paths.js";
import { drawOf } from "../support/property-runs.js";
import { expectSame } from "../support/quick-expect.js";

const baseDir = path.join(fixturesDir, "invalid", "_base");
const OPERATION = "operations/demo/pingInitialize.yaml";
/**
 * More fields than a part holds, so that a message has a full part and one of a few fields at its end: the
 * parts' code is the same however many there are, and each field more costs the generation and every draw.
 */
const COUNT = PART_SIZE + 9;

/**
 * A field of one of several shapes: a value list, a format, a newer version, required or not. The required ones
 * are of 1.0 or 2.40, the lowest version a request may then declare (a request carries them all): the optional
 * ones of later versions are held to the version declared above it.
 */
const field = (name: string, i: number, indent: string) =>
  [
    `${name}${i}:`,
    `  presence: ${i % 3 === 0 ? "required" : "optional"}`,
    `  since: "${i % 4 === 0 ? "1.0" : i % 3 === 0 ? "2.40" : `2.${40 + (i % 20)}`}"`,
    ...(i % 2 === 0 ? ["  valueList: statusCode"] : [`  format: ${i % 5 === 0 ? "N3" : "AN10"}`]),
    `  description: Field ${i}.`,
  ]
    .map((line) => `${indent}${line}\n`)
    .join("");

const fields = (name: string, indent: string) =>
  Array.from({ length: COUNT }, (_, i) => field(name, i, indent)).join("");

/** The base spec with a large request, and a large response holding a large container. */
async function largeInput(): Promise<SpecInput> {
  const base = await readSpecInput(baseDir, baseDir);
  const container = `    detail:\n      presence: optional\n      since: "2.40"\n      type: container\n      description: Details.\n      fields:\n${fields("inner", "        ")}`;
  const grow = (text: string) => {
    for (const at of ["request:\n  fields:\n", "response:\n  fields:\n"])
      if (!text.includes(at)) throw new Error(`the base spec no longer contains ${JSON.stringify(at)}`);
    return text
      .replace("request:\n  fields:\n", `request:\n  fields:\n${fields("field", "    ")}`)
      .replace("response:\n  fields:\n", `response:\n  fields:\n${fields("answer", "    ")}${container}`);
  };
  return { ...base, files: base.files.map((f) => (f.relPath === OPERATION ? { ...f, text: grow(f.text) } : f)) };
}

type Message = MessageDescriptor<unknown>;
/** The package of this spec: its one operation's messages. */
type Package = { readonly operations: Readonly<Record<string, Readonly<Record<"request" | "response", Message>>>> };

/** An output written as JavaScript (node loads it as it is) and imported, and its validators' text. */
async function loaded(files: readonly GeneratedFile[]): Promise<{ pkg: Package; validators: string }> {
  const dir = keptOutput("validator-parts", files, "javascript");
  const validators = files
    .filter((f) => f.path.endsWith("validators.ts") || f.path.endsWith("containerChecks.ts"))
    .map((f) => f.content)
    .join("\n");
  return { pkg: (await import(pathToFileURL(path.join(dir, "index.js")).href)) as Package, validators };
}

// The spec generated once, with validators in parts; the one-function form is the validators emitter run again on
// its model with parts larger than any message, its files put in place of the split ones.
const generated = await generateFromInput(await largeInput());
if (!generated.ok) throw new Error(generated.diagnostics.map((d) => d.message).join("\n"));
const oneFunction = await emitFiles(generated.model, [validatorsEmitterWith(Number.MAX_SAFE_INTEGER)], null);
const replaced = new Map(oneFunction.map((f) => [f.path, f]));
if (![...replaced.keys()].every((p) => generated.files.some((f) => f.path === p)))
  throw new Error("the validators emitter gave a file the whole run did not");
const split = await loaded(generated.files);
const whole = await loaded(generated.files.map((f) => replaced.get(f.path) ?? f));

/** A result as plain data; each issue with its value received as formatIssue describes it (each form received its own input's). */
const shown = (result: ValidationResult<unknown>, input: unknown) => {
  const issues = (list: readonly ValidationIssue[]) =>
    list.map((issue) => ({ ...issue, received: "received" in issue ? formatIssue(issue) : null }));
  return JSON.stringify({
    ok: result.ok,
    same: result.ok ? result.value === input : null,
    errors: result.ok ? null : issues(result.errors),
    warnings: issues(result.warnings),
  });
};

const optionsArb = fc.constantFrom<ValidateOptions | undefined>(
  undefined,
  { strict: true },
  { interfaceVersion: "IR_MB_2.45" },
  { interfaceVersion: "2.50", strict: true },
  { interfaceVersion: "1.0" },
);

test("the split form has parts, for the request, the response and the container; the other has none", () => {
  expect(split.validators).toMatch(/function validatePingInitializeRequest\$part3\(/);
  expect(split.validators).toMatch(/function validatePingInitializeResponse\$part3\(/);
  expect(split.validators).toMatch(/function check\w*Detail\w*\$part3\(/);
  expect(split.validators.match(/^function \w+\$part\d+\(/gm)?.length).toBeGreaterThanOrEqual(12);
  expect(whole.validators).not.toContain("$part");
});

// A part takes the fields it reads: one it never reads is a parameter the strictest projects refuse (noUnusedParameters),
// as a required field at the request's floor is in the version checks' parts, which compare none of the floor's fields.
test("the split form compiles under the strictest options downstream projects use", async () => {
  expect(await nativeTypeErrors({ split: { files: generated.files } })).toEqual([]);
});

const kinds = ["request", "response"] as const;

describe.each(kinds)("the %s", (kind) => {
  const parted = split.pkg.operations["pingInitialize"]?.[kind] as Message;
  const one = whole.pkg.operations["pingInitialize"]?.[kind] as Message;

  test("the same results as the one-function form on random, mutated and hostile messages", () => {
    const messages = objectArb(parted.fields, { prefix: "IR_MB_", unknownKeys: ["unknownField", "__proto__"] });
    const inputs = fc.tuple(messages, variantArb(parted.fields.map((f) => f.name)), optionsArb);
    const reached = new Set<string>();
    fc.assert(
      fc.property(inputs, ([fields, variant, options]) => {
        const a = variant(fields);
        const b = variant(fields);
        const got = parted.validate(a.value, options);
        for (const issue of got.ok ? got.warnings : [...got.errors, ...got.warnings]) reached.add(issue.code);
        expectSame(shown(got, a.value), shown(one.validate(b.value, options), b.value));
        if (!a.readsDiffer) expectSame(a.reads(), b.reads());
      }),
      // Each message of ~140 fields meets many checks at once: a part left out or its version checks put in
      // another order fail at the first draw; the counters below hold from 50.
      drawOf(100, 1000),
    );
    // Issues of the field checks, of the versions and of the keys, or the comparison proves little.
    const codes = ["required", "unknown-value", "version", "unknown-field"];
    expect(codes.filter((code) => !reached.has(code))).toEqual([]);
  });
});
