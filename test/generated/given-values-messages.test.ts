// A refusal that a downstream log keeps says what it was given (its kind, a
// short quoted value where that is no secret) and what to check: a post that
// cannot be read, a sealing string or key that is none, options the mock or a
// form cannot use. A key is never shown, not even its length.
import { describe, expect, test } from "vitest";
import {
  computeSeal,
  createClient,
  decodePaypageResponse,
  paypagePostForm,
  verifySeal,
} from "../../generated/index.js";
import { startMockServer } from "../../generated/mock.js";
import { TEST_KEY } from "../support/paypage-forms.js";

/** The message of what `run` throws. */
function thrownMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("nothing was thrown");
}

/** The message of a decoder's refusal of `post`. */
function decodeMessage(post: unknown): string {
  const result = decodePaypageResponse(post as never, TEST_KEY);
  if (result.ok) throw new Error("the post was accepted");
  return result.error.message;
}

describe("a Paypage post that cannot be read", () => {
  test("one whose reading throws names what it was and what threw, never what the error says", () => {
    const post = new Proxy(
      {},
      {
        get() {
          throw new RangeError("Data=amount=1000|cardNumber=4970100000000003");
        },
      },
    );
    const message = decodeMessage(post);
    expect(message).toBe(
      "the post could not be read: reading an object (a property getter, proxy or iterator) threw a RangeError; pass the body's text or bytes, or its parsed fields",
    );
  });

  test("a value that is neither a body nor a form says which it is", () => {
    expect(decodeMessage(42)).toBe(
      "the post is neither a body nor a form: got a number; pass the body's text or bytes, or its parsed fields",
    );
    expect(decodeMessage(undefined)).toMatch(/: got undefined; /);
  });

  test("entries that are not pairs say which entry and what it is", () => {
    expect(decodeMessage([["Data", "x"], ["Seal"]])).toBe(
      "the form's entries are not [name, value] pairs: entry 2 is an array of 1 item",
    );
  });
});

describe("a sealing string or key that is none", () => {
  test("a sealing string says what it got, by kind alone, and where one comes from", () => {
    const message = thrownMessage(() => computeSeal({ amount: 1000 } as never, TEST_KEY));
    expect(message).toMatch(/^sealingString must be a string, got an object: a message's sealing string \(/);
    expect(thrownMessage(() => verifySeal(undefined as never, "00", TEST_KEY, "HMAC-SHA-256"))).toMatch(
      /^sealingString must be a string, got undefined: /,
    );
  });

  test.each([
    [undefined, "undefined (is the environment variable it is read from set?)"],
    ["", "an empty string"],
    [42, "a number"],
  ])("a key given as %j says what it got", (key, got) => {
    expect(thrownMessage(() => computeSeal("data", key as never))).toBe(
      `secretKey must be a non-empty string with no lone surrogate, got ${got}`,
    );
  });

  test("a key cut inside a surrogate pair is said to hold a lone surrogate, with none of its characters", () => {
    const key = "shop-key-\ud83d";
    const message = thrownMessage(() => computeSeal("data", key));
    expect(message).toMatch(/, got a string that holds a lone surrogate$/);
    expect(message).not.toContain("shop-key");
    expect(message).not.toMatch(/\d/);
  });
});

describe("options that cannot work say what they were given", () => {
  test("the client's seal algorithm and timeout", () => {
    const base = { environment: "simu", merchantId: "002001000000001", keyVersion: 1, secretKey: TEST_KEY } as const;
    expect(thrownMessage(() => createClient({ ...base, sealAlgorithm: "hmac-sha-256" as never }))).toMatch(
      /^sealAlgorithm must be one of .*, got "hmac-sha-256"$/,
    );
    expect(thrownMessage(() => createClient({ ...base, timeoutMs: "5000" as never }))).toMatch(
      /^timeoutMs must be .*, got "5000"$/,
    );
  });

  test("a configuration that is no object says its kind, a string by that alone", () => {
    expect(thrownMessage(() => createClient(null as never))).toBe(
      "the client configuration must be an object, got null",
    );
    const message = thrownMessage(() => createClient(TEST_KEY as never));
    expect(message).toBe("the client configuration must be an object, got a string");
    expect(thrownMessage(() => paypagePostForm({} as never, TEST_KEY as never))).toBe(
      "the configuration must be an object, got a string",
    );
  });

  test("the mock's port, onError and Paypage options", async () => {
    const rejection = async (options: object) => {
      try {
        await startMockServer({ secretKey: TEST_KEY, ...options } as never);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error("the mock started");
    };
    expect(await rejection({ port: "8080" })).toBe('port must be an integer from 0 to 65535, got "8080"');
    expect(await rejection({ onError: "console.error" })).toBe('onError must be a function, got "console.error"');
    expect(await rejection({ paypage: { outcome: "accepted" } })).toBe(
      'paypage.outcome must be a function, got "accepted"',
    );
  });
});
