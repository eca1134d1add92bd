// The type of a decoder's `post`: a body not read yet (a promise, a Request,
// Response or Blob, node's request) is always refused at run time, so it does
// not compile; whatever a framework hands over read (text, bytes, entries, a
// record, or a body typed `unknown` or `any`) does, and decodes as before.
// The @ts-expect-error lines are the test: the type-check fails where one compiles.
import { IncomingMessage } from "node:http";
import { Socket } from "node:net";
import { describe, expect, expectTypeOf, test } from "vitest";
import {
  decodePaypageResponse,
  isPaypageResponseGenuine,
  type PaypageBodyNotReadYet,
  type PaypagePostArgument,
  type UnreadPaypageBody,
} from "../../generated/paypage.js";
import { MINIMAL_RESPONSE, sealedForm, TEST_KEY } from "../support/paypage-forms.js";

// biome-ignore lint/suspicious/noExplicitAny: the type many body parsers give a body (express's req.body), which this test is about
type ParsedBody = any;

const form = sealedForm(MINIMAL_RESPONSE);
const text = new URLSearchParams(form).toString();
const request = () =>
  new Request("https://shop.example/notify", {
    method: "POST",
    body: text,
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
const nodeRequest = () => new IncomingMessage(new Socket());

describe("a body not read yet does not compile, and is refused as before", () => {
  test("a promise (an await forgotten)", () => {
    // @ts-expect-error a promise of the body
    const result = decodePaypageResponse(Promise.resolve(text), TEST_KEY);
    expect(result.ok ? "" : result.error.message).toContain("the post is a promise");
    // @ts-expect-error a promise of the form
    expect(decodePaypageResponse(request().formData(), TEST_KEY).ok).toBe(false);
    // @ts-expect-error a promise of the body
    expect(isPaypageResponseGenuine(Promise.resolve(text), TEST_KEY)).toBe(false);
  });

  test("a Request, a Response and a Blob whose body is not read", () => {
    // @ts-expect-error a Request
    const result = decodePaypageResponse(request(), TEST_KEY);
    expect(result.ok ? "" : result.error.message).toContain("whose body is not read");
    // @ts-expect-error a Response
    expect(decodePaypageResponse(new Response(text), TEST_KEY).ok).toBe(false);
    // @ts-expect-error a Blob
    expect(decodePaypageResponse(new Blob([text]), TEST_KEY).ok).toBe(false);
    // @ts-expect-error a Request
    expect(isPaypageResponseGenuine(request(), TEST_KEY)).toBe(false);
  });

  test("node's request, a stream", () => {
    // @ts-expect-error node's IncomingMessage
    const result = decodePaypageResponse(nodeRequest(), TEST_KEY);
    expect(result.ok ? "" : result.error.message).toContain("the post is a stream");
    // @ts-expect-error node's IncomingMessage
    expect(isPaypageResponseGenuine(nodeRequest(), TEST_KEY)).toBe(false);
  });

  test("the type that refuses it, which the compiler's error names, says to read the body first", () => {
    expectTypeOf<PaypagePostArgument<IncomingMessage>>().toEqualTypeOf<PaypageBodyNotReadYet>();
    expectTypeOf<PaypagePostArgument<Promise<string>>>().toEqualTypeOf<PaypageBodyNotReadYet>();
    expectTypeOf<keyof PaypageBodyNotReadYet>().toExtend<`${string}read it first, and pass its text or bytes`>();
  });

  test("a union with a body not read yet", () => {
    const maybe: string | Promise<string> = Math.random() < 2 ? Promise.resolve(text) : text;
    // @ts-expect-error one member of the union is a promise
    expect(decodePaypageResponse(maybe, TEST_KEY).ok).toBe(false);
  });

  test("a promise or a Request typed with a string index as well", () => {
    // Through its index such a type seemed a body parser's record, and compiled; it is refused at run time all the same.
    const promise = Promise.resolve(text) as Promise<string> & Record<string, unknown>;
    // @ts-expect-error a promise, with a string index
    const result = decodePaypageResponse(promise, TEST_KEY);
    expect(result.ok ? "" : result.error.message).toContain("the post is a promise");
    const indexed = request() as Request & { readonly [field: string]: unknown };
    // @ts-expect-error a Request, with a string index
    expect(isPaypageResponseGenuine(indexed, TEST_KEY)).toBe(false);
    expectTypeOf<
      PaypagePostArgument<Promise<string> & Record<string, ParsedBody>>
    >().toEqualTypeOf<PaypageBodyNotReadYet>();
    expectTypeOf<
      PaypagePostArgument<PromiseLike<string> & { [field: string]: unknown }>
    >().toEqualTypeOf<PaypageBodyNotReadYet>();
    expectTypeOf<PaypagePostArgument<Promise<Record<string, string>>>>().toEqualTypeOf<PaypageBodyNotReadYet>();
    expectTypeOf<
      PaypagePostArgument<IncomingMessage & Record<string, string>>
    >().toEqualTypeOf<PaypageBodyNotReadYet>();
  });

  test("a thenable whose then is not PromiseLike's (a query builder, a lazy promise), as the run time refuses it", () => {
    // Its then takes one callback and returns nothing: no PromiseLike, and it compiled; await calls it all the same.
    class LazyBody {
      then(resolve: (body: string) => void): void {
        resolve(text);
      }
    }
    // @ts-expect-error a thenable of another shape than PromiseLike
    const result = decodePaypageResponse(new LazyBody(), TEST_KEY);
    expect(result.ok ? "" : result.error.message).toContain("the post is a promise");
    const onlyThen = { then: (fulfil: (value: string) => unknown, _reject?: unknown, _more?: unknown) => fulfil(text) };
    // @ts-expect-error a then of three parameters
    expect(isPaypageResponseGenuine(onlyThen, TEST_KEY)).toBe(false);
    expectTypeOf<PaypagePostArgument<LazyBody>>().toEqualTypeOf<PaypageBodyNotReadYet>();
    expectTypeOf<PaypagePostArgument<{ then(): number }>>().toEqualTypeOf<PaypageBodyNotReadYet>();
    // A field named then that is no method is read as the form's field: the run time reads it as a record too.
    expectTypeOf<PaypagePostArgument<{ then: string; Data: string }>>().toEqualTypeOf<{ then: string; Data: string }>();
  });

  test("the parameter's type is never for each of them", () => {
    expectTypeOf<PaypagePostArgument<Promise<string>>>().toEqualTypeOf<PaypageBodyNotReadYet>();
    expectTypeOf<PaypagePostArgument<Request>>().toEqualTypeOf<PaypageBodyNotReadYet>();
    expectTypeOf<PaypagePostArgument<Blob>>().toEqualTypeOf<PaypageBodyNotReadYet>();
    expectTypeOf<PaypagePostArgument<IncomingMessage>>().toEqualTypeOf<PaypageBodyNotReadYet>();
    expectTypeOf<Promise<string>>().toExtend<UnreadPaypageBody>();
  });
});

describe("what a framework hands over read compiles, and decodes as before", () => {
  test("a body typed unknown or any", async () => {
    const unknownBody: unknown = text;
    const anyBody: ParsedBody = form;
    expect(decodePaypageResponse(unknownBody, TEST_KEY).ok).toBe(true);
    expect(decodePaypageResponse(anyBody, TEST_KEY).ok).toBe(true);
    expect(isPaypageResponseGenuine(unknownBody, TEST_KEY)).toBe(true);
    // The awaited body, in each form a fetch-style request gives it.
    const req = request();
    expect(decodePaypageResponse(await req.clone().text(), TEST_KEY).ok).toBe(true);
    expect(decodePaypageResponse(await req.clone().arrayBuffer(), TEST_KEY).ok).toBe(true);
    expect(decodePaypageResponse(await req.formData(), TEST_KEY).ok).toBe(true);
  });

  test("text, bytes, entries and records", () => {
    const posts = [
      text,
      Buffer.from(text),
      new TextEncoder().encode(text),
      new URLSearchParams(form),
      new Map(Object.entries(form)),
      Object.entries(form),
      form,
    ] as const;
    for (const post of posts) expect(decodePaypageResponse(post, TEST_KEY).ok).toBe(true);
  });

  test("a body parser's record with a string index of any, whose members are not declared", () => {
    const parsed: Record<string, ParsedBody> = { ...form };
    const loose: { [field: string]: unknown } = { ...form };
    expect(decodePaypageResponse(parsed, TEST_KEY).ok).toBe(true);
    expect(decodePaypageResponse(loose, TEST_KEY).ok).toBe(true);
    expectTypeOf<PaypagePostArgument<Record<string, ParsedBody>>>().toEqualTypeOf<Record<string, ParsedBody>>();
    expectTypeOf<PaypagePostArgument<unknown>>().toEqualTypeOf<unknown>();
  });
});
