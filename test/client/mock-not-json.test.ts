// What the mock's 400 says of a body that is not JSON at an operation's JSON
// address: a Paypage POST form only where the body carries both its fields and
// is not declared JSON; another form by its media type, however it is written;
// anything else as not JSON. The fields' names are the package's own.
import { afterAll, beforeAll, expect, test } from "vitest";
import { operations, PAYPAGE_FORM_FIELDS } from "../../generated/index.js";
import { startMockServer, type MockServer } from "../../generated/mock.js";

const secretKey = "mock-not-json-key";
let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ secretKey });
});
afterAll(() => server.close());

const { data, seal } = PAYPAGE_FORM_FIELDS;
const json = () => `${server.url}${new URL(operations.paymentWebInit.endpoints.prod).pathname}`;
const takes = "paymentWebInit's address takes a JSON request";

async function errorOf(body: string | FormData, contentType?: string): Promise<string> {
  const reply = await fetch(json(), {
    method: "POST",
    ...(contentType === undefined ? {} : { headers: { "content-type": contentType } }),
    body,
  });
  expect(reply.status).toBe(400);
  return ((await reply.json()) as { error: string }).error;
}

test("a form holding one of Data and Seal is a form, not a Paypage POST form", async () => {
  const urlencoded = "application/x-www-form-urlencoded";
  for (const body of [`${data}=x`, `${seal}=y`, `amount=1&${data}=x`])
    expect(await errorOf(body, urlencoded), body).toBe(`the body is a form (${urlencoded}), not JSON: ${takes}`);
});

test("a form's media type is told in lower case, without its parameters", async () => {
  expect(await errorOf("amount=1", "Application/X-WWW-Form-URLencoded ; charset=UTF-8")).toBe(
    `the body is a form (application/x-www-form-urlencoded), not JSON: ${takes}`,
  );
  const multipart = new FormData();
  multipart.set("amount", "1");
  expect(await errorOf(multipart)).toBe(`the body is a form (multipart/form-data), not JSON: ${takes}`);
});

test("a body declared JSON that fails to parse is not JSON, whatever text it holds", async () => {
  // Broken JSON whose text reads as pairs carrying Data and Seal, as a note's value may.
  const broken = `{"note": "a&${data}=x&${seal}=y"`;
  for (const type of ["application/json", "application/json; charset=utf-8", "application/merchant+json"])
    expect(await errorOf(broken, type), type).toBe(`the body is not JSON: ${takes}`);
  // Sent as text (fetch's default for a string), the same pairs are a Paypage POST form's.
  expect(await errorOf(`${data}=x&${seal}=y`)).toMatch(/^the body is a Paypage POST form /);
});
