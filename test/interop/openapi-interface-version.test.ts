// A generic client built from openapi.json must know the interface prefix a
// request's interfaceVersion takes and the version to declare: each operation
// carries them as x-sips-interface-version, the facts its spec file writes
// (interfaceVersion: prefix, recommended as one version or one per prefix),
// as the registry gives them to the generated client.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { operations } from "../../generated/index.js";
import { generatedDir, specDir } from "../support/paths.js";

interface InterfaceVersionFacts {
  readonly prefix: string;
  readonly recommended: string | null;
  readonly recommendedByPrefix: Record<string, string>;
  readonly postPrefix: string | null;
}

/** What each operation file of spec/operations/ writes under interfaceVersion, by operation. */
function specFacts(): Map<string, InterfaceVersionFacts> {
  const dir = path.join(specDir, "operations");
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".yaml"));
  return new Map(
    files.map((file) => {
      const raw = parse(readFileSync(path.join(dir, file), "utf8")) as {
        operation: string;
        interfaceVersion: { prefix: string; recommended?: string | Record<string, string> };
      };
      const { prefix, recommended } = raw.interfaceVersion;
      const byPrefix = typeof recommended === "string" ? { [prefix]: recommended } : (recommended ?? {});
      const others = Object.keys(byPrefix).filter((p) => p !== prefix);
      const facts = {
        prefix,
        recommended: byPrefix[prefix] ?? null,
        recommendedByPrefix: byPrefix,
        postPrefix: others.length === 1 ? (others[0] ?? null) : null,
      };
      return [raw.operation, facts] as const;
    }),
  );
}

interface OpenApiOperation {
  readonly operationId: string;
  readonly "x-sips-interface-version"?: unknown;
  readonly requestBody: { content: { "application/json": { schema: { $ref: string } } } };
}
const document = JSON.parse(readFileSync(path.join(generatedDir, "openapi.json"), "utf8")) as {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, { properties: Record<string, { pattern?: string }> }> };
};
// A path item holds its POST and, for an operation at an address of its own, its servers.
const inOpenApi = new Map(
  Object.values(document.paths).flatMap((item) =>
    Object.values(item)
      .filter((op): op is OpenApiOperation => typeof op === "object" && op !== null && "operationId" in op)
      .map((op) => [op.operationId, op] as const),
  ),
);

test("every operation in openapi.json gives the prefix and recommended versions its spec file writes", () => {
  const spec = specFacts();
  expect(spec.size).toBeGreaterThan(1);
  expect([...inOpenApi.keys()].sort()).toEqual([...spec.keys()].sort());
  // The spec has an operation with a POST interface beside its JSON one. One that recommends no version is held
  // where the spec has one, not required: every operation of the spec may come to recommend one.
  expect([...spec.values()].some((f) => f.postPrefix !== null)).toBe(true);
  for (const [name, facts] of spec) {
    const op = inOpenApi.get(name);
    expect(op?.["x-sips-interface-version"], name).toEqual(facts);
    // The registry gives the generated client the same facts.
    const { prefix, recommended, recommendedByPrefix, postPrefix } =
      operations[name as keyof typeof operations].interfaceVersion;
    expect({ prefix, recommended, recommendedByPrefix, postPrefix }, name).toEqual(facts);
  }
});

test("the prefix given is the one the request schema's interfaceVersion pattern holds", () => {
  // Every operation of the spec is looked at: an empty document would pass the loop below.
  expect([...inOpenApi.keys()].sort()).toEqual([...specFacts().keys()].sort());
  for (const [name, op] of inOpenApi) {
    const facts = op["x-sips-interface-version"] as InterfaceVersionFacts;
    const schema = op.requestBody.content["application/json"].schema.$ref.split("/").at(-1) ?? "";
    const pattern = document.components.schemas[schema]?.properties["interfaceVersion"]?.pattern;
    expect(pattern, name).toMatch(new RegExp(`^\\^${facts.prefix}\\(`));
  }
});
