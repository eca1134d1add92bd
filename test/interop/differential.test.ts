// Differential tests: for every message, the generated validator and ajv
// running the emitted JSON Schema agree on valid/invalid, over arbitrary JSON
// and over messages built from the field descriptors (250 of each per
// message, 5,000 with SIPS_DEEP=1; counters hold that the draw reaches
// objects and non-objects, valid and invalid messages and every kind of issue
// the messages can raise), and the validator never throws. Responses and
// callbacks are compared with `strict: true` against the strict schema, the
// documented contract, and responses by default (lenient) against the lenient
// response schema. Held on the repository's output and on the golden
// fixture's, whose messages have what the repository's lack (fields newer
// than others at every depth, lists of containers, conditional fields,
// values an operation narrows). Where both refuse, they refuse at the same
// JSON Pointers: the validator's errors are every one ajv finds with allErrors.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as repository from "../../generated/index.js";
import type { MessageDescriptor } from "../../generated/index.js";
import { generateGoldenSpec } from "../support/generate.js";
import { keptOutput } from "../support/kept-output.js";
import { generatedDir } from "../support/paths.js";
import { objectArb, reachedCodes } from "../support/message-arbitrary.js";
import { drawOf, runs } from "../support/property-runs.js";
import { SIPS_KEYWORDS } from "./sips-keywords.js";

/**
 * Per message and kind of input (test/support/property-runs.ts). On the fixed seed the repository's messages need
 * 181 to 190 draws for the counters below: paymentTokenInitialize's request meets unknown-value only after 180.
 * The rest of the 250 is room for the messages of a new page release, which must not need an edit here.
 */
const QUICK = 250;
const DEEP = 5000;
const RUNS = runs(QUICK, DEEP);

const ajv = new Ajv2020({ allErrors: true, strict: true });
for (const keyword of SIPS_KEYWORDS) ajv.addKeyword(keyword);

type Operation = (typeof repository.operations)[keyof typeof repository.operations];

/** A generated package: its registry of operations, and the text of a file of its output by path. */
interface Package {
  readonly label: string;
  /** Typed as the repository's: the golden fixture's have the same shape under other names. */
  readonly operations: Record<string, Operation>;
  readonly text: (file: string) => string;
}

/** The golden fixture's output, generated in memory and loaded from a kept folder as JavaScript. */
async function goldenPackage(): Promise<Package> {
  const { files } = await generateGoldenSpec();
  const dir = keptOutput("golden", files, "javascript");
  const loaded = (await import(pathToFileURL(path.join(dir, "index.js")).href)) as typeof repository;
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  const operations = loaded.operations as unknown as Record<string, Operation>;
  return { label: "golden fixture", operations, text: (file) => byPath.get(file) ?? "" };
}

const packages: readonly Package[] = [
  {
    label: "repository",
    operations: repository.operations,
    text: (file) => readFileSync(path.join(generatedDir, file), "utf8"),
  },
  await goldenPackage(),
];

type Kind = "request" | "response" | "callback";

const JSON_VALUES = fc.jsonValue({ maxDepth: 3 });
/**
 * On the fixed seed every message draws the same JSON values (fc.sample draws what fc.assert would): drawn once,
 * frozen so that no check can change what the next one reads. A deep run draws afresh for each message.
 */
const fixedJson = (() => {
  const draw = drawOf<unknown>(QUICK, DEEP);
  return draw.seed === undefined ? undefined : fc.sample(JSON_VALUES, draw).map(deepFrozen);
})();

function arbitraryJson(): readonly unknown[] {
  return fixedJson ?? fc.sample(JSON_VALUES, drawOf<unknown>(QUICK, DEEP));
}

function deepFrozen<T>(value: T): T {
  if (typeof value === "object" && value !== null) for (const inner of Object.values(value)) deepFrozen(inner);
  return Object.freeze(value);
}

const cases = packages.flatMap((pkg) =>
  Object.values(pkg.operations).flatMap((op) => {
    const message = (kind: Kind, lenient: boolean) => ({
      name: `${pkg.label}: ${op.name} ${kind}${lenient ? ", lenient" : ""}`,
      pkg,
      op,
      kind,
      lenient,
      message: op[kind] as unknown as MessageDescriptor<unknown>,
    });
    return [
      message("request", false),
      message("response", false),
      message("response", true),
      ...(op.callback ? [message("callback", false)] : []),
    ];
  }),
);

function schemaValidator(pkg: Package, opName: string, kind: Kind, lenient: boolean): ValidateFunction {
  const file = `schemas/${opName}.${kind}${lenient ? ".lenient" : ""}.schema.json`;
  return ajv.compile(JSON.parse(pkg.text(file)) as object);
}

