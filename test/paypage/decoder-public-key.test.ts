// A posted result (Paypage, Walletpage) verified with the public simulation shop's key proves nothing: anyone can
// seal a forged "accepted" one with it. Each generated decoder takes that key only where the caller says the payment
// is not production's (options.environment), on published posts sealed with it and with another test key.
import { describe, expect, test } from "vitest";
import * as generated from "../../generated/index.js";
import { operations, PAYPAGE_POST_MAX_LENGTH, PUBLIC_TEST_SECRET_KEY } from "../../generated/index.js";
import type { PaypageResponseResult } from "../../generated/runtime/paypage-response-result.js";
import { specProductionHosts } from "../support/production-hosts.js";
import { VECTORS } from "../support/published-paypage-vectors.js";

type Decode = (post: unknown, key: string | readonly string[], options?: object) => PaypageResponseResult<unknown>;

// Every operation whose callback is a sealed Data form has a decoder; production is its "prod" form address.
const decoders = Object.values(operations).flatMap((op) => {
  if (op.callback?.encoding !== "data") return [];
  const name = `decode${op.callback.name}`;
  const decode = (generated as unknown as Record<string, Decode>)[name] as Decode;
  const production = op.addresses.prod?.post;
  if (production === undefined) throw new Error(`${op.name} has no prod form address`);
  // The operation's other environments with a form address: the names the public key is taken for.
  const simulations = Object.keys(op.addresses).filter((e) => e !== "prod" && op.addresses[e]?.post !== undefined);
  return [{ name, decode, production: new URL(production), simulations }];
});

const publicPost = VECTORS.find((v) => v.key === PUBLIC_TEST_SECRET_KEY);
const shopPost = VECTORS.find((v) => v.key !== PUBLIC_TEST_SECRET_KEY);
if (!publicPost || !shopPost) throw new Error("a published post of each kind of key is needed");
const refusal = /public test key/;
// Every production host the spec gives, whichever operation it is of: a decoder knows only its own operation's.
const productionHosts = specProductionHosts();

test("some decoder is checked, and a published post is sealed with the public key", () => {
  expect(decoders.length).toBeGreaterThan(0);
  expect(generated.isPaypageResponseGenuine(publicPost.form, PUBLIC_TEST_SECRET_KEY)).toBe(true);
});

