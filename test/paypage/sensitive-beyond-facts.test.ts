// A Paypage response whose saved facts stop with a secret beyond them
// (`factsStop.sensitive`: a field the spec does not hold carries it) reports
// the problems of its `Data` as one holding a field marked `sensitive:` does:
// its validation's issues carry no value, and so a pair without "=" or a key
// that is not a field name is named by its place, not quoted.
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { keptGeneration } from "../support/kept-generation.js";
import { MINIMAL_RESPONSE, sealedForm, TEST_KEY } from "../support/paypage-forms.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

/** A card number as a garbled `Data` could carry it. */
const SECRET = "4111111111111111";

type Decode = (post: unknown, secretKey: string, options?: { strict?: boolean }) => unknown;
let decode: Decode;

beforeAll(async () => {
  const { spec } = await tempWorkspace();
  await editFile(
    path.join(spec, "operations/paypage/paymentWebInit.yaml"),
    "    after: acquirerResponseCode\n    see: https://documentation.sogenactif.com/en/data-dictionary/paypage/paypage-response.html\n",
    [
      "    after: acquirerResponseCode",
      "    see: https://documentation.sogenactif.com/en/data-dictionary/paypage/paypage-response.html",
      "    sensitive: the buyer's card number",
      "",
    ].join("\n"),
  );
  const result = await keptGeneration(spec, "paypage-sensitive-beyond-facts");
  const paypage = await result.imported<{
    decodePaypageResponse: Decode;
  }>("paypage.js");
  decode = paypage.decodePaypageResponse;
});

/** The issues of a refused result, each as its message, after checking that nothing of it shows the secret. */
function refusedWithout(result: unknown, secret: string): string[] {
  expect(result).toMatchObject({ ok: false });
  expect(JSON.stringify(result)).not.toContain(secret);
  const { issues } = (result as { error: { issues: Record<string, unknown>[] } }).error;
  for (const issue of issues) expect(issue).not.toHaveProperty("received");
  return issues.map((issue) => String(issue["message"]));
}

test("a pair without '=' is named by its place, not quoted", () => {
  const result = decode(sealedForm(`${MINIMAL_RESPONSE}|holderPan${SECRET}`), TEST_KEY);
  expect(refusedWithout(result, SECRET)).toEqual(['pair 7 has no "="']);
});

test("a key that is not a field name is named by its place, not quoted", () => {
  const result = decode(sealedForm(`${MINIMAL_RESPONSE}|4111 1111 1111 1111=x`), TEST_KEY);
  expect(refusedWithout(result, "4111 1111")).toEqual(["pair 7 has a key that is not a field name"]);
});

test("a field beyond the facts is read, its warning without its value", () => {
  const result = decode(sealedForm(`${MINIMAL_RESPONSE}|holderPan=${SECRET}`), TEST_KEY);
  expect(result).toMatchObject({ ok: true, response: { holderPan: SECRET }, warnings: [{ path: "/holderPan" }] });
  expect(JSON.stringify((result as { warnings: unknown }).warnings)).not.toContain(SECRET);
});
