// The JSON Schemas and the OpenAPI document say which fields carry a secret of
// the buyer, as the registry does: `x-sips-sensitive` with the spec's words, on
// exactly the fields the spec marks, so that a tool reading them (a log filter,
// a reviewer) need not know the registry; and where a message's saved facts
// stop before a field that carries one, its `x-sips-facts-stop` says which.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { generatedDir } from "../support/paths.js";
import { secretsBeyondFactsOfSpec, sensitiveFieldsOfSpec } from "../support/sensitive-spec.js";

type Schema = { properties?: Record<string, Record<string, unknown>> };
const json = (file: string): unknown => JSON.parse(readFileSync(path.join(generatedDir, file), "utf8"));

/** `where: field -> secret` for every property of `schemas` that says it carries a secret. */
function marked(schemas: Record<string, Schema>): string[] {
  return Object.entries(schemas).flatMap(([where, schema]) =>
    Object.entries(schema.properties ?? {}).flatMap(([field, property]) =>
      property["x-sips-sensitive"] === undefined ? [] : [`${where}: ${field} -> ${String(property["x-sips-sensitive"])}`],
    ),
  );
}

const facts = await sensitiveFieldsOfSpec();
const upperFirst = (name: string): string => `${name.charAt(0).toUpperCase()}${name.slice(1)}`;

test("the spec marks at least one field sensitive (else the checks below would check nothing)", () => {
  expect(facts.length).toBeGreaterThan(0);
});

test("each message's schema, lenient too, marks exactly the spec's sensitive fields with the spec's words", () => {
  const schemaFiles = new Map<string, Schema>();
  for (const file of readdirSync(path.join(generatedDir, "schemas")))
    schemaFiles.set(file.replace(/\.schema\.json$/, ""), json(path.join("schemas", file)) as Schema);
  expect(schemaFiles.size).toBeGreaterThan(0);
  const expected = facts.flatMap(({ operation, message, field, secret }) =>
    (message === "response" ? ["response", "response.lenient"] : ["request"]).map(
      (name) => `${operation}.${name}: ${field} -> ${secret}`,
    ),
  );
  expect(marked(Object.fromEntries(schemaFiles)).sort()).toEqual(expected.sort());
});

test("openapi.json's component schemas mark exactly the spec's sensitive fields with the spec's words", () => {
  const { components } = json("openapi.json") as { components: { schemas: Record<string, Schema> } };
  const expected = facts.map(
    ({ operation, message, field, secret }) => `${upperFirst(operation)}${upperFirst(message)}: ${field} -> ${secret}`,
  );
  expect(marked(components.schemas).sort()).toEqual(expected.sort());
});

/** `where -> secret` for every schema whose x-sips-facts-stop says a field beyond the facts carries a secret. */
function stopsMarked(schemas: Record<string, Record<string, unknown>>): string[] {
  return Object.entries(schemas).flatMap(([where, schema]) => {
    const stop = schema["x-sips-facts-stop"] as Record<string, unknown> | undefined;
    return stop?.["sensitive"] === undefined ? [] : [`${where} -> ${String(stop["sensitive"])}`];
  });
}

const beyondFacts = await secretsBeyondFactsOfSpec();

test("the schemas and openapi.json say the secret a field beyond a message's saved facts carries, on exactly those messages", () => {
  expect(beyondFacts.length).toBeGreaterThan(0);
  const schemaFiles: Record<string, Record<string, unknown>> = {};
  for (const file of readdirSync(path.join(generatedDir, "schemas")))
    schemaFiles[file.replace(/\.schema\.json$/, "")] = json(path.join("schemas", file)) as Record<string, unknown>;
  const inSchemas = beyondFacts.flatMap(({ operation, message, secret }) =>
    (message === "response" ? ["response", "response.lenient"] : ["request"])
      .filter((name) => schemaFiles[`${operation}.${name}`]?.["x-sips-facts-stop"] !== undefined)
      .map((name) => `${operation}.${name} -> ${secret}`),
  );
  expect(inSchemas.length).toBeGreaterThan(0);
  expect(stopsMarked(schemaFiles).sort()).toEqual(inSchemas.sort());
  const { components } = json("openapi.json") as { components: { schemas: Record<string, Record<string, unknown>> } };
  const inOpenapi = beyondFacts.map(
    ({ operation, message, secret }) => `${upperFirst(operation)}${upperFirst(message)} -> ${secret}`,
  );
  expect(stopsMarked(components.schemas).sort()).toEqual(inOpenapi.sort());
});
