// decodePaypagePost: the forms a post comes in (bodies, bytes, entries,
// records) and what makes a post unreadable, unsealed or too large, or no
// form at all.
import { Readable } from "node:stream";
import { describe, expect, test } from "vitest";
import { decodePaypagePost, type PaypageDecodeOptions } from "../../generated/runtime/paypage-response.js";
import {
  MAX_FORM_FIELDS,
  PAYPAGE_FORM_FIELDS,
  PAYPAGE_POST_MAX_LENGTH,
  TOO_MANY_FIELDS_TEXT,
} from "../../generated/runtime/paypage-form-fields.js";
import { MINIMAL_RESPONSE, sealedForm, TEST_KEY } from "../support/paypage-forms.js";
import { paypageResponse } from "../support/paypage-messages.js";

const decode = (post: unknown, options?: PaypageDecodeOptions, key = TEST_KEY) =>
  decodePaypagePost(paypageResponse, post, key, options);
const body = (form: Record<string, string>) => new URLSearchParams(form).toString();

/** The text's bytes as a view of the middle of a larger buffer, whose other bytes are not the form's. */
function bytesWithin(text: string): DataView {
  const bytes = new TextEncoder().encode(text);
  const buffer = new Uint8Array(bytes.length + 8).fill(0x26);
  buffer.set(bytes, 4);
  return new DataView(buffer.buffer, 4, bytes.length);
}

describe("the forms a post comes in", () => {
  const form = sealedForm(`${MINIMAL_RESPONSE}|returnContext=a b+c&d=e%`);
  const formData = new FormData();
  for (const [name, value] of Object.entries(form)) formData.append(name, value);
  test.each([
    { given: "a body", post: body(form) },
    { given: "a body with %20 instead of +", post: body(form).replaceAll("+", "%20") },
    { given: "a Buffer", post: Buffer.from(body(form)) },
    { given: "a Uint8Array", post: new TextEncoder().encode(body(form)) },
    // What Request.arrayBuffer() and fetch-style frameworks hand over.
    { given: "an ArrayBuffer", post: new TextEncoder().encode(body(form)).buffer },
    { given: "a DataView of part of a buffer", post: bytesWithin(body(form)) },
    { given: "URLSearchParams", post: new URLSearchParams(form) },
    { given: "FormData", post: formData },
    { given: "a Map", post: new Map(Object.entries(form)) },
    { given: "entries", post: Object.entries(form) },
    { given: "a record", post: form },
    { given: "a record without prototype", post: Object.assign(Object.create(null), form) },
    { given: "a body with other fields and empty pairs", post: `&&x=1&${body(form)}&locale=en&` },
  ])("$given", ({ post }) => {
    const result = decode(post);
    expect(result.ok && result.response["returnContext"]).toBe("a b+c&d=e%");
  });

  test.each([
    { given: "no Seal", post: { Data: MINIMAL_RESPONSE }, kind: "unsealed" },
    { given: "an empty Seal", post: { Data: MINIMAL_RESPONSE, Seal: "" }, kind: "unsealed" },
    { given: "no Data", post: { Seal: "0".repeat(64) }, kind: "malformed" },
    { given: "nothing", post: "", kind: "malformed" },
    { given: "a body whose first name is ?Data, not Data", post: `?${body(form)}`, kind: "malformed" },
    { given: "Data twice in a body", post: `${body(form)}&Data=x`, kind: "malformed" },
    { given: "Seal twice in entries", post: [...Object.entries(form), ["Seal", form["Seal"]]], kind: "malformed" },
    { given: "a repeated field from a body parser", post: { ...form, Data: [form["Data"], "x"] }, kind: "malformed" },
    { given: "a Data that is not text", post: { ...form, Data: 5 }, kind: "malformed" },
    {
      given: "a file as Data",
      post: new Map<string, unknown>([...Object.entries(form), ["Data", new Blob(["x"])]]),
      kind: "malformed",
    },
    {
      given: "a body over the limit",
      post: `${body(form)}&pad=${"x".repeat(PAYPAGE_POST_MAX_LENGTH)}`,
      kind: "malformed",
    },
    { given: "bytes over the limit", post: Buffer.alloc(PAYPAGE_POST_MAX_LENGTH + 1, 0x61), kind: "malformed" },
    { given: "an ArrayBuffer over the limit", post: new ArrayBuffer(PAYPAGE_POST_MAX_LENGTH + 1), kind: "malformed" },
    {
      given: "values over the limit",
      post: { ...form, Data: "x".repeat(PAYPAGE_POST_MAX_LENGTH + 1) },
      kind: "malformed",
    },
    { given: "entries that are not pairs", post: [["Data"]], kind: "malformed" },
    { given: "null", post: null, kind: "malformed" },
    { given: "a number", post: 42, kind: "malformed" },
  ])("refused: $given", ({ post, kind }) => {
    expect(decode(post)).toMatchObject({ ok: false, error: { kind } });
  });

  // Read as a record, each has no field: the error said the form had no Data, as if Sips had posted a bad one.
  test.each([
    { given: "a promise (an await forgotten)", post: Promise.resolve(body(form)), says: "the post is a promise" },
    {
      given: "a Request whose body is not read",
      post: new Request("https://shop.example/notify", { method: "POST", body: body(form) }),
      says: "the post is a request, response or blob whose body is not read",
    },
    { given: "a Blob", post: new Blob([body(form)]), says: "the post is a request, response or blob" },
    { given: "node's request, a stream", post: Readable.from([body(form)]), says: "the post is a stream" },
  ])("refused as a body not read yet: $given", ({ post, says }) => {
    const result = decode(post);
    expect(result).toMatchObject({ ok: false, error: { kind: "malformed" } });
    expect(result.ok ? "" : result.error.message).toContain(says);
  });

  // Each form is held to the same count of fields: a body, whatever its count, was read where its entries were refused.
  test.each([
    { fields: MAX_FORM_FIELDS, ok: true },
    { fields: MAX_FORM_FIELDS + 1, ok: false },
  ])(
    "$fields fields, the form's own among them: taken alike (ok: $ok) in every form a post comes in",
    ({ fields, ok }) => {
      const entries: [string, string][] = Object.entries(form);
      for (let i = entries.length; i < fields; i++) entries.push([`x${i}`, "1"]);
      const params = new URLSearchParams(entries);
      const text = params.toString();
      const formData = new FormData();
      for (const [name, value] of entries) formData.append(name, value);
      // Empty pairs are no fields; a malformed escape in a name sends the body to URLSearchParams, not the fast path.
      const posts = [text, `&&${text}&`, text.replace(`x${fields - 1}=1`, "x%zz=1")];
      expect(posts[2]).not.toBe(text);
      for (const post of [...posts, Buffer.from(text), params, formData, entries, Object.fromEntries(entries)]) {
        const result = decode(post);
        if (ok) expect(result.ok).toBe(true);
        else expect(result).toMatchObject({ ok: false, error: { kind: "malformed", message: TOO_MANY_FIELDS_TEXT } });
      }
    },
  );

  // The WHATWG parser decodes its bytes "without BOM": a leading U+FEFF stays, part of the first name, so that
  // no field is Data. Bytes were decoded with the BOM taken off, and so read a Data the same body as text has not.
  test("a byte order mark before the first name is kept, in bytes as in text: that name is not Data", async () => {
    const text = `\uFEFF${body(form)}`;
    const bytes = new TextEncoder().encode(text);
    const parsed = await new Response(bytes, {
      headers: { "content-type": "application/x-www-form-urlencoded" },
    }).formData();
    expect(parsed.has("Data")).toBe(false);
    for (const post of [text, parsed, bytes, Buffer.from(bytes), bytes.buffer])
      expect(decode(post)).toMatchObject({ ok: false, error: { kind: "malformed", message: "the form has no Data" } });
  });
});

