// The mock's Paypage reads a POST form's `Data` as the decoder reads a
// response: a request whose saved facts stop with a secret beyond them
// (`factsStop.sensitive`) has the problems of its `Data` named by their place,
// not quoted, in the page that refuses the form.
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { PaypageForm } from "../../generated/runtime/paypage-request.js";
import { keptGeneration } from "../support/kept-generation.js";
import { post } from "../support/mock-form-posts.js";
import { type Algorithm, postSeal } from "../support/paypage-forms.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

const SECRET = "4111111111111111";
const secretKey = "002001000000001_KEY1";

interface Package {
  paypagePostForm: (
    fields: unknown,
    config: unknown,
  ) => { ok: true; form: PaypageForm } | { ok: false; error: { message: string } };
}
interface Mock {
  startMockServer: (options: unknown) => Promise<{ url: string; close(): Promise<void> }>;
}
let pkg: Package;
let mock: Awaited<ReturnType<Mock["startMockServer"]>>;

beforeAll(async () => {
  const { spec } = await tempWorkspace();
  await editFile(
    path.join(spec, "operations/paypage/paymentWebInit.yaml"),
    "    after: currencyCode\n    see: https://documentation.sogenactif.com/en/data-dictionary/paypage/paymentwebinit.html\n",
    [
      "    after: currencyCode",
      "    see: https://documentation.sogenactif.com/en/data-dictionary/paypage/paymentwebinit.html",
      "    sensitive: the buyer's card number",
      "",
    ].join("\n"),
  );
  const result = await keptGeneration(spec, "mock-form-secret-beyond-facts");
  pkg = await result.imported<Package>("index.js");
  const mocked = await result.imported<Mock>("mock.js");
  mock = await mocked.startMockServer({ secretKey });
});
afterAll(() => mock.close());

/** paymentWebInit's form for the mock, with `pair` added to its Data and sealed again. */
function formWith(pair: string): PaypageForm {
  const config = { environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey };
  const built = pkg.paypagePostForm({ amount: 1250, currencyCode: "978" }, config);
  if (!built.ok) throw new Error(built.error.message);
  const { form } = built;
  const data = `${form.fields.find((f) => f.name === "Data")?.value}|${pair}`;
  const algorithm = (form.fields.find((f) => f.name === "SealAlgorithm")?.value ?? "SHA-256") as Algorithm;
  const fields = form.fields.map((f) =>
    f.name === "Data"
      ? { ...f, value: data }
      : f.name === "Seal"
        ? { ...f, value: postSeal(data, secretKey, algorithm) }
        : f,
  );
  return { ...form, fields };
}

test("a pair without '=' is named by its place, not quoted", async () => {
  const page = await post(formWith(`cardNumber${SECRET}`));
  expect(page.status).toBe(400);
  expect(page.text).toMatch(/pair \d+ has no &quot;=&quot;<\/p>/);
  expect(page.text).not.toContain(SECRET);
});

test("a key that is not a field name is named by its place, not quoted", async () => {
  const page = await post(formWith("4111 1111 1111 1111=x"));
  expect(page.status).toBe(400);
  expect(page.text).toMatch(/pair \d+ has a key that is not a field name<\/p>/);
  expect(page.text).not.toContain("4111 1111");
});
