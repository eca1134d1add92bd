// What the runtime promises a caller facing hostile input: validation issues
// never echo a whole hostile key, verify is false (never true, never an
// exception) for a message naming an algorithm this package does not compute,
// and the only exceptions are the documented programmer errors, which never
// show the secret key.
import { describe, expect, test } from "vitest";
import { computeSeal, operations, sealKeyIndex, verifySeal } from "../../generated/index.js";
import { SECRET_KEY, unsealedRequest, validResponse } from "./samples.js";
import { thrown } from "../support/thrown.js";

const { request, response } = operations.paymentTokenInitialize;

describe("validation issues are capped", () => {
  test("a 10 MB unknown key gives a path of about a hundred characters, marked as cut", () => {
    const hostile = "k".repeat(10 * 1024 * 1024);
    const results = [
      request.validate({ ...unsealedRequest(), seal: "0".repeat(64), [hostile]: 1 }),
      response.validate({ ...validResponse(), [hostile]: 1 }, { strict: true }),
    ];
    for (const result of results) {
      expect(result.ok).toBe(false);
      const issues = result.ok ? [] : result.errors;
      const unknown = issues.filter((issue) => issue.code === "unknown-field");
      expect(unknown).toHaveLength(1);
      expect(unknown[0]?.path).toBe(`/${"k".repeat(100)}…`);
      for (const issue of issues) expect(issue.path.length + issue.message.length).toBeLessThan(500);
    }
  });

  test("a cut key is still escaped as a JSON Pointer", () => {
    const result = request.validate({ ...unsealedRequest(), seal: "0".repeat(64), ["a/~".repeat(1000)]: 1 });
    const path = result.ok ? "" : (result.errors.find((issue) => issue.code === "unknown-field")?.path ?? "");
    expect(path.startsWith("/a~1~0a~1~0")).toBe(true);
    expect(path.endsWith("…")).toBe(true);
    expect(path.length).toBeLessThan(200);
  });
});

describe("a message naming an algorithm outside the value list", () => {
  const sealedWithDefault = () => {
    const message = validResponse();
    return { ...message, seal: computeSeal(response.sealingString(message), SECRET_KEY, "HMAC-SHA-256") };
  };

  test.each([["MD5"], [null], [42], ["__proto__"], ["constructor"], ["hmac-sha-256"], [""], [{}]])(
    "sealAlgorithm %j: verify is false, never true, never throws",
    (named) => {
      // The seal is right for the content under the default algorithm: a lenient verify would pass it.
      const message = { ...sealedWithDefault(), sealAlgorithm: named };
      expect(response.verify(message as never, SECRET_KEY)).toBe(false);
      expect(request.verify({ ...message, ...unsealedRequest() } as never, SECRET_KEY)).toBe(false);
    },
  );

  test("seal refuses it with a TypeError that names the known algorithms", () => {
    const error = thrown(() => request.seal({ ...unsealedRequest(), sealAlgorithm: "MD5" } as never, SECRET_KEY));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(/sealAlgorithm is not a known seal algorithm: use one of .*HMAC-SHA-256/);
  });
});

