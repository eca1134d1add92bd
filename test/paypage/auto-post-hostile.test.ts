// renderPaypageAutoPost given a form or options built by hand that cannot be
// read: its documented TypeError, what was thrown its cause, never the
// reader's own error nor the engine's; each member read once, so that what was
// checked is what the page holds.
import { expect, test } from "vitest";
import { renderPaypageAutoPost, type AutoPostOptions } from "../../generated/runtime/paypage-html.js";
import type { PaypageForm } from "../../generated/runtime/paypage-request.js";
import { thrown } from "../support/thrown.js";

const UNREADABLE = "the form or its options could not be read (a property getter or proxy threw)";
const ACTION = "https://payment.test/paymentInit";

const hostile = new Error("hostile");
const throwing = (): never => {
  throw hostile;
};

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

test("the form's action and fields and each option read once: what was checked is what the page holds", () => {
  const reads: Record<string, number> = {};
  /** A getter that gives `first` at its first read and a value no check would pass after. */
  const once = (target: object, name: string, first: unknown): object =>
    Object.defineProperty(target, name, {
      enumerable: true,
      get: () => {
        reads[name] = (reads[name] ?? 0) + 1;
        return reads[name] === 1 ? first : { replace: () => '"><script>' };
      },
    });
  const form = once(once({ method: "POST" }, "action", ACTION), "fields", [{ name: "Data", value: "a=b" }]);
  const options = ["title", "submitLabel", "lang", "nonce"].reduce((o, name) => once(o, name, `${name}-text`), {});
  const html = renderPaypageAutoPost(form as PaypageForm, options as AutoPostOptions);
  expect(reads).toEqual({ action: 1, fields: 1, title: 1, submitLabel: 1, lang: 1, nonce: 1 });
  for (const shown of [
    `<form method="post" action="${ACTION}"`,
    "<title>title-text</title>",
    ">submitLabel-text</button>",
    '<html lang="lang-text">',
    '<script nonce="nonce-text">',
  ])
    expect(html).toContain(shown);
});
