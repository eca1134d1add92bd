// A Paypage POST form posted by hand to the JSON address of an operation that
// takes no form (In-App's, Office's): the mock says whose address it is and
// where a form goes, never the base-URL advice, which cannot have put it there.
// Which operations take a form comes from the registry's addresses.
import { afterAll, beforeAll, expect, test } from "vitest";
import { operations, paypagePostForm } from "../../generated/index.js";
import { startMockServer, type MockServer } from "../../generated/mock.js";
import { primaryPostAddress } from "../../generated/runtime/operation-addresses.js";
import { post as postForm } from "../support/mock-form-posts.js";
import { secretKey } from "../support/mock-seed-operation.js";

let server: MockServer<keyof typeof operations & string>;
beforeAll(async () => {
  server = await startMockServer({ secretKey });
});
afterAll(() => server.close());

test("a Paypage form posted to the JSON address of an operation with no form address is told to go to its own action", async () => {
  const built = paypagePostForm(
    { amount: 1250, currencyCode: "978" },
    { merchantId: "002001000000001", keyVersion: 1, secretKey, environment: server.url },
  );
  if (!built.ok) throw new Error(built.error.message);
  const formless = Object.values(operations).filter((o) => primaryPostAddress(o.addresses) === undefined);
  expect(formless.length).toBeGreaterThan(0);
  for (const { name } of formless) {
    const reply = await postForm({ ...built.form, action: server.urlOf(name as keyof typeof operations) });
    expect({ name, status: reply.status, body: JSON.parse(reply.text) as unknown }).toEqual({
      name,
      status: 400,
      body: {
        error: `the body is a Paypage POST form (Data, Seal), sent to ${name}'s JSON address, which takes a JSON request: ${name} has no POST form address; post a form to the action it was built with`,
      },
    });
  }
});
