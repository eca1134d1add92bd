// Every message Sips posts back that the spec describes (an operation's
// callback) is named where the README and the users' guide list them: as the
// OpenAPI document's webhook, and in the guide with the operation it follows.
// The callbacks are read from spec/, so that a new one fails here until the
// documents name it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { repoRoot, specDir } from "../support/paths.js";

const operations = path.join(specDir, "operations");
const callbacks = readdirSync(operations, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".yaml"))
  .flatMap((file) => {
    const operation = parse(readFileSync(path.join(operations, file), "utf8"), { schema: "failsafe" }) as {
      operation: string;
      callback?: { name: string };
    };
    return operation.callback === undefined ? [] : [{ operation: operation.operation, name: operation.callback.name }];
  });
const read = (file: string) => readFileSync(path.join(repoRoot, file), "utf8").replace(/\s+/g, " ");

test("the spec has callbacks, which the documents below name", () => {
  expect(callbacks.length).toBeGreaterThan(0);
});

test.each(callbacks)("the README names $name as the OpenAPI document's webhook", ({ name }) => {
  const named = `\`webhooks.${name}\``;
  expect(read("README.md").includes(named), named).toBe(true);
});

test.each(callbacks)("the users' guide names $name with $operation in its OpenAPI list", ({ operation, name }) => {
  const guide = read("docs/package-readme.md");
  const openApi = guide.slice(guide.indexOf("## JSON Schemas and OpenAPI"));
  for (const named of [`\`${name}\``, `\`${operation}\``]) expect(openApi.includes(named), named).toBe(true);
});
