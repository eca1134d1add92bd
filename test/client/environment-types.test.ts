// The type of a configuration's `environment`: the package's environments by
// name (SipsEnvironment, generated from the spec; for the POST form, those of
// the operation with a form address) or an http(s) base URL, so that a
// misspelt name does not compile. From JavaScript, or past a cast, the same
// name is still refused at run time as before. The @ts-expect-error lines are
// the test: the type-check fails where one compiles.
import { expect, expectTypeOf, test } from "vitest";
import {
  type BaseUrl,
  type UrlObject,
  type ClientConfig,
  callPaymentTokenInitialize,
  createClient,
  operations,
  SIPS_ENVIRONMENTS,
  type SipsEnvironment,
} from "../../generated/index.js";
import { paypagePostForm } from "../../generated/paypage.js";
import type { MockServer } from "../../generated/mock.js";

const credentials = { merchantId: "002001000000001", keyVersion: 1, secretKey: "environment-key" } as const;
const fields = { amount: 1250, currencyCode: "978", normalReturnUrl: "https://shop.example/paypage/return" } as const;
const misspelt = "porduction";

test("a client's environment is a name of SipsEnvironment or an http(s) base URL", () => {
  expectTypeOf<ClientConfig["environment"]>().toEqualTypeOf<SipsEnvironment | BaseUrl | UrlObject>();
  // A URL object is one, though the package's types name no URL (a consumer may compile without the DOM's or Node's).
  expectTypeOf<URL>().toExtend<ClientConfig["environment"]>();
  expectTypeOf<(typeof SIPS_ENVIRONMENTS)[number]>().toEqualTypeOf<SipsEnvironment>();
  expectTypeOf<MockServer["url"]>().toExtend<ClientConfig["environment"]>();
  expectTypeOf<string>().not.toExtend<ClientConfig["environment"]>();
  for (const environment of SIPS_ENVIRONMENTS)
    expect(createClient({ environment, ...credentials })).toBeTypeOf("object");
  expect(createClient({ environment: "https://proxy.example/sips", ...credentials })).toBeTypeOf("object");
  expect(createClient({ environment: "http://127.0.0.1:8080", ...credentials })).toBeTypeOf("object");
});

test("a misspelt name does not compile, and is still refused at run time", async () => {
  // @ts-expect-error no environment is called so
  expect(() => createClient({ environment: misspelt, ...credentials })).toThrow(/^environment must be one of /);
  // @ts-expect-error a URL of another scheme
  expect(() => createClient({ environment: "ftp://x", ...credentials })).toThrow(TypeError);
  // @ts-expect-error a name of no operation, given to an operation's own function: nothing sent
  const result = await callPaymentTokenInitialize({ environment: misspelt, ...credentials }, {} as never);
  expect(result.ok ? null : result.error.kind).toBe("invalid-request");
});

test("a name a slip away from an environment's is refused with the name meant, the text given never quoted", () => {
  for (const environment of SIPS_ENVIRONMENTS) {
    const swapped = `${environment.slice(1, 2)}${environment.slice(0, 1)}${environment.slice(2)}`;
    for (const slip of [swapped, environment.toUpperCase()])
      // @ts-expect-error no environment is called so
      expect(() => createClient({ environment: slip, ...credentials }), slip).toThrow(
        new RegExp(`^environment must be one of .*\\(did you mean ${environment}\\?\\)$`),
      );
  }
  // A text far from every name says what it takes, and nothing of what it was given.
  const far = "https//user:secret@proxy.example";
  // @ts-expect-error neither a name nor an http(s) URL
  expect(() => createClient({ environment: far, ...credentials })).toThrow(
    /base URL such as "http:\/\/127\.0\.0\.1:8080"$/,
  );
  // @ts-expect-error neither a name nor an http(s) URL
  expect(() => createClient({ environment: far, ...credentials })).not.toThrow(/secret|did you mean/);
});

test("one configuration typed ClientConfig serves createClient and every operation's function", () => {
  const shared: ClientConfig = { environment: "test", ...credentials };
  expect(createClient(shared)).toBeTypeOf("object");
  expectTypeOf(callPaymentTokenInitialize).parameter(0).toEqualTypeOf<ClientConfig>();
  expect(Object.keys(operations).length).toBeGreaterThan(1);
});

test("the POST form's environment is one of its operation's form addresses or an http(s) base URL", () => {
  type FormEnvironment = Parameters<typeof paypagePostForm>[1]["environment"];
  expectTypeOf<string>().not.toExtend<FormEnvironment>();
  expectTypeOf<BaseUrl>().toExtend<FormEnvironment>();
  const environments = Object.entries(operations.paymentWebInit.addresses ?? {})
    .filter(([, address]) => (address as { post?: string }).post !== undefined)
    .map(([name]) => name as Exclude<FormEnvironment, UrlObject>);
  expect(environments.length).toBeGreaterThan(0);
  for (const environment of environments)
    expect(paypagePostForm(fields, { environment, ...credentials }).ok, environment).toBe(true);
  expect(paypagePostForm(fields, { environment: "http://127.0.0.1:8080", ...credentials }).ok).toBe(true);
  // @ts-expect-error no environment is called so
  const refused = paypagePostForm(fields, { environment: misspelt, ...credentials });
  expect(refused.ok ? null : refused.error.issues[0]?.message).toMatch(/no POST form address/);
  // @ts-expect-error neither a name nor an http(s) URL
  expect(() => paypagePostForm(fields, { environment: "PROD", ...credentials })).toThrow(/^environment must be /);
});