describe.each(cases)("$name", ({ pkg, op, kind, lenient, message }) => {
  const schema = schemaValidator(pkg, op.name, kind, lenient);
  // The schema of a message whose saved facts stop is open: a field the spec does not hold is the gap's
  // warning, which strict validation refuses; the two agree on everything else.
  const beyondFacts = (e: { path: string; code: string }) =>
    e.code === "unknown-field" && e.path.lastIndexOf("/") === 0;
  /** The issue codes the validator raised on the draw of the current test. */
  const reached = new Set<string>();
  const ours = (value: unknown) => {
    const result = message.validate(value, { strict: !lenient });
    for (const issue of result.ok ? result.warnings : [...result.errors, ...result.warnings]) reached.add(issue.code);
    return message.factsStop && !result.ok && result.errors.every(beyondFacts)
      ? { ok: true as const, errors: [] }
      : result;
  };
  const agree = (value: unknown) => {
    const result = ours(value);
    const theirs = schema(value);
    if (result.ok !== theirs) {
      throw new Error(
        `disagree on ${JSON.stringify(value)}: validator ${result.ok ? "accepts" : `refuses (${JSON.stringify(result.errors)})`}, ajv ${theirs ? "accepts" : `refuses (${JSON.stringify(schema.errors)})`}`,
      );
    }
    // Both refuse: at the same places, every one of them (a field beyond the saved facts aside, which the schema lets
    // through). A combinator's error (`if` of the version rules) sums up the errors of its branch, reported beside it;
    // the schema refuses a field newer than the declared version as a whole, where the validator also reports each
    // of its fields that is as new.
    if (!result.ok) {
      const paths = (list: readonly string[]) => [...new Set(list)].sort();
      const where = paths((schema.errors ?? []).filter((e) => !COMBINATORS.has(e.keyword)).map(ajvPointer));
      const within = (path: string) => where.some((w) => path.startsWith(`${w}/`));
      const mine = paths(
        result.errors
          .filter((e) => !(message.factsStop && beyondFacts(e)) && !(e.code === "version" && within(e.path)))
          .map((e) => e.path),
      );
      if (mine.join("\n") !== where.join("\n"))
        throw new Error(
          `refuse at other places ${JSON.stringify(value)}: validator ${JSON.stringify(mine)}, ajv ${JSON.stringify(where)}`,
        );
    }
    return result.ok;
  };

  // A callback has no example: Sips sends it, no operation of the document does.
  if (kind !== "callback")
    test("the example of the OpenAPI document is valid for both", () => {
      expect(agree(JSON.parse(JSON.stringify(exampleOf(pkg, message.name))))).toBe(true);
    });

  test(`arbitrary JSON: ${RUNS} values`, () => {
    reached.clear();
    let objects = 0;
    // agree names the value it fails on; fast-check's shrinking is left out, the draw being the one fc.assert makes.
    for (const value of arbitraryJson()) {
      if (typeof value === "object" && value !== null && !Array.isArray(value)) objects++;
      agree(value);
    }
    // Objects, whose fields are checked, and values refused as a whole.
    expect(objects).toBeGreaterThan(RUNS / 20);
    expect(reached).toContain("not-an-object");
    expect(reached).toContain("unknown-field");
  });

  test(`messages built from the descriptors: ${RUNS} values, both valid and invalid ones`, () => {
    reached.clear();
    let valid = 0;
    const arbitrary = objectArb(message.fields, {
      prefix: op.interfaceVersion.prefix,
      unknownKeys: ["unknownField", "__proto__", "seal2"],
      // Texts one over their length, whatever the length; and, since the lenient schema refuses little else,
      // required fields left out often enough that a small message (the golden fixture's) is refused now and then.
      exactlyOver: true,
      ...(lenient ? { requiredAbsentOneIn: 10 } : {}),
    });
    fc.assert(
      fc.property(arbitrary, (value) => {
        if (agree(JSON.parse(JSON.stringify(value)))) valid++;
      }),
      drawOf(QUICK, DEEP),
    );
    // Both outcomes must be well represented, and every kind of issue met, or the comparison proves little.
    expect(valid).toBeGreaterThan(RUNS / 20);
    expect(valid).toBeLessThan(RUNS - RUNS / 20);
    expect([...reachedCodes(message.fields)].filter((code) => !reached.has(code))).toEqual([]);
  });
});

const COMBINATORS: ReadonlySet<string> = new Set(["if", "anyOf", "oneOf", "allOf"]);

/** The JSON Pointer of the value an ajv error is about: a missing or unknown property's own, not its object's. */
function ajvPointer(error: ErrorObject): string {
  const params = error.params as { missingProperty?: string; additionalProperty?: string };
  const key =
    error.keyword === "required"
      ? params.missingProperty
      : error.keyword === "additionalProperties"
        ? params.additionalProperty
        : undefined;
  return key === undefined
    ? error.instancePath
    : `${error.instancePath}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`;
}

/** Each package's OpenAPI examples, parsed once: every request and response of the package reads its own. */
const examplesOf = new Map<Package, Record<string, { value: unknown }>>();

function exampleOf(pkg: Package, name: string): unknown {
  let examples = examplesOf.get(pkg);
  if (!examples) {
    const doc = JSON.parse(pkg.text("openapi.json")) as {
      components: { examples: Record<string, { value: unknown }> };
    };
    examplesOf.set(pkg, (examples = doc.components.examples));
  }
  return examples[name]?.value;
}
