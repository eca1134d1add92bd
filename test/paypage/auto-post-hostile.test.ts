// renderPaypageAutoPost given a form or options built by hand that cannot be
// read: its documented TypeError, what was thrown its cause, never the
// reader's own error nor the engine's; each member read once, so that what was
// checked is what the page holds.
import { expect, test } from "vitest";
import { renderPaypageAutoPost, type AutoPostOptions } from "../../generated/runtime/paypage-html.js";
import type { PaypageForm } from "../../generated/runtime/paypage-request.js";

const UNREADABLE = "the form or its options could not be read (a property getter or proxy threw)";
const ACTION = "https://payment.test/paymentInit";

const hostile = new Error("hostile");
const throwing = (): never => {
  throw hostile;
};

/** The thrown error, or a failure when nothing is thrown. */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an exception");
}

const revoked = (target: object): object => {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
};

const traps = { get: throwing, has: throwing, ownKeys: throwing, getPrototypeOf: throwing };

test.each([
  ["a proxy whose traps throw", new Proxy({}, traps)],
  ["a proxy whose `has` throws, asked whether it is a builder's result", new Proxy({ fields: "x" }, { has: throwing })],
  ["an action getter that throws", Object.defineProperty({ fields: [] }, "action", { get: throwing })],
  ["a list of fields whose reads throw", { action: ACTION, fields: new Proxy([{ name: "a", value: "b" }], traps) }],
  [
    "a field whose name getter throws",
    { action: ACTION, fields: [Object.defineProperty({ value: "v" }, "name", { get: throwing })] },
  ],
])("a form that cannot be read (%s): the TypeError, the error thrown its cause", (_given, form) => {
  const error = thrown(() => renderPaypageAutoPost(form as unknown as PaypageForm));
  expect(error).toBeInstanceOf(TypeError);
  expect(error.message).toBe(UNREADABLE);
  expect(error.cause).toBe(hostile);
});

test("a revoked proxy as the form, or as its list of fields: the TypeError, the engine's error its cause", () => {
  for (const form of [revoked({}), { action: ACTION, fields: revoked([]) }]) {
    const error = thrown(() => renderPaypageAutoPost(form as unknown as PaypageForm));
    expect(error.message).toBe(UNREADABLE);
    expect(error.cause).toBeInstanceOf(TypeError);
  }
});

test("options that cannot be read, or an option that is not text: a TypeError that says so", () => {
  const form: PaypageForm = { action: ACTION, method: "POST", fields: [{ name: "Data", value: "a=b" }] };
  for (const options of [
    new Proxy({}, traps),
    Object.defineProperty({}, "nonce", { get: throwing, enumerable: true }),
  ]) {
    const error = thrown(() => renderPaypageAutoPost(form, options as AutoPostOptions));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(UNREADABLE);
    expect(error.cause).toBe(hostile);
  }
  const error = thrown(() => renderPaypageAutoPost(form, { title: 5 } as unknown as AutoPostOptions));
  expect(error).toBeInstanceOf(TypeError);
  expect(error.message).toBe("options.title must be a string, got a number");
});

test("a field read once: the value checked is the value the page holds", () => {
  let reads = 0;
  const field = {
    name: "Data",
    get value(): unknown {
      reads++;
      return reads === 1 ? "checked" : { replace: () => "<script>" };
    },
  };
  const html = renderPaypageAutoPost({ action: ACTION, method: "POST", fields: [field] } as unknown as PaypageForm);
  expect(html).toContain('<input type="hidden" name="Data" value="checked">');
  expect(reads).toBe(1);
});
