// A slip of an environment's name in a POST form's configuration or a decoder's options names the environment meant,
// as createClient's refusal does, each path keeping its kind of failure: a form's environment that is a name without
// a form address is an invalid-request result, and one that is no name ("PROD") a TypeError. Names come from the
// registry: a slip is one of its environments with two letters swapped, or in upper case.
import { describe, expect, test } from "vitest";
import * as generated from "../../generated/index.js";
import { operations, PUBLIC_TEST_SECRET_KEY } from "../../generated/index.js";
import { paypagePostForm, walletpagePostForm } from "../../generated/paypage.js";
import { operationPostForm } from "../../generated/runtime/paypage-post-form.js";
import { VECTORS } from "../support/published-paypage-vectors.js";

const config = { merchantId: "002001000000001", keyVersion: 1, secretKey: "the shop's own key" };
const builders = {
  paymentWebInit: (environment: string) =>
    paypagePostForm({ amount: 1, currencyCode: "978" }, { ...config, environment: environment as never }),
  walletManagementInit: (environment: string) =>
    walletpagePostForm({}, { ...config, environment: environment as never }),
};

/** The environments where the registry gives an operation a POST form address. */
const withForm = (name: keyof typeof operations) =>
  Object.entries(operations[name].addresses)
    .filter(([, at]) => (at as { post?: string }).post !== undefined)
    .map(([environment]) => environment);

/** A typist's slip of `name`: its second and third letters swapped ("simu" as "smiu"). */
const swapped = (name: string) => `${name[0]}${name[2]}${name[1]}${name.slice(3)}`;

/** The names a message's "did you mean …?" gives; empty when it gives none. */
const meant = (message: string) => /did you mean (.+?)\?/.exec(message)?.[1]?.split(" or ") ?? [];

/** The TypeError `run` throws (failing the test when it throws none or another kind). */
function typeErrorOf(run: () => unknown): TypeError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
    return error as TypeError;
  }
  throw new Error("no TypeError was thrown");
}

describe.each(Object.entries(builders))("%s's form", (name, build) => {
  const environments = withForm(name as keyof typeof operations);
  const slips = environments.filter((e) => e.length >= 3 && swapped(e) !== e && !environments.includes(swapped(e)));

  test("the registry gives an environment whose name a slip can be made of", () => {
    expect(slips.length).toBeGreaterThan(0);
  });

  test.each(slips)("a slip of %s is an invalid-request that names it", (environment) => {
    const result = build(swapped(environment));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe("invalid-request");
    const [issue] = result.error.issues;
    expect(issue?.message).toContain(`no POST form address for environment ${JSON.stringify(swapped(environment))}`);
    expect(meant(issue?.message ?? "")).toContain(environment);
  });

  test.each(environments)("%s in upper case is a TypeError that names it", (environment) => {
    const error = typeErrorOf(() => build(environment.toUpperCase()));
    expect(meant(error.message)).toEqual([environment]);
  });

  test("a name near none of the operation's environments names none", () => {
    const result = build("nowhere");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]?.message).not.toContain("did you mean");
    expect(typeErrorOf(() => build("NOWHERE")).message).not.toContain("did you mean");
  });

  test("a URL that is no base URL is not shown: it may hold a password", () => {
    for (const url of ["ftp://shop:s3cret@127.0.0.1", "http://shop:s3cret@127.0.0.1/?at=prod"])
      expect(typeErrorOf(() => build(url)).message).not.toContain("s3cret");
  });
});

// Every operation whose callback is a sealed Data form has a decoder, which takes the form's environment names.
type Decode = (post: unknown, key: string, options?: object) => unknown;
const decoders = Object.values(operations).flatMap((op) => {
  if (op.callback?.encoding !== "data") return [];
  const decode = (generated as unknown as Record<string, Decode>)[`decode${op.callback.name}`] as Decode;
  return [{ name: op.name, decode, environments: withForm(op.name as keyof typeof operations) }];
});
const publicPost = VECTORS.find((v) => v.key === PUBLIC_TEST_SECRET_KEY);
if (!publicPost) throw new Error("a published post sealed with the public key is needed");

describe.each(decoders)("$name's decoder", ({ decode, environments }) => {
  test.each(environments)("options.environment %s in upper case is a TypeError that names it", (environment) => {
    const error = typeErrorOf(() =>
      decode(publicPost.form, "the shop's own key", { environment: environment.toUpperCase() }),
    );
    expect(meant(error.message)).toEqual([environment]);
  });

  // A name the operation does not have says nothing of where the payment ran: with the public key, a TypeError.
  test.each(environments.filter((e) => e !== "prod" && !environments.includes(swapped(e))))(
    "a slip of %s with the public key is a TypeError that names it",
    (environment) => {
      const error = typeErrorOf(() =>
        decode(publicPost.form, PUBLIC_TEST_SECRET_KEY, { environment: swapped(environment) }),
      );
      expect(error.message).toContain("public test key");
      expect(meant(error.message)).toContain(environment);
    },
  );
});

describe("on an operation of other environments", () => {
  const own = operations.paymentWebInit;
  const post = (own.addresses as { prod: { post: string } }).prod.post;
  /** The form of an operation whose addresses are `addresses`, for `environment`: a refusal's first message. */
  const refusal = (addresses: object, environment: string) => {
    const result = operationPostForm(
      { ...own, addresses } as typeof own,
      { prefix: "HP_", version: "HP_3.4" },
      { amount: 1, currencyCode: "978" },
      { ...config, environment },
    );
    return result.ok ? "" : (result.error.issues[0]?.message ?? "");
  };

  test("one with a form address is named before one as close without", () => {
    const addresses = { prod: { post }, simu: { post }, simi: { json: post } };
    expect(meant(refusal(addresses, "simx"))).toEqual(["simu"]);
  });

  test("one without a form address is named where none with one is close", () => {
    const addresses = { prod: { post }, simu: { post }, test: { json: post } };
    expect(meant(refusal(addresses, "tset"))).toEqual(["test"]);
  });

  test("a base URL the form has no address under is not shown: it may hold a password", () => {
    const message = refusal({ test: { json: post } }, "http://shop:s3cret@127.0.0.1:8080");
    expect(message).toContain("no POST form address");
    expect(message).not.toContain("s3cret");
  });
});
