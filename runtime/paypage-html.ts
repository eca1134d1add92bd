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

/** The option texts a page is written with, their defaults filled in. */
type PageTexts = { readonly [K in keyof AutoPostOptions]-?: string | undefined };

/** A form and its options, read once: what is wrong with them a message, else what the page is written from. */
type ReadForm =
  | { readonly wrong: string }
  | { readonly action: string; readonly fields: readonly PaypageFormField[]; readonly texts: PageTexts };

/**
 * Reads the form and the options, each member once. A getter or a proxy trap that throws (a form built by hand)
 * is a TypeError whose cause is what was thrown, as for the other wrong forms, never the reader's own error.
 */
function readForm(form: unknown, given: AutoPostOptions | null | undefined): ReadForm {
  try {
    const { action, fields }: { action?: unknown; fields?: unknown } =
      typeof form === "object" && form !== null ? form : {};
    if (!Array.isArray(fields))
      return { wrong: `the form must be an object with an action and a list of fields, got ${formKind(form)}` };
    if (!isPaypageFormAction(action))
      return { wrong: `the form's action must be an http(s) URL, got ${describe(action)}` };
    const read: PaypageFormField[] = [];
    for (const field of fields as unknown[]) {
      const pair = formField(field);
      if (pair === null) return { wrong: "each field of the form must have a string name and value" };
      read.push(pair);
    }
    // null is no options, as the client and the Paypage decoder take it.
    const { title, submitLabel, lang, nonce } = given ?? {};
    const texts: PageTexts = { title, submitLabel, lang, nonce };
    for (const [name, value] of Object.entries(texts))
      if (value !== undefined && typeof value !== "string")
        return { wrong: `options.${name} must be a string, got ${describeKind(value)}` };
    return { action, fields: read, texts };
  } catch (error) {
    throw new TypeError("the form or its options could not be read (a property getter or proxy threw)", {
      cause: error,
    });
  }
}

/**
 * A complete HTML page whose form posts itself on load (a submit button inside
 * `<noscript>` when scripts are off). The form is submitted through
 * HTMLFormElement.prototype.submit, which a field named "submit" cannot hide.
 *
 * @throws TypeError when the form is not an object with a list of fields, its action is not an http(s) URL,
 * a field is not a name and a text value (a form made by `buildPaypagePostForm` or `paypageRedirectionForm` always is),
 * an option is not a string, or the form or its options cannot be read (a getter or proxy that throws: its cause).
 */
export function renderPaypageAutoPost(form: PaypageForm, given?: AutoPostOptions | null): string {
  const read = readForm(form, given);
  // Not the engine's own TypeError on null: the caller learns which part of the form is wrong.
  if ("wrong" in read) throw new TypeError(read.wrong);
  const { texts } = read;
  const inputs = read.fields.map(
    (field) => `<input type="hidden" name="${escapeHtml(field.name)}" value="${escapeHtml(field.value)}">`,
  );
  const nonce = texts.nonce === undefined ? "" : ` nonce="${escapeHtml(texts.nonce)}"`;
  return [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtml(texts.lang ?? "en")}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(texts.title ?? "Payment")}</title>`,
    "</head>",
    "<body>",
    `<form method="post" action="${escapeHtml(read.action)}" accept-charset="UTF-8">`,
    ...inputs,
    `<noscript><button type="submit">${escapeHtml(texts.submitLabel ?? "Continue to payment")}</button></noscript>`,
    "</form>",
    `<script${nonce}>HTMLFormElement.prototype.submit.call(document.forms[0]);</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** A field's name and value, each read once, when both are text; null otherwise. */
function formField(field: unknown): PaypageFormField | null {
  if (typeof field !== "object" || field === null) return null;
  const { name, value } = field as { name?: unknown; value?: unknown };
  return typeof name === "string" && typeof value === "string" ? { name, value } : null;
}