describe.each(decoders)("$name", ({ decode, production, simulations }) => {
  test("the operation has an environment other than production to take the public key in", () => {
    expect(simulations.length).toBeGreaterThan(0);
  });
  const refused = {
    "no options": undefined,
    "options without an environment": { sealAlgorithm: "SHA-256" },
    "an undefined environment": { environment: undefined },
    '"prod"': { environment: "prod" },
    "production's origin as a base URL": { environment: production.origin },
    "production's origin with a slash": { environment: `${production.origin}/` },
    "production's form address as a base URL": { environment: production.href },
    // A URL object is taken as its href: production's is refused as its text is.
    "production's origin as a URL object": { environment: new URL(production.origin) },
    // The production server's host however a URL spells it: DNS reads "host." as "host", and no mock is at that host.
    "production's host with a trailing dot": { environment: `${production.protocol}//${production.hostname}.` },
    // "host.." resolves nowhere: refused all the same, as a name of production's host.
    "production's host with two trailing dots": { environment: `${production.protocol}//${production.hostname}..` },
    "production's host over http:": { environment: `http://${production.host}` },
    "production's host at another port": { environment: `${production.protocol}//${production.hostname}:8443/` },
    "production's host in upper case, with userinfo": {
      environment: `${production.protocol}//u:p@${production.host.toUpperCase()}`,
    },
    // Names the operation does not have: a JavaScript caller's guess at production's, or a misspelt simulation.
    ...Object.fromEntries(
      ["production", "live", "test", `${simulations[0]}-x`]
        .filter((name) => name !== "prod" && !simulations.includes(name))
        .map((name) => [`${JSON.stringify(name)}, not one of its environments`, { environment: name }]),
    ),
  };
  const taken = {
    ...Object.fromEntries(simulations.map((name) => [JSON.stringify(name), { environment: name }])),
    "a mock's base URL": { environment: "http://127.0.0.1:8080" },
    "a mock's base URL as a URL object": { environment: new URL("http://127.0.0.1:8080") },
  };

  test.each(Object.entries(refused))("the public key with %s: a TypeError, whatever the post", (_, options) => {
    // Posts that cannot be read as a form too: without it, they gave a result, and the key's refusal waited for a
    // post that reads.
    const unread = [undefined, 42, `Data=${"a".repeat(PAYPAGE_POST_MAX_LENGTH)}`];
    for (const post of [publicPost.form, shopPost.form, "", "junk", ...unread])
      expect(() => decode(post, PUBLIC_TEST_SECRET_KEY, options)).toThrow(TypeError);
    expect(() => decode(publicPost.form, PUBLIC_TEST_SECRET_KEY, options)).toThrow(refusal);
    // Among the keys a shop holds while it replaces one, as well.
    expect(() => decode(publicPost.form, [shopPost.key, PUBLIC_TEST_SECRET_KEY], options)).toThrow(refusal);
  });

  test("the spec gives production hosts besides this operation's own", () => {
    expect(productionHosts).toContain(production.hostname);
    expect(productionHosts.length).toBeGreaterThan(1);
  });

  test.each(productionHosts)("the public key with a base URL at production host %s: a TypeError", (host) => {
    // However the URL spells the host: a trailing dot, another scheme or port, a path, upper case.
    for (const environment of [
      `https://${host}`,
      `https://${host}./`,
      `http://${host}:8443/rs-services`,
      `https://${host.toUpperCase()}/`,
    ]) {
      for (const post of [publicPost.form, shopPost.form])
        expect(() => decode(post, PUBLIC_TEST_SECRET_KEY, { environment })).toThrow(refusal);
      expect(() => decode(publicPost.form, [shopPost.key, PUBLIC_TEST_SECRET_KEY], { environment })).toThrow(refusal);
      // A key of the shop's own is taken there.
      expect(decode(shopPost.form, shopPost.key, { environment })).toMatchObject({ ok: true });
    }
  });

  test("the refusal does not show the key", () => {
    expect(() => decode(publicPost.form, PUBLIC_TEST_SECRET_KEY)).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining(PUBLIC_TEST_SECRET_KEY) }),
    );
  });

  test.each(Object.entries(taken))("the public key with %s: verified and decoded", (_, options) => {
    const decoded = decode(publicPost.form, PUBLIC_TEST_SECRET_KEY, options);
    expect(decoded).toMatchObject({ ok: true, keyIndex: 0 });
    // Verified, not waved through: a changed byte is still refused.
    const tampered = { ...publicPost.form, Data: publicPost.form["Data"]?.replace("amount=2", "amount=3") };
    expect(decode(tampered, PUBLIC_TEST_SECRET_KEY, options)).toMatchObject({
      ok: false,
      error: { kind: "seal-mismatch" },
    });
  });

  test.each(Object.entries({ ...refused, ...taken }))("another key with %s: verified and decoded", (_, options) => {
    expect(decode(shopPost.form, shopPost.key, options)).toMatchObject({ ok: true, keyIndex: 0 });
    expect(decode(publicPost.form, shopPost.key, options)).toMatchObject({
      ok: false,
      error: { kind: "seal-mismatch" },
    });
  });

  test.each(["PROD", "", "ftp://127.0.0.1", 42, new URL("ftp://127.0.0.1")])(
    "an environment that is neither a name nor a URL (%j): a TypeError",
    (environment) => {
      for (const key of [PUBLIC_TEST_SECRET_KEY, shopPost.key])
        expect(() => decode(shopPost.form, key, { environment })).toThrow(/options\.environment must be/);
    },
  );
});
