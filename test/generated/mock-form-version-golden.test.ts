// The mock's Paypage reads a POST form's Data as the request of the version the
// form declares, on the golden fixture (cardPaymentInit: floor IR_WS_2.4,
// captureDay since 2.30): a version of the request's own interface below the
// floor, or older than a field Data holds, is refused as the form builder
// refuses it; the forms paypagePostForm builds still play. InterfaceVersion is
// outside the seal, so a form built by other code is one built here with its
// InterfaceVersion changed.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";
import type * as RepositoryMock from "../../generated/mock.js";
import type * as PostForm from "../../generated/runtime/paypage-post-form.js";
import type { PaypageForm } from "../../generated/runtime/paypage-request.js";
import { generateGoldenSpec } from "../support/generate.js";
import { keptOutput } from "../support/kept-output.js";

const { files } = await generateGoldenSpec();
const dir = keptOutput("golden", files, "javascript");
const load = async <T>(file: string) => (await import(pathToFileURL(path.join(dir, file)).href)) as T;
const { startMockServer } = await load<typeof RepositoryMock>("mock.js");
const { operationPostForm } = await load<typeof PostForm>("runtime/paypage-post-form.js");
const { paypagePostForm } = await load<{ paypagePostForm: (fields: unknown, config: object) => ReturnType<typeof operationPostForm> }>(
  "paypage.js",
);
const { cardPaymentInitPostRequest } = await load<{
  cardPaymentInitPostRequest: Parameters<typeof operationPostForm>[0];
}>("operations/cardPaymentInit/post-request.js");

const secretKey = "form-version-key";
let server: Awaited<ReturnType<typeof startMockServer>>;
beforeAll(async () => {
  server = await startMockServer({ secretKey });
});
afterAll(() => server.close());

const config = () => ({ environment: server.url, merchantId: "002001000000001", keyVersion: 1, secretKey });

/** A form of the golden POST interface's request, built for a JSON version (as code other than paypagePostForm may). */
function builtAt(interfaceVersion: string, fields: object = {}): PaypageForm {
  const built = operationPostForm(cardPaymentInitPostRequest, null, fields, { ...config(), interfaceVersion });
  if (!built.ok) throw new Error(built.error.message);
  return built.form;
}

/** The form with another InterfaceVersion: the seal, over Data alone, still verifies. */
const declaring = (form: PaypageForm, interfaceVersion: string): PaypageForm => ({
  ...form,
  fields: form.fields.map((f) => (f.name === "InterfaceVersion" ? { ...f, value: interfaceVersion } : f)),
});

async function post(form: PaypageForm): Promise<{ status: number; text: string }> {
  const body = new URLSearchParams(form.fields.map((f): [string, string] => [f.name, f.value])).toString();
  const reply = await fetch(form.action, { method: "POST", body });
  return { status: reply.status, text: await reply.text() };
}

const FLOOR = "must be IR_WS_2.4 or later: no earlier version is documented (IR_WS_3.4 is recommended)";

test("a form declaring a version below the floor is refused, naming InterfaceVersion; one at the floor plays", async () => {
  const atFloor = builtAt("IR_WS_2.4");
  expect((await post(atFloor)).status).toBe(200);
  for (const version of ["IR_WS_2.3", "IR_WS_1.0"]) {
    const refused = await post(declaring(atFloor, version));
    expect(refused.status, version).toBe(400);
    // One line per issue, after one that says what was refused: a request, not a response.
    expect(refused.text, version).toContain(
      `<p>Data is not a valid request (1 problem)<br>InterfaceVersion ${FLOOR}, got &quot;${version}&quot;</p>`,
    );
    expect(refused.text).not.toContain("options.interfaceVersion");
  }
  // Malformed is said as malformed, as the form builder says it.
  const malformed = await post(declaring(atFloor, "IR_WS_2.x"));
  expect(malformed.status).toBe(400);
  expect(malformed.text).toContain("InterfaceVersion must be IR_WS_ followed by a version number");
});

test("a field of Data newer than the declared version is refused; at its version it plays", async () => {
  const withCaptureDay = builtAt("IR_WS_2.30", { captureDay: 2 });
  expect((await post(withCaptureDay)).status).toBe(200);
  for (const version of ["IR_WS_2.4", "IR_WS_2.29"]) {
    const refused = await post(declaring(withCaptureDay, version));
    expect(refused.status, version).toBe(400);
    expect(refused.text, version).toContain("/captureDay");
  }
  // A later version than any the fixture lists still plays, as the validators take it.
  expect((await post(declaring(withCaptureDay, "IR_WS_12.0"))).status).toBe(200);
});

test("the forms paypagePostForm builds, of the POST interface's versions, still play", async () => {
  for (const interfaceVersion of [undefined, "HP_2.0", "HP_3.4"]) {
    const built = paypagePostForm(
      { captureDay: 2 },
      interfaceVersion === undefined ? config() : { ...config(), interfaceVersion },
    );
    if (!built.ok) throw new Error(built.error.message);
    expect((await post(built.form)).status, interfaceVersion).toBe(200);
  }
});
