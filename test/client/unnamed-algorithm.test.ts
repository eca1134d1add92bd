// A request with no sealAlgorithm field names no algorithm: Sips verifies it, and seals its reply, with the
// platform's default. A client configured with another algorithm seals such a request with the default all the
// same, as its configuration's docs say, so that the package's mock (playing Sips) takes it and the reply verifies.
// Every operation of the registry whose request has no such field is called, with its OpenAPI example.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createClient, operations, SEAL_ALGORITHM_NAMES, type FetchLike } from "../../generated/index.js";
import { startMockServer, type MockServer } from "../../generated/mock.js";
import { DEFAULT_SEAL_ALGORITHM, SEAL_ALGORITHM_FIELD } from "../../generated/runtime/platform.js";
import { callFields } from "../support/openapi-examples.js";

const secretKey = "unnamed-algorithm-test-key";
const unnamed = Object.values(operations).filter(
  (op) => !op.request.fields.some((f) => f.name === SEAL_ALGORITHM_FIELD),
);
const others = SEAL_ALGORITHM_NAMES.filter((a) => a !== DEFAULT_SEAL_ALGORITHM);

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ secretKey });
});
afterAll(() => mock.close());

test("the registry has requests without a sealAlgorithm field, and algorithms other than the default", () => {
  expect(unnamed.length).toBeGreaterThan(0);
  expect(others.length).toBeGreaterThan(0);
});

test.each(unnamed.flatMap((op) => others.map((algorithm) => [op.name, algorithm, op] as const)))(
  "%s, configured with %s: sealed with the platform's default, which the mock verifies, and the reply verified so",
  async (_name, algorithm, op) => {
    const sent: Record<string, unknown>[] = [];
    const fetch: FetchLike = (url, init) => {
      sent.push(JSON.parse(init.body) as Record<string, unknown>);
      return globalThis.fetch(url, init);
    };
    const client = createClient({
      environment: mock.url,
      merchantId: "002001000000001",
      keyVersion: 1,
      secretKey,
      sealAlgorithm: algorithm,
      fetch,
    });
    const call = client[op.name as keyof typeof client] as (fields: unknown) => Promise<{ ok: boolean }>;
    const result = await call(callFields(op.request.name));
    expect(sent).toHaveLength(1);
    const [request] = sent;
    expect(request).not.toHaveProperty(SEAL_ALGORITHM_FIELD);
    expect(op.request.verify(request as never, secretKey, DEFAULT_SEAL_ALGORITHM)).toBe(true);
    expect(result).toMatchObject({ ok: true });
  },
);
