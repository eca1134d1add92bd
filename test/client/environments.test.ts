// The client reaches each operation at its JSON address in the environment it
// is given by name (SIMU for the Paypage operations): read from the registry,
// checked with a fetch that records where it was sent.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import {
  createClient,
  type FetchLike,
  operations,
  SIPS_ENVIRONMENTS,
  type SipsEnvironment,
} from "../../generated/index.js";
import { generatedDir } from "../support/paths.js";
import { someCases } from "../support/some-cases.js";

const openapi = JSON.parse(readFileSync(path.join(generatedDir, "openapi.json"), "utf8"));

const cases = someCases(
  "JSON addresses of the registry's operations",
  Object.values(operations).flatMap((op) =>
    Object.entries(op.endpoints).map(([environment, url]) => ({
      name: `${op.name} in ${environment}`,
      op,
      environment,
      url,
    })),
  ),
);

test.each(cases)("$name: posted as JSON to its address there", async ({ op, environment, url }) => {
  expect(SIPS_ENVIRONMENTS).toContain(environment);
  const sent: { url: string; type: string; body: unknown }[] = [];
  const fetch: FetchLike = async (to, init) => {
    sent.push({ url: to, type: init.headers["content-type"], body: JSON.parse(init.body) });
    return { status: 503, text: async () => "" };
  };
  // The OpenAPI document's sealed example, less what the client fills in; its interfaceVersion where none is recommended.
  const { merchantId, keyVersion, seal, interfaceVersion, ...fields } =
    openapi.components.examples[op.request.name].value;
  const client = createClient({
    environment: environment as SipsEnvironment,
    merchantId,
    keyVersion,
    secretKey: "k",
    fetch,
    interfaceVersions: { [op.name]: interfaceVersion },
  });
  const call = (client as unknown as Record<string, (fields: unknown) => Promise<{ ok: boolean }>>)[op.name];
  const result = await call?.(fields);
  expect(result?.ok).toBe(false);
  expect(sent).toMatchObject([{ url, type: "application/json" }]);
});
