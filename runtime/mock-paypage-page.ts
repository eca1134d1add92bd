// What the mock's Paypage answers a browser with: a status and an HTML page, an
// error page where the payment cannot be played.

import { escapeHtml } from "./paypage-html.js";

/** An answer to the browser: a status and an HTML page. */
export interface PageAnswer {
  readonly status: number;
  readonly html: string;
}

/** A page that says why the payment cannot be played, its lines kept. */
export function errorPage(status: number, message: string): PageAnswer {
  // Split before escaping: escapeHtml writes a line break as &#10;, which a page shows as a space.
  const text = message.split("\n").map(escapeHtml).join("<br>");
  return {
    status,
    html: `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Mock Paypage</title></head><body><p>${text}</p></body></html>\n`,
  };
}
