// Messages whose saved facts stop before their page does (factsStop in the
// spec): the registry's validation takes a field the spec does not hold as a
// warning naming the gap, strict validation refuses it, the message's own
// validator stays strict, the JSON Schema is open and says why, and the
// reference page shows it. Found in the registry: no message is named here.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import * as generated from "../../generated/index.js";
import { operations } from "../../generated/index.js";
import { factsStopValidate } from "../../generated/runtime/facts-stop.js";
import { generatedDir } from "../support/paths.js";

const UNKNOWN = "aFieldTheSpecDoesNotHold";

const cases = Object.values(operations).flatMap((op) =>
  (["request", "response"] as const).flatMap((kind) => {
    const message = op[kind];
    return message.factsStop ? [{ name: `${op.name} ${kind}`, op, kind, message, stop: message.factsStop }] : [];
  }),
);

test("the spec has a message whose facts stop", () => {
  expect(cases.length).toBeGreaterThan(0);
});

describe.each(cases)("$name", ({ op, kind, message, stop }) => {
  const openapi = JSON.parse(readFileSync(path.join(generatedDir, "openapi.json"), "utf8"));
  // The sealed example of the OpenAPI document: a valid message.
  const valid: Record<string, unknown> = openapi.components.examples[message.name].value;

  test("a field the spec does not hold is a warning naming the gap; strict refuses it", () => {
    expect(message.validate(valid).ok).toBe(true);
    const result = message.validate({ ...valid, [UNKNOWN]: "x" });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const warning = result.warnings.find((w) => w.path === `/${UNKNOWN}`);
    expect(warning?.code).toBe("unknown-field");
    expect(warning?.message).toContain(stop.see);
    expect(warning?.message).toContain(stop.of);
    expect(message.is({ ...valid, [UNKNOWN]: "x" })).toBe(true);
    expect(message.validate({ ...valid, [UNKNOWN]: "x" }, { strict: true }).ok).toBe(false);
  });

  test("other errors stay errors", () => {
    expect(message.validate({ ...valid, [UNKNOWN]: "x", [message.fields[0]?.name ?? ""]: { not: "a value" } }).ok).toBe(
      false,
    );
  });

  test("the message's own validator keeps a request strict", () => {
    const own = (generated as unknown as Record<string, (v: unknown) => { ok: boolean }>)[`validate${message.name}`];
    expect(own?.({ ...valid, [UNKNOWN]: "x" }).ok).toBe(kind === "response");
  });

  test("its JSON Schema is open and says where the facts stop; its reference page too", () => {
    const schema = JSON.parse(readFileSync(path.join(generatedDir, "schemas", `${op.name}.${kind}.schema.json`), "utf8"));
    expect(schema.additionalProperties).toBe(true);
    expect(schema["x-sips-facts-stop"].see).toBe(stop.see);
    expect(readFileSync(path.join(generatedDir, "docs", `${op.name}.md`), "utf8")).toContain(stop.see);
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
