// A small response's validator tries the message as it should be first and
// hands it to its collecting checks at the first doubt
// (generator/emit/validators/valid-path.ts). Both forms must give the same
// results and read the message as often: the same verdict, value, errors and
// warnings, and the same reads of getters and proxies, with or without
// options, under a polluted Object.prototype too. The repository's spec and
// the golden fixture's (every feature of the format) are generated with valid
// paths and again without, and compared on random, mutated and hostile
// messages. The valid path exists to be compiled into its callers: its
// validator's bytecode stays within the engine's limit for that.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { formatIssue, type MessageDescriptor, type ValidateOptions, type ValidationIssue, type ValidationResult } from "../../generated/index.js";
import type { GeneratedFile, SpecModel } from "../../generator/index.js";
import { emitFiles } from "../../generator/emit/emit-files.js";
import { validatorsEmitterWith } from "../../generator/emit/emit-validators.js";
import { variantArb } from "../support/hostile-values.js";
import { objectArb } from "../support/message-arbitrary.js";
import { generateGoldenSpec, generateRepoSpec } from "../support/generate.js";
import { keptFolder, keptOutput, ownText } from "../support/kept-output.js";
import { drawOf } from "../support/property-runs.js";
import { expectSame } from "../support/quick-expect.js";

type Message = MessageDescriptor<unknown>;
type Package = { readonly operations: Readonly<Record<string, Readonly<Record<"request" | "response", Message>>>> };

/** An output written as JavaScript and imported, with its folder and its validators' text per operation. */
async function loaded(name: string, files: readonly GeneratedFile[]) {
  const dir = keptOutput(name, files, "javascript");
  const pkg = (await import(pathToFileURL(path.join(dir, "index.js")).href)) as Package;
  const text = (operation: string) => files.find((f) => f.path === `operations/${operation}/validators.ts`)?.content ?? "";
  return { dir, pkg, text };
}

/**
 * A spec generated as it is (the worker's shared generation of it, test/support/generate.ts: a generation is a
 * function of its input), and with its validators emitted again without valid paths.
 */
async function bothForms(spec: string, generation: Promise<{ files: readonly GeneratedFile[]; model: SpecModel }>) {
  const generated = await generation;
  const without = new Map(
    (await emitFiles(generated.model, [validatorsEmitterWith(undefined, 0)], null)).map((f) => [f.path, f]),
  );
  return {
    spec,
    withPath: await loaded(`valid-path-${spec}`, generated.files),
    withoutPath: await loaded(`valid-path-${spec}-none`, generated.files.map((f) => without.get(f.path) ?? f)),
  };
}

const specs = [await bothForms("repository", generateRepoSpec()), await bothForms("golden", generateGoldenSpec())];

/** Each response with a valid path: its validator calls its collecting checks. */
const cases = specs.flatMap(({ spec, withPath, withoutPath }) =>
  Object.entries(withPath.pkg.operations)
    .filter(([name]) => withPath.text(name).includes(`function validate${name[0]?.toUpperCase()}${name.slice(1)}Response$checks(`))
    .map(([name, op]) => ({
      name: `${spec}: ${name}`,
      dir: withPath.dir,
      operation: name,
      current: op.response,
      plain: withoutPath.pkg.operations[name]?.response as Message,
      plainText: withoutPath.text(name),
    })),
);

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

const optionsArb = fc.constantFrom<ValidateOptions | undefined | null>(
  undefined,
  null,
  {},
  { strict: true },
  { strict: false },
  { interfaceVersion: "IR_MB_2.45" },
  { interfaceVersion: "2.50", strict: true },
  { interfaceVersion: "nonsense" },
);

test("both specs have a response with a valid path, and the other form has none", () => {
  expect(cases.map((c) => c.name.split(":")[0])).toEqual(expect.arrayContaining(["repository", "golden"]));
  for (const c of cases) expect(c.plainText).not.toContain("$checks(");
});

