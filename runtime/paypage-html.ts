// A form as a page that posts itself: what a shop answers the buyer's browser
// with to send it to Paypage. Every value is escaped for HTML, attributes and
// text alike, so that no field value, name, action or title can end an
// attribute, open a tag or run a script; without JavaScript, a button submits.

import type { PaypageForm, PaypageFormField } from "./paypage-request.js";
import { isPaypageFormAction } from "./paypage-request.js";
import { describe, describeKind } from "./issue-format.js";

/** Options of `renderPaypageAutoPost`: the page's title, button label and language, and a CSP nonce. */
export interface AutoPostOptions {
  /** The page's title (default "Payment"). */
  readonly title?: string | undefined;
  /** The label of the button shown when JavaScript is off (default "Continue to payment"). */
  readonly submitLabel?: string | undefined;
  /** The language of the page (default "en"). */
  readonly lang?: string | undefined;
  /** A Content-Security-Policy nonce for the inline script that submits the form. */
  readonly nonce?: string | undefined;
}

/** Characters that could end an attribute or start markup, and controls (C0 ones are escaped, see escapeHtml). */
const UNSAFE = /[&<>"'\p{Cc}]/gu;

/**
 * Text as HTML, for an attribute value in double quotes or for element text:
 * markup characters and quotes as entities, C0 controls and DEL (line breaks
 * included) as numeric references, which the parser keeps as they are where a
 * raw CR would become LF. C1 controls stay raw: HTML reads their numeric
 * references as windows-1252 characters. A NUL, which HTML cannot carry at
 * all, becomes U+FFFD.
 */
export function escapeHtml(text: string): string {
  return text.replace(UNSAFE, (c) => {
    switch (c) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      case "'":
        return "&#39;";
      default: {
        const code = c.charCodeAt(0);
        return code >= 0x80 ? c : `&#${code};`;
      }
    }
  });
}

/**
 * What was given for a form: a result of the form's builders (`paypagePostForm`, `paypageRedirectionForm`) is the
 * usual mistake, and is named so; anything else by its kind.
 */
function formKind(form: unknown): string {
  if (typeof form === "object" && form !== null && "ok" in form)
    return "a form builder's result: pass its `form`, once `ok` is true";
  return describeKind(form);
}

/**
 * A complete HTML page whose form posts itself on load (a submit button inside
 * `<noscript>` when scripts are off). The form is submitted through
 * HTMLFormElement.prototype.submit, which a field named "submit" cannot hide.
 *
 * @throws TypeError when the form is not an object with a list of fields, its action is not an http(s) URL
 * or a field is not a name and a text value (a form made by `buildPaypagePostForm` or `paypageRedirectionForm` always is).
 */
export function renderPaypageAutoPost(form: PaypageForm, given?: AutoPostOptions | null): string {
  // null is no options, as the client and the Paypage decoder take it.
  const options: AutoPostOptions = given ?? {};
  // Not the engine's own TypeError on null: the caller learns which part of the form is wrong.
  if (typeof form !== "object" || form === null || !Array.isArray(form.fields))
    throw new TypeError(`the form must be an object with an action and a list of fields, got ${formKind(form)}`);
  if (!isPaypageFormAction(form.action))
    throw new TypeError(`the form's action must be an http(s) URL, got ${describe(form.action)}`);
  const inputs = form.fields.map((field: unknown) => {
    if (!isFormField(field)) throw new TypeError("each field of the form must have a string name and value");
    return `<input type="hidden" name="${escapeHtml(field.name)}" value="${escapeHtml(field.value)}">`;
  });
  const nonce = options.nonce === undefined ? "" : ` nonce="${escapeHtml(options.nonce)}"`;
  return [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtml(options.lang ?? "en")}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(options.title ?? "Payment")}</title>`,
    "</head>",
    "<body>",
    `<form method="post" action="${escapeHtml(form.action)}" accept-charset="UTF-8">`,
    ...inputs,
    `<noscript><button type="submit">${escapeHtml(options.submitLabel ?? "Continue to payment")}</button></noscript>`,
    "</form>",
    `<script${nonce}>HTMLFormElement.prototype.submit.call(document.forms[0]);</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function isFormField(field: unknown): field is PaypageFormField {
  if (typeof field !== "object" || field === null) return false;
  const { name, value } = field as { name?: unknown; value?: unknown };
  return typeof name === "string" && typeof value === "string";
}
