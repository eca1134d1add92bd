// The mock's Paypage and a POST form's InterfaceVersion, on the golden fixture
// (cardPaymentInit: floor IR_WS_2.4, captureDay since 2.30). As the fixture
// is, with a POST interface (HP_3.4 beside IR_WS_3.4), a form declaring
// another interface's version is refused, as paypagePostForm refuses to build
// one. Without a POST interface (the fixture recommending IR_WS_3.4 alone, and
// without the callback that interface posts),
// paypagePostForm builds a form of the version it is given, and the mock holds
// no prefix: it reads Data as the request of the version the form declares,
// one below the floor or older than a field Data holds refused as the form
// builder refuses it.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";
import { generateFromInput } from "../../generator/index.js";
import type * as RepositoryMock from "../../generated/mock.js";
import type * as MockServerCore from "../../generated/runtime/mock-server.js";
import type { PaypageFormResult } from "../../generated/runtime/paypage-request.js";
import { CALLBACK, edited, goldenInput, PAYPAGE } from "../support/golden-changes.js";
import { generateGoldenSpec } from "../support/generate.js";
import { keptOutput } from "../support/kept-output.js";
import { declaring, post } from "../support/mock-form-posts.js";

type FormBuilder = (fields: unknown, config: object) => PaypageFormResult;
type Descriptor = { interfaceVersion: { postPrefix: string | null }; callback?: unknown };
interface Output {
  readonly startMockServer: typeof RepositoryMock.startMockServer;
  readonly paypagePostForm: FormBuilder;
  readonly postPrefix: string | null;
  readonly descriptor: Descriptor;
  readonly mockServer: typeof MockServerCore;
}

async function loaded(name: string, files: Parameters<typeof keptOutput>[1]): Promise<Output> {
  const dir = keptOutput(name, files, "javascript");
  const load = async <T>(file: string) => (await import(pathToFileURL(path.join(dir, file)).href)) as T;
  const { startMockServer } = await load<typeof RepositoryMock>("mock.js");
  const { paypagePostForm } = await load<{ paypagePostForm: FormBuilder }>("paypage.js");
  const { cardPaymentInit } = await load<{ cardPaymentInit: Descriptor }>("operations/cardPaymentInit/descriptor.js");
  const mockServer = await load<typeof MockServerCore>("runtime/mock-server.js");
  const { postPrefix } = cardPaymentInit.interfaceVersion;
  return { startMockServer, paypagePostForm, postPrefix, descriptor: cardPaymentInit, mockServer };
}

const RECOMMENDED = "  recommended:\n    HP_: HP_3.4\n    IR_WS_: IR_WS_3.4\n";
// The spec refuses a callback without the POST interface that posts it (unknown-post-interface): the copy leaves
// the callback out, and its mock serves the copy's operation with the fixture's callback, as a descriptor built by
// hand may have it, so that the mock's Paypage plays the copy's forms.
const withoutPost = await generateFromInput(
  edited(goldenInput, [
    [PAYPAGE, RECOMMENDED, "  recommended: IR_WS_3.4\n"],
    [PAYPAGE, CALLBACK, ""],
  ]),
);
if (!withoutPost.ok) throw new Error(withoutPost.diagnostics.map((d) => d.message).join("\n"));
const golden = await loaded("golden", (await generateGoldenSpec()).files);
const noPost = await loaded("golden-no-post", withoutPost.files);

const secretKey = "form-version-key";
let servers: { golden: RepositoryMock.MockServer; noPost: RepositoryMock.MockServer };
beforeAll(async () => {
  const { mockOperation, serveOperations } = noPost.mockServer;
  const operation = { ...noPost.descriptor, callback: golden.descriptor.callback } as Parameters<
    typeof mockOperation
  >[0]["operation"];
  servers = {
    golden: await golden.startMockServer({ secretKey }),
    noPost: await serveOperations([mockOperation({ operation, example: {}, callbackExample: {} })], { secretKey }),
  };
});
afterAll(() => Promise.all([servers.golden.close(), servers.noPost.close()]));

/** cardPaymentInit's form as paypagePostForm of `output` builds it for its mock, of `interfaceVersion` if given. */
function built(output: Output, interfaceVersion: string | undefined, fields: object = {}) {
  const server = output === golden ? servers.golden : servers.noPost;
  const config = { environment: server.url, merchantId: "002001000000001", keyVersion: 1, secretKey };
  const form = output.paypagePostForm(fields, interfaceVersion === undefined ? config : { ...config, interfaceVersion });
  if (!form.ok) throw new Error(form.error.message);
  return form.form;
}

test("the fixture has a POST interface, HP_, and its edited copy none", () => {
  expect([golden.postPrefix, noPost.postPrefix]).toEqual(["HP_", null]);
});

test("with a POST interface, its versions play and a form of another interface's is refused", async () => {
  for (const version of [undefined, "HP_2.0", "HP_3.4"])
    expect((await post(built(golden, version, { captureDay: 2 }))).status, version).toBe(200);
  const form = built(golden, undefined);
  for (const version of ["IR_WS_3.4", "IR_WS_2.4", "IR_MB_2.0", "HP_3.x"]) {
    const refused = await post(declaring(form, version));
    expect(refused.status, version).toBe(400);
    expect(refused.text, version).toContain(
      `<p>InterfaceVersion must be a version of the POST interface, HP_ followed by a version number (HP_3.4 is recommended), got &quot;${version}&quot;</p>`,
    );
  }
});

test("the form builder's default version is the POST interface's; without one a call must give a version", () => {
  const config = { environment: servers.golden.url, merchantId: "002001000000001", keyVersion: 1, secretKey };
  const declared = (form: PaypageFormResult) =>
    form.ok ? form.form.fields.find((f) => f.name === "InterfaceVersion")?.value : form.error.message;
  expect(declared(golden.paypagePostForm({ captureDay: 2 }, config))).toBe("HP_3.4");
  // npm run changes classes these two as breaking for senders: a POST interface given or taken away.
  expect(() => golden.paypagePostForm({}, { ...config, interfaceVersion: "IR_WS_3.4" })).toThrow(TypeError);
  expect(() => noPost.paypagePostForm({}, { ...config, environment: servers.noPost.url })).toThrow(TypeError);
  expect(declared(noPost.paypagePostForm({}, { ...config, environment: servers.noPost.url, interfaceVersion: "IR_WS_3.4" }))).toBe(
    "IR_WS_3.4",
  );
});

const FLOOR = "must be IR_WS_2.4 or later: no earlier version is documented (IR_WS_3.4 is recommended)";

test("without one, a form declaring a version below the floor is refused, naming InterfaceVersion; one at the floor plays", async () => {
  const atFloor = built(noPost, "IR_WS_2.4");
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

test("without one, a field of Data newer than the declared version is refused; at its version it plays", async () => {
  const withCaptureDay = built(noPost, "IR_WS_2.30", { captureDay: 2 });
  expect((await post(withCaptureDay)).status).toBe(200);
  for (const version of ["IR_WS_2.4", "IR_WS_2.29"]) {
    const refused = await post(declaring(withCaptureDay, version));
    expect(refused.status, version).toBe(400);
    expect(refused.text, version).toContain("/captureDay");
  }
  // A later version than any the fixture lists still plays, as the validators take it.
  expect((await post(declaring(withCaptureDay, "IR_WS_12.0"))).status).toBe(200);
});

test("without one, no prefix is held: forms of other interfaces' versions play, their Data unpinned", async () => {
  for (const version of ["IR_MB_2.0", "HP_3.4"]) {
    expect((await post(built(noPost, version, { captureDay: 2 }))).status, version).toBe(200);
  }
});