describe("a post that holds none of the form's fields", () => {
  const withoutData = Object.fromEntries(
    Object.entries(sealedForm(MINIMAL_RESPONSE)).filter(([name]) => name !== PAYPAGE_FORM_FIELDS.data),
  );
  const names = Object.values(PAYPAGE_FORM_FIELDS);
  // What a handler passes when the body is not the form: read before by a parser (empty), a JSON parser's {}, JSON.
  test.each([
    { given: "an empty body", post: "" },
    { given: "empty bytes", post: Buffer.alloc(0) },
    { given: "a JSON parser's empty object", post: {} },
    { given: "the form as JSON text", post: JSON.stringify(sealedForm(MINIMAL_RESPONSE)) },
    { given: "Data's pairs alone", post: MINIMAL_RESPONSE },
  ])("$given: malformed, naming the fields Sips posts and what to pass instead", ({ post }) => {
    const result = decode(post);
    expect(result.ok ? null : result.error.kind).toBe("malformed");
    const message = result.ok ? "" : result.error.message;
    expect(message).toContain(`(${names.join(", ")})`);
    expect(message).toMatch(/pass the request's body as it came, .*application\/x-www-form-urlencoded/);
  });

  test("a form with the others but no Data says that alone", () => {
    expect(Object.keys(withoutData)).toContain(PAYPAGE_FORM_FIELDS.seal);
    expect(decode(body(withoutData))).toMatchObject({
      ok: false,
      error: { kind: "malformed", message: "the form has no Data" },
    });
  });
});