describe("programmer errors are documented TypeErrors that never show the key", () => {
  const KEY = "secret-key-do-not-show-0123456789";

  test.each([
    [null, "null"],
    [42, "a number"],
    ["message", "a string"],
    [undefined, "undefined"],
  ])("seal(%j) is a TypeError saying the message must be an object, and what it got", (message, got) => {
    const error = thrown(() => request.seal(message as never, KEY));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(`message must be an object, got ${got}`);
  });

  test("the key given in the message's place (the arguments swapped): a TypeError that shows neither it nor its length", () => {
    for (const run of [() => request.seal(KEY as never, unsealedRequest() as never), () => request.sealingString(KEY as never)]) {
      const error = thrown(run);
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toBe("message must be an object, got a string");
    }
  });

  test("the key given in the algorithm's place (the two swapped): the algorithm's name refused as a key, the key not shown", () => {
    const swapped = 'secretKey is the name of a seal algorithm ("HMAC-SHA-256"), not a key: the key and the algorithm swapped?';
    for (const run of [
      () => request.seal(unsealedRequest(), "HMAC-SHA-256" as never, KEY as never),
      () => response.verify(sealedResponse(KEY), "HMAC-SHA-256" as never, KEY as never),
      () => computeSeal("data", "HMAC-SHA-256", KEY as never),
      () => verifySeal("data", "0".repeat(64), "HMAC-SHA-256", KEY as never),
      () => sealKeyIndex("data", "0".repeat(64), "HMAC-SHA-256", KEY as never),
    ]) {
      const error = thrown(run);
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toBe(swapped);
    }
    // The algorithm left out, its name given as the key: a seal anyone could make, refused in any case.
    expect(thrown(() => request.seal(unsealedRequest(), "hmac-sha-256" as never)).message).toBe(
      'secretKey is the name of a seal algorithm ("hmac-sha-256"), not a key: the key and the algorithm swapped?',
    );
    expect(thrown(() => sealKeyIndex("data", "0".repeat(64), [KEY, "SHA-256"], "SHA-256")).message).toBe('secretKey[1] is the name of a seal algorithm ("SHA-256"), not a key');
    // A key that names no algorithm: the unknown one given is quoted, a typo seen as typed.
    expect(thrown(() => computeSeal("data", KEY, "HMAC-SHA-265" as never)).message).toMatch(/^unknown seal algorithm "HMAC-SHA-265": /);
    expect(thrown(() => sealKeyIndex("data", "0".repeat(64), [KEY], "MD5" as never)).message).toMatch(/^unknown seal algorithm "MD5": /);
    // A key one character longer than every algorithm's name is a key (the comparison's bound).
    expect(computeSeal("data", "HMAC-SHA-2566")).toMatch(/^[0-9a-f]{64}$/);
  });

  test("the key given in the algorithm's place, with no key in its own (an unset variable): the key's refusal, which shows neither", () => {
    // The algorithm read from a variable that is not set, the two swapped: each function refuses the key given
    // first, as it would the same call with no algorithm, rather than quote the key as an unknown algorithm.
    for (const [name, run] of Object.entries({
      seal: () => request.seal(unsealedRequest(), undefined as never, KEY as never),
      verify: () => response.verify(sealedResponse(KEY), undefined as never, KEY as never),
      computeSeal: () => computeSeal("data", undefined as never, KEY as never),
      verifySeal: () => verifySeal("data", "0".repeat(64), undefined as never, KEY as never),
      sealKeyIndex: () => sealKeyIndex("data", "0".repeat(64), undefined as never, KEY as never),
    })) {
      const error = thrown(run);
      expect([name, error instanceof TypeError, error.message]).toEqual([name, true, expect.stringMatching(/^secretKey /)]);
      expect(error.message).not.toContain(KEY.slice(0, 8));
    }
  });

  test.each([
    ["MD5", '"MD5"'],
    [null, "null"],
    ["__proto__", '"__proto__"'],
    [42, "number 42"],
  ])("verify with the caller's algorithm %j is a TypeError that says which it got", (algorithm, got) => {
    const error = thrown(() => response.verify(sealedResponse(KEY), KEY, algorithm as never));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message.startsWith(`unknown seal algorithm ${got}: use one of `)).toBe(true);
  });

  test("seal of a message that contains a cycle is a TypeError", () => {
    const cyclic: Record<string, unknown> = { ...unsealedRequest() };
    cyclic["loop"] = { back: cyclic };
    const error = thrown(() => request.seal(cyclic as never, KEY));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe("cannot seal a message that contains a cycle");
  });

  test("seal of a message whose algorithm field cannot be read is a TypeError, its getter's error the cause", () => {
    const read = new Error("sealAlgorithm");
    const message = Object.defineProperty({ ...unsealedRequest() }, "sealAlgorithm", {
      enumerable: true,
      get: () => {
        throw read;
      },
    });
    const error = thrown(() => request.seal(message, KEY));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.cause).toBe(read);
    // With the caller's algorithm, the field is not read to choose one; it is left out of the sealing string.
    expect(request.seal(message, KEY, "HMAC-SHA-256")).toBe(request.seal(unsealedRequest(), KEY, "HMAC-SHA-256"));
    expect(request.verify(message, KEY)).toBe(false);
  });

  test("seal with an unknown caller algorithm, and a bad key, are TypeErrors", () => {
    expect(thrown(() => request.seal(unsealedRequest(), KEY, "MD5" as never))).toBeInstanceOf(TypeError);
    for (const key of ["", undefined, 42]) {
      expect(thrown(() => request.seal(unsealedRequest(), key as never))).toBeInstanceOf(TypeError);
      expect(thrown(() => response.verify(validResponse(), key as never))).toBeInstanceOf(TypeError);
    }
  });

  test("no error message shows the secret key", () => {
    const errors = [
      thrown(() => request.seal(null as never, KEY)),
      thrown(() => request.seal(unsealedRequest(), KEY, "MD5" as never)),
      thrown(() => request.seal({ ...unsealedRequest(), sealAlgorithm: "MD5" } as never, KEY)),
      thrown(() => response.verify(sealedResponse(KEY), KEY, "MD5" as never)),
      thrown(() => computeSeal("data", KEY, "MD5" as never)),
      thrown(() => request.seal(unsealedRequest(), "HMAC-SHA-256" as never, KEY as never)),
      thrown(() => computeSeal("data", "SHA-256", KEY as never)),
    ];
    for (const error of errors) {
      expect(error.message).not.toContain(KEY);
      expect(String(error.stack)).not.toContain(KEY);
    }
  });
});

function sealedResponse(key: string) {
  const message = validResponse();
  return { ...message, seal: response.seal(message, key) };
}
