// Messages whose saved facts stop before their page does (factsStop in the
// spec): their exported validator and guard, and the registry's (the same
// functions), take a field the spec does not hold as a warning naming the gap;
// strict validation refuses it; the JSON Schema is open and says why, and the
// reference page shows it. Held on the repository's output and on the golden
// fixture's, each message found in its registry: none is named here.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import * as repository from "../../generated/index.js";
import type { FactsStopDescriptor, FieldDescriptor, ValidateOptions, ValidationResult } from "../../generated/index.js";
import { factsStopValidate } from "../../generated/runtime/facts-stop.js";
import { generateGoldenSpec } from "../support/generate.js";
import { generatedDir } from "../support/paths.js";
import { keptOutput } from "../support/kept-output.js";

const UNKNOWN = "aFieldTheSpecDoesNotHold";

type Validate = (value: unknown, options?: ValidateOptions) => ValidationResult<unknown>;
type Guard = (value: unknown, options?: ValidateOptions) => boolean;

/** What a registry's message entry (request, response or callback) has that matters here. */
interface MessageEntry {
  readonly name: string;
  readonly fields: readonly FieldDescriptor[];
  readonly factsStop: FactsStopDescriptor | null;
  readonly validate: Validate;
  /** None for a callback (see casesOf). */
  readonly is?: Guard;
}

/** A generated package: its exports (the registry among them) and the text of its other files. */
interface Package {
  readonly label: string;
  readonly exports: Record<string, unknown>;
  readonly text: (file: string) => string;
}

/** The golden fixture's output, generated in memory and loaded from a kept folder as JavaScript. */
async function goldenPackage(): Promise<Package> {
  const result = await generateGoldenSpec();
  const outDir = keptOutput("golden", result.files, "javascript");
  const exports = (await import(pathToFileURL(path.join(outDir, "index.js")).href)) as Record<string, unknown>;
  const byPath = new Map(result.files.map((f) => [f.path, f.content]));
  const text = (file: string) => byPath.get(file) ?? "";
  return { label: "golden fixture", exports, text };
}

const golden = await goldenPackage();

const packages: readonly Package[] = [
  {
    label: "repository",
    exports: repository as unknown as Record<string, unknown>,
    text: (file) => readFileSync(path.join(generatedDir, file), "utf8"),
  },
  golden,
];

/**
 * A callback's smallest valid message (OpenAPI gives callbacks no example): its required fields, each with the first
 * value of its list, else a value of its type and format.
 */
const requiredOnly = (fields: readonly FieldDescriptor[]): Record<string, unknown> =>
  Object.fromEntries(
    fields
      .filter((f) => f.presence === "required")
      .map((f) => [
        f.name,
        f.valueList?.values[0]?.value ??
          (f.type === "integer" ? 1 : f.format?.startsWith("N") ? "0".repeat(Number(f.format.slice(1)) || 1) : "x"),
      ]),
  );

/** Every message of a package whose facts stop, with a valid one: its OpenAPI example, or a callback's required fields. */
function casesOf(pkg: Package) {
  const registry = pkg.exports["operations"] as Record<string, Record<string, unknown> & { name: string }>;
  const examples = JSON.parse(pkg.text("openapi.json")).components.examples as Record<string, { value: unknown }>;
  return Object.values(registry).flatMap((op) =>
    (["request", "response", "callback"] as const).flatMap((kind) => {
      const message = op[kind] as MessageEntry | null;
      if (!message?.factsStop) return [];
      const valid = (examples[message.name]?.value ?? (kind === "callback" ? requiredOnly(message.fields) : undefined)) as Record<
        string,
        unknown
      >;
      return [
        {
          name: `${pkg.label}: ${op.name} ${kind}`,
          pkg,
          op: op.name,
          kind,
          message,
          stop: message.factsStop,
          valid,
          exported: {
            validate: pkg.exports[`validate${message.name}`] as Validate,
            // A callback has none: it is read with its decoder, which verifies the seal.
            is: kind === "callback" ? null : (pkg.exports[`is${message.name}`] as Guard),
          },
        },
      ];
    }),
  );
}

const cases = packages.flatMap(casesOf);

test.each(packages)("$label has a message whose facts stop", (pkg) => {
  expect(casesOf(pkg).length).toBeGreaterThan(0);
});

describe.each(cases)("$name", ({ pkg, op, kind, message, stop, valid, exported }) => {
  test("the registry's validator and guard are the exported ones", () => {
    expect(typeof exported.validate).toBe("function");
    expect(typeof exported.is).toBe(kind === "callback" ? "object" : "function");
    expect(message.validate).toBe(exported.validate);
    expect(message.is ?? null).toBe(exported.is);
  });

  test("a field the spec does not hold is a warning naming the gap; strict refuses it", () => {
    expect(exported.validate(valid).ok).toBe(true);
    const more = { ...valid, [UNKNOWN]: "x" };
    const result = exported.validate(more);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const warning = result.warnings.find((w) => w.path === `/${UNKNOWN}`);
    expect(warning?.code).toBe("unknown-field");
    expect(warning?.message).toContain(stop.see);
    expect(warning?.message).toContain(stop.of);
    if (stop.after !== null) expect(warning?.message).toContain(stop.after);
    expect(exported.is?.(more) ?? true).toBe(true);

    const strict = exported.validate(more, { strict: true });
    expect(strict.ok).toBe(false);
    if (!strict.ok) expect(strict.errors.map((e) => [e.path, e.code])).toContainEqual([`/${UNKNOWN}`, "unknown-field"]);
    expect(exported.is?.(more, { strict: true }) ?? false).toBe(false);
  });

  test("other errors stay errors", () => {
    const broken = { ...valid, [UNKNOWN]: "x", [message.fields[0]?.name ?? ""]: { not: "a value" } };
    expect(exported.validate(broken).ok).toBe(false);
    expect(exported.is?.(broken) ?? false).toBe(false);
  });

  test("its JSON Schema is open and says where the facts stop; its reference page too", () => {
    const schema = JSON.parse(pkg.text(path.join("schemas", `${op}.${kind}.schema.json`)));
    expect(schema.additionalProperties).toBe(true);
    expect(schema["x-sips-facts-stop"].see).toBe(stop.see);
    expect(pkg.text(path.join("docs", `${op}.md`))).toContain(stop.see);
  });
});

test("factsStopValidate: only unknown fields at the top of the message become warnings", () => {
  const stop = { of: "x's request", after: null, see: "https://docs.example.com/x" };
  const validate = factsStopValidate<unknown>(
    () => ({
      ok: false,
      errors: [
        { path: "/a", code: "unknown-field", message: "is not a field of this message" },
        { path: "/b/c", code: "unknown-field", message: "is not a field of this message" },
      ],
      warnings: [],
    }),
    stop,
  );
  const result = validate({});
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.errors.map((e) => e.path)).toEqual(["/b/c"]);
  expect(result.warnings.map((w) => w.path)).toEqual(["/a"]);
  expect(result.warnings[0]?.message).toContain("https://docs.example.com/x");
});