describe.each(cases)("$name", ({ current, plain }) => {
  const fieldNames = current.fields.map((f) => f.name);

  test("the same results and reads as the collecting checks alone, on random, mutated and hostile messages", () => {
    const messages = objectArb(current.fields, { prefix: "IR_MB_", unknownKeys: ["unknownField", "__proto__"] });
    const inputs = fc.tuple(messages, variantArb(fieldNames), optionsArb);
    let valid = 0;
    let warned = 0;
    fc.assert(
      fc.property(inputs, ([fields, variant, options]) => {
        const a = variant(fields);
        const b = variant(fields);
        const got = current.validate(a.value, options as ValidateOptions);
        if (got.ok) valid++;
        if (got.ok && got.warnings.length > 0) warned++;
        expectSame(shown(got, a.value), shown(plain.validate(b.value, options as ValidateOptions), b.value));
        expectSame(a.reads(), b.reads());
      }),
      drawOf(200, 2000),
    );
    // Valid messages, and valid ones with warnings (an unknown key the valid path reports), or the comparison proves little.
    expect(valid).toBeGreaterThan(10);
    expect(warned).toBeGreaterThan(0);
  });

  test("the same results under a polluted Object.prototype, its key a field or not, enumerable or not", () => {
    const messages = objectArb(current.fields, { prefix: "IR_MB_", unknownKeys: ["unknownField"] });
    const pollution = fc.tuple(fc.constantFrom(...fieldNames, "unknownField"), fc.jsonValue(), fc.boolean());
    fc.assert(
      fc.property(messages, pollution, optionsArb, (fields, [key, value, enumerable], options) => {
        Object.defineProperty(Object.prototype, key, { value, enumerable, configurable: true, writable: true });
        try {
          const got = shown(current.validate(fields, options as ValidateOptions), fields);
          expectSame(got, shown(plain.validate(fields, options as ValidateOptions), fields));
        } finally {
          delete (Object.prototype as Record<string, unknown>)[key];
        }
      }),
      drawOf(100, 1000),
    );
  });
});

/**
 * The engine's checks run node with none of node's environment variables: what they check is the code as a
 * downstream process runs it, and some of those variables change it (NODE_V8_COVERAGE, which coverage tools set,
 * adds a counter to each block of bytecode: a function of 67 bytes grows to 79), while NODE_OPTIONS, which may
 * carry only the few V8 flags node lets it, changes neither the bytecode nor the inlining the checks read.
 */
const engineEnv = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith("NODE_")));

/** What node prints when run with `args`, its environment that of this process less node's own variables. */
const printedBy = (args: readonly string[], env: NodeJS.ProcessEnv = process.env): string =>
  execFileSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 26, env: engineEnv(env) });

/**
 * What the engine's checks below depend on, and so the key their passes are kept under: this node, its arguments,
 * the script, whose module lies in a folder named by a hash of its output (keptOutput), and this file, which says
 * what a pass is; not this process's environment, which engineEnv keeps from the checks. A node started for each
 * case (~0.2 s of CPU) is started again only when one changed; a failure is not kept.
 */
const passKey = (args: readonly string[]): string =>
  JSON.stringify([process.execPath, process.version, args, thisFile]);
const thisFile = ownText(import.meta.url);

/** `check` of what node prints when run with `args`, unless it passed before under the same key; a failure throws. */
const engineCheck = (args: readonly string[], check: (printed: string) => void): void =>
  void keptFolder("valid-path-engine", passKey(args), () => check(printedBy(args)));

/** V8's limit on the bytecode of a function it compiles into its caller, as this node states it (asked once a file). */
let limitStated: number | undefined;
function inliningLimit(): number {
  if (limitStated !== undefined) return limitStated;
  const options = printedBy(["--v8-options"]);
  const limit = /--max-inlined-bytecode-size=(\d+)/.exec(options.slice(options.indexOf("--max-inlined-bytecode-size ")));
  if (!limit?.[1]) throw new Error("node --v8-options no longer states --max-inlined-bytecode-size");
  limitStated = Number(limit[1]);
  return limitStated;
}

/** Node's arguments that print the bytecode of the case's validator. */
function bytecodeArgs(c: (typeof cases)[number]): { name: string; args: string[] } {
  const name = `validate${c.operation[0]?.toUpperCase()}${c.operation.slice(1)}Response`;
  const module = pathToFileURL(path.join(c.dir, "operations", c.operation, "validators.js")).href;
  // Bytecode is made at the first call.
  const script = `import(${JSON.stringify(module)}).then((m) => m.${name}({}))`;
  return { name, args: [`--print-bytecode`, `--print-bytecode-filter=${name}`, "--input-type=module", "-e", script] };
}

