// Options a caller cannot read (a getter or a proxy that throws) give every
// validator and guard a result, never an exception: one error that names the
// options, whatever the message. An option a validator does not use is not
// read, so it cannot refuse the message. Every message of the registry is
// checked, including those whose saved facts stop before their page, and so
// are the Paypage decoder and seal check, whose options the validators' follow.
import { describe, expect, test } from "vitest";
import {
  isPaypageResponseGenuine,
  operations,
  type PaypageDecodeOptions,
  type PaypageVerifyOptions,
  type ValidateOptions,
  type ValidationResult,
} from "../../generated/index.js";
import { decodePaypageResponse } from "../../generated/paypage.js";

interface Checked {
  readonly name: string;
  readonly kind: "request" | "response" | "callback";
  readonly factsStop: unknown;
  readonly validate: (value: unknown, options?: ValidateOptions) => ValidationResult<unknown>;
  /** None for a callback: it is read with its decoder, which verifies the seal (test/paypage/callback-guards.test.ts). */
  readonly is?: (value: unknown, options?: ValidateOptions) => boolean;
}

const messages: Checked[] = Object.values(operations).flatMap((op) => {
  const all: Checked[] = [
    { ...op.request, name: `${op.name} request`, kind: "request" },
    { ...op.response, name: `${op.name} response`, kind: "response" },
  ];
  const callback = op.callback as Omit<Checked, "name" | "kind"> | null;
  if (callback) all.push({ ...callback, name: `${op.name} callback`, kind: "callback" });
  return all;
});

const fail = (): never => {
  throw new Error("options read");
};

/** Options no one can read, each as a caller may pass them. */
const unreadable: Record<string, () => object> = {
  "a throwing interfaceVersion getter": () => ({
    get interfaceVersion() {
      return fail();
    },
  }),
  "a proxy whose traps throw": () => new Proxy({}, { get: fail, has: fail, getOwnPropertyDescriptor: fail }),
  "a revoked proxy": () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
};

const throwingStrict = (): object => ({
  get strict() {
    return fail();
  },
});

/** Messages as a caller may pass them: empty, with an unknown field, with fields of the wrong type. */
const inputs: unknown[] = [{}, { notAField: 1 }, { seal: 1, interfaceVersion: 2 }];

const optionsError = {
  path: "",
  code: "unreadable",
  message: "options could not be read (a property getter or proxy threw)",
};

test("every operation's request and response are checked, and a callback at least", () => {
  expect(messages.filter((m) => m.kind === "callback").length).toBeGreaterThan(0);
  expect(messages.filter((m) => m.factsStop !== null).length).toBeGreaterThan(0);
});

describe.each(messages)("$name", (message) => {
  test.each(Object.entries(unreadable))("%s: one error naming the options, never an exception", (_, options) => {
    for (const input of inputs) {
      const result = message.validate(input, options() as ValidateOptions);
      expect(result).toEqual({ ok: false, errors: [optionsError], warnings: [] });
      if (message.is) expect(message.is(input, options() as ValidateOptions)).toBe(false);
    }
  });

  test("a throwing strict getter refuses where strict is used, and is not read where it is not", () => {
    // Responses and callbacks are lenient unless strict; a request reads it where its saved facts stop.
    const usesStrict = message.kind !== "request" || message.factsStop !== null;
    for (const input of inputs) {
      const result = message.validate(input, throwingStrict() as ValidateOptions);
      if (usesStrict) expect(result).toEqual({ ok: false, errors: [optionsError], warnings: [] });
      else expect(result).toEqual(message.validate(input));
      expect(() => message.is?.(input, throwingStrict() as ValidateOptions)).not.toThrow();
    }
  });

  test("an option whose getter throws on its first read only is told as the options', each option read once", () => {
    // Responses and callbacks read strict; every message reads interfaceVersion; a request reads strict where its saved facts stop.
    const names = ["interfaceVersion", ...(message.kind !== "request" || message.factsStop !== null ? ["strict"] : [])];
    for (const name of names) {
      for (const input of inputs) {
        const reads = new Map<string, number>();
        const options = new Proxy(
          {},
          {
            get(_, key) {
              const count = (reads.get(String(key)) ?? 0) + 1;
              reads.set(String(key), count);
              if (key === name && count === 1) throw new Error("first read");
              return undefined;
            },
          },
        );
        expect(message.validate(input, options as ValidateOptions)).toEqual({
          ok: false,
          errors: [optionsError],
          warnings: [],
        });
        expect([...reads.values()].every((count) => count === 1), JSON.stringify([...reads])).toBe(true);
      }
    }
  });

  test("readable options are read once each, whatever the message", () => {
    for (const input of [...inputs, { notAField: 1, other: 2 }]) {
      for (const strict of [true, false]) {
        const reads: string[] = [];
        const options = new Proxy({ strict } as Record<string, unknown>, {
          get(target, key) {
            reads.push(String(key));
            return target[String(key)];
          },
        });
        message.validate(input, options as ValidateOptions);
        expect(new Set(reads).size, reads.join()).toBe(reads.length);
      }
    }
  });

  test("a message that is not an object is refused as such first", () => {
    const result = message.validate(42, unreadable["a proxy whose traps throw"]?.() as ValidateOptions);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.code)).toEqual(["not-an-object"]);
  });
});

describe("the Paypage decoder and seal check", () => {
  // Any post will do: the options are read before it.
  const post = { Data: "responseCode=00", Seal: "0".repeat(64), InterfaceVersion: "HP_2.0" };
  const key = "secret-key-0123456789";

  test.each(Object.entries({ ...unreadable, "a throwing strict getter": throwingStrict }))(
    "%s: a malformed result naming the options, and not genuine",
    (_, options) => {
      expect(decodePaypageResponse(post, key, options() as PaypageDecodeOptions<"prod" | "simu">)).toEqual({
        ok: false,
        error: { kind: "malformed", message: optionsError.message, issues: [] },
      });
      expect(isPaypageResponseGenuine(post, key, options() as PaypageVerifyOptions)).toBe(false);
    },
  );

  test("readable options are read as before: an unsealed post is refused for its seal", () => {
    const result = decodePaypageResponse(post, key, { strict: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe("seal-mismatch");
  });
});
