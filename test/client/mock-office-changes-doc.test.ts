// What the users' guide says the mock answers an Office operation that changes
// a transaction: the accepted code, and none of the fields that say what the
// transaction became, which no request gives a value of (their format and
// values are not public). Each operation the guide names is read from its
// section's heading, its fields from the registry: a release whose facts give
// those fields a value is to make the mock answer with it, and the guide say so.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createClient, type OperationName, operations } from "../../generated/index.js";
import { type MockServer, startMockServer } from "../../generated/mock.js";
import { repoRoot } from "../support/paths.js";

const KEY = "mock-office-changes-key";
const guide = readFileSync(path.join(repoRoot, "docs", "package-readme.md"), "utf8");
const heading = /^### Office: (\w+), (\w+) and (\w+)$/m.exec(guide);
const named = (heading?.slice(1) ?? []) as OperationName[];
const section = guide.slice(heading?.index ?? 0, guide.indexOf("\n## ", heading?.index ?? 0));
/** The fields the section says the mock leaves out, as it quotes them. */
const leftOut = [...(/no (`\w+`) or (`\w+`)/.exec(section)?.slice(1) ?? [])].map((name) => name.slice(1, -1));

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ secretKey: KEY });
});
afterAll(() => mock.close());

test("the guide's Office section names three operations that change a transaction, and two fields the mock leaves out", () => {
  expect(named).toHaveLength(3);
  for (const name of named) expect(operations[name].effect, name).toBe("changes");
  expect(leftOut).toHaveLength(2);
});

test.each(named)(
  "%s: the mock answers the accepted code, without the fields the guide says it leaves out",
  async (name) => {
    const { status, response } = operations[name];
    // The response has those fields: the guide speaks of fields a reply may hold.
    for (const field of leftOut) expect(response.fields.map((f) => f.name)).toContain(field);
    const sips = createClient({ environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey: KEY });
    const call = sips[name] as (fields: object) => ReturnType<typeof sips.cancel>;
    const result = await call({ currencyCode: "978", transactionReference: "order42x1", operationAmount: 500 });
    if (!result.ok) throw new Error(result.error.message);
    const reply = result.response as Record<string, unknown>;
    expect(status?.field === undefined ? undefined : reply[status.field]).toBe(status?.accepted);
    for (const field of leftOut) expect(Object.keys(reply), field).not.toContain(field);
  },
);
