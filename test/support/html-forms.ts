// What a browser does with a page that posts itself: parse it (parse5, the
// WHATWG HTML parser), take its one form's action and inputs, and submit them
// as application/x-www-form-urlencoded, in document order.
import { type DefaultTreeAdapterMap, parse } from "parse5";

type Node = DefaultTreeAdapterMap["childNode"] | DefaultTreeAdapterMap["document"];
type Element = DefaultTreeAdapterMap["element"];

function elements(node: Node): Element[] {
  const own = "tagName" in node ? [node] : [];
  const children = "childNodes" in node ? node.childNodes : [];
  return [...own, ...children.flatMap((child) => elements(child as Node))];
}

const attr = (element: Element, name: string): string | undefined => element.attrs.find((a) => a.name === name)?.value;

export interface ParsedForm {
  readonly action: string;
  readonly method: string;
  readonly fields: readonly (readonly [string, string])[];
}

/** The page's forms, as a browser reads them (inputs with a name; the submit button has none). */
export function formsOf(html: string): ParsedForm[] {
  return elements(parse(html))
    .filter((e) => e.tagName === "form")
    .map((form) => ({
      action: attr(form, "action") ?? "",
      method: (attr(form, "method") ?? "get").toLowerCase(),
      fields: elements(form)
        .filter((e) => e.tagName === "input" && attr(e, "name") !== undefined)
        .map((e) => [attr(e, "name") ?? "", attr(e, "value") ?? ""] as const),
    }));
}

/** Submits the page's only form as a browser would: a POST of its fields, urlencoded, to its action. */
export async function submitOnlyForm(html: string): Promise<{ status: number; url: string; body: string }> {
  const forms = formsOf(html);
  if (forms.length !== 1) throw new Error(`expected one form, found ${forms.length}`);
  const form = forms[0] as ParsedForm;
  if (form.method !== "post") throw new Error(`the form's method is ${form.method}`);
  const reply = await fetch(form.action, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(form.fields.map(([name, value]): [string, string] => [name, value])).toString(),
  });
  return { status: reply.status, url: form.action, body: await reply.text() };
}
