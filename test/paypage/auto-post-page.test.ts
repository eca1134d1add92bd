// The self-posting page, parsed by parse5 (the WHATWG HTML parser) after a
// trip through UTF-8 as a browser receives it: whatever the names, values,
// action, title and labels, the page has exactly its form, its inputs with the
// values given, one script that submits, and a <noscript> button.
import fc from "fast-check";
import { type DefaultTreeAdapterMap, parse } from "parse5";
import { describe, expect, test } from "vitest";
import { escapeHtml, renderPaypageAutoPost } from "../../generated/runtime/paypage-html.js";
import type { PaypageForm } from "../../generated/runtime/paypage-request.js";
import { expectEqual, expectSame } from "../support/quick-expect.js";
import { drawOf } from "../support/property-runs.js";

type Node = DefaultTreeAdapterMap["childNode"] | DefaultTreeAdapterMap["document"];
type Element = DefaultTreeAdapterMap["element"];

const SUBMIT = "HTMLFormElement.prototype.submit.call(document.forms[0]);";

function elements(node: Node): Element[] {
  const own = "tagName" in node ? [node] : [];
  const children = "childNodes" in node ? node.childNodes : [];
  const content = "content" in node ? [node.content as unknown as Node] : [];
  return [...own, ...[...children, ...content].flatMap((child) => elements(child as Node))];
}

const attr = (element: Element, name: string): string | undefined => element.attrs.find((a) => a.name === name)?.value;
const text = (element: Element): string =>
  element.childNodes.map((n) => ("value" in n ? n.value : "tagName" in n ? text(n) : "")).join("");

/** What a browser parses from a string it received as UTF-8: lone surrogates and NUL become U+FFFD. */
const asReceived = (value: string): string => Buffer.from(value, "utf8").toString("utf8").replaceAll("\0", "\uFFFD");

function parsed(html: string) {
  // Scripting off, so that <noscript> holds elements; the page is checked as bytes a browser gets.
  const all = elements(parse(Buffer.from(html, "utf8").toString("utf8"), { scriptingEnabled: false }));
  return { all, of: (tag: string) => all.filter((e) => e.tagName === tag) };
}

const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    '"><script>alert(1)</script>',
    "</form><form action=//evil>",
    "&amp;&#0;&lt;",
    "'\r\n\t",
    "\u0085\u0080\u009f",
    "<!--",
    "]]>",
  ),
);
const BASE = "https://payment-webinit.simu.sogenactif.com/";
// An action as a URL writes it, and one as given: the page takes any text the URL parser accepts, unnormalised,
// so a quote, a < or an & can reach the attribute only that way.
const action = fc.oneof(
  fc.string({ unit: "binary-ascii", maxLength: 30 }).map((tail) => new URL(`${BASE}${tail}`).href),
  anyText.map((tail) => `${BASE}?q=${tail}`).filter((href) => URL.canParse(href)),
);

test("any field, action, title, label and nonce: exactly the page, the values as given", () => {
  fc.assert(
    fc.property(
      action,
      fc.array(fc.record({ name: anyText, value: anyText }), { maxLength: 6 }),
      fc.record({ title: anyText, submitLabel: anyText, nonce: anyText, lang: anyText }),
      (href, fields, options) => {
        const form: PaypageForm = { action: href, method: "POST", fields };
        const page = parsed(renderPaypageAutoPost(form, options));
        expectEqual(
          page.all.map((e) => e.tagName),
          [
            "html",
            "head",
            "meta",
            "meta",
            "title",
            "body",
            "form",
            ...fields.map(() => "input"),
            "noscript",
            "button",
            "script",
          ],
        );
        const [formElement] = page.of("form");
        expectSame(formElement && attr(formElement, "action"), asReceived(href));
        expectSame(formElement && attr(formElement, "method"), "post");
        expectEqual(
          page.of("input").map((e) => [attr(e, "type"), attr(e, "name"), attr(e, "value")]),
          fields.map((f) => ["hidden", asReceived(f.name), asReceived(f.value)]),
        );
        const [script] = page.of("script");
        expectSame(script && text(script), SUBMIT);
        expectSame(script && attr(script, "nonce"), asReceived(options.nonce));
        expectEqual(page.of("title").map(text), [asReceived(options.title)]);
        expectEqual(page.of("button").map(text), [asReceived(options.submitLabel)]);
        expectEqual(
          page.all.flatMap((e) => e.attrs.map((a) => a.name)).filter((name) => name.startsWith("on")),
          [],
        );
      },
    ),
    drawOf(300, 3000),
  );
});

describe("escapeHtml", () => {
  test.each([
    ["plain", "plain"],
    ['<a href="x">&\'', "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"],
    ["a\r\nb\tc\0", "a&#13;&#10;b&#9;c&#0;"],
    ["\u007f", "&#127;"],
    ["\u0080\u009f", "\u0080\u009f"],
    ["é€😀", "é€😀"],
  ])("%j", (given, want) => {
    expect(escapeHtml(given)).toBe(want);
  });
});

test("defaults, and a page without options", () => {
  const form: PaypageForm = {
    action: "https://x.test/paymentInit",
    method: "POST",
    fields: [{ name: "Data", value: "a=b|c=d" }],
  };
  const html = renderPaypageAutoPost(form);
  // null is no options, as the client and the Paypage decoder take it.
  expect(renderPaypageAutoPost(form, null)).toBe(html);
  expect(html).toContain('<html lang="en">');
  expect(html).toContain("<title>Payment</title>");
  expect(html).toContain('<input type="hidden" name="Data" value="a=b|c=d">');
  expect(html).toContain('<noscript><button type="submit">Continue to payment</button></noscript>');
  expect(html).toContain(`<script>${SUBMIT}</script>`);
});

test.each([
  { given: "a javascript: action", form: { action: "javascript:alert(1)", method: "POST", fields: [] } },
  { given: "a data: action", form: { action: "data:text/html,x", method: "POST", fields: [] } },
  { given: "a relative action", form: { action: "/paymentInit", method: "POST", fields: [] } },
  {
    given: "a value that is not text",
    form: { action: "https://x.test/", method: "POST", fields: [{ name: "Data", value: 1 }] },
  },
])("a TypeError for $given", ({ form }) => {
  expect(() => renderPaypageAutoPost(form as unknown as PaypageForm)).toThrow(TypeError);
});

test.each([
  { given: "null", form: null, message: "the form must be an object with an action and a list of fields, got null" },
  {
    given: "undefined",
    form: undefined,
    message: "the form must be an object with an action and a list of fields, got undefined",
  },
  // A function is no form, whatever it carries: its action and fields are not read.
  {
    given: "a function carrying an action and fields",
    form: Object.assign(() => undefined, { action: "https://x.test/", fields: [] }),
    message: "the form must be an object with an action and a list of fields, got a function",
  },
  {
    given: "a form builder's result",
    form: { ok: true, form: { action: "https://x.test/", method: "POST", fields: [] } },
    message: "got a form builder's result: pass its `form`, once `ok` is true",
  },
  { given: "an action that is no URL", form: { action: "x.test", fields: [] }, message: 'URL, got "x.test"' },
  { given: "no fields", form: { action: "https://x.test/", method: "POST" }, message: "a list of fields" },
  {
    given: "a field that is null",
    form: { action: "https://x.test/", method: "POST", fields: [null] },
    message: "each field of the form must have a string name and value",
  },
])("a TypeError that says what of the form is wrong for $given, not the engine's", ({ form, message }) => {
  expect(() => renderPaypageAutoPost(form as unknown as PaypageForm)).toThrow(message);
});