const bytecodeLength = (printed: string): string | undefined => /Bytecode length: (\d+)/.exec(printed)?.[1];

test("the engine's checks read the same bytecode whatever node's environment variables in this process", () => {
  const c = cases[0];
  if (c === undefined) throw new Error("no case");
  const { args } = bytecodeArgs(c);
  // Kept as the checks are: engineEnv is in this file, whose text the key holds.
  keptFolder("valid-path-engine", passKey(["environment", ...args]), () => {
    const coverage = mkdtempSync(path.join(tmpdir(), "valid-path-coverage-"));
    try {
      const set = { ...process.env, NODE_V8_COVERAGE: coverage, NODE_OPTIONS: "--max-old-space-size=512" };
      const plain = bytecodeLength(printedBy(args, {}));
      expect(plain).toBeDefined();
      expect(bytecodeLength(printedBy(args, set))).toBe(plain);
    } finally {
      rmSync(coverage, { recursive: true, force: true });
    }
  });
});

test.each(cases)("$name: its validator's bytecode is within the engine's limit for compiling it into a caller", (c) => {
  const { args } = bytecodeArgs(c);
  engineCheck(args, (printed) => {
    const length = bytecodeLength(printed);
    expect(length, printed.slice(0, 400)).toBeDefined();
    expect(Number(length)).toBeLessThanOrEqual(inliningLimit());
  });
});

/**
 * A valid message of the case, every field it can hold present (the most found among drawn ones), as JSON: the
 * validator's optimized code then holds every check it inlines for a valid message.
 */
function fullValidMessage(current: Message): string {
  const drawn = fc.sample(objectArb(current.fields, { prefix: "IR_MB_", unknownKeys: ["unknownField"] }), {
    numRuns: 2000,
    seed: 16,
  });
  const valid = drawn
    .map((m) => JSON.stringify(m))
    .filter((text) => {
      const result = current.validate(JSON.parse(text), { strict: true });
      return result.ok && result.warnings.length === 0;
    });
  const widest = valid.sort((a, b) => Object.keys(JSON.parse(b)).length - Object.keys(JSON.parse(a)).length)[0];
  if (widest === undefined) throw new Error("no valid message drawn");
  return widest;
}

// V8 weighs a function it would compile into a caller by its bytecode plus what its own optimized code already
// inlined, times 1.2, against a budget per caller (--max-inlined-bytecode-size-cumulative): a validator optimized
// before its caller, as a hot one is, would otherwise stay a call in that caller.
test.each(cases)("$name: its validator, optimized first, is still compiled into its caller", (c) => {
  const name = `validate${c.operation[0]?.toUpperCase()}${c.operation.slice(1)}Response`;
  const module = pathToFileURL(path.join(c.dir, "operations", c.operation, "validators.js")).href;
  const script = [
    `const validate = (await import(${JSON.stringify(module)})).${name};`,
    `const message = ${fullValidMessage(c.current)};`,
    "const options = { strict: true };",
    "function caller() { return validate(message, options); }",
    "%PrepareFunctionForOptimization(validate);",
    "for (let i = 0; i < 100; i++) validate(message, options);",
    "%OptimizeFunctionOnNextCall(validate);",
    "validate(message, options);",
    "%PrepareFunctionForOptimization(caller);",
    "for (let i = 0; i < 100; i++) caller();",
    "%OptimizeFunctionOnNextCall(caller);",
    "caller();",
  ].join("\n");
  const args = ["--allow-natives-syntax", "--trace-turbo-inlining", "--input-type=module", "-e", script];
  const fn = (of: string) => String.raw`\{0x[0-9a-f]+ <SharedFunctionInfo ${of}>\}`;
  engineCheck(args, (printed) => {
    // Weighed with its own optimized code, or the test proves nothing.
    expect(printed).toMatch(new RegExp(`${fn(name)}, bytecode size: \\d+, existing opt code's inlined bytecode size`));
    expect(printed).toMatch(new RegExp(`Inlining 0x[0-9a-f]+ ${fn(name)} into 0x[0-9a-f]+ ${fn("caller")}`));
  });
});
