// What an HTTP error's body says, in a few words for its message: code that
// logs only `error.message` keeps why the server refused the call, where the
// body itself is in `error.body`. The body is a reply no seal vouches for: its
// words are quoted escaped, cut short, and without the request's secrets.

import { cutTo } from "./client-excerpt.js";

/** A summary quotes at most this many characters of the body, "…" included: a line for a log, not the page. */
export const BODY_SUMMARY_LENGTH = 200;

/**
 * The words the message gives of an error's body, already masked (client-secrets.ts: the request's secrets, its
 * seal and the key), to follow "the server answered HTTP 500": the status a Sips reply claims (`claimed`, given the
 * body as JSON, says it, masking what it quotes as the body was, or "" when the body is no Sips reply), else an HTML
 * page's title, else the body's first line of text. An empty body, or one that is not text (control characters, or
 * mostly bytes that are not UTF-8: whyNotText), is said to be so, and why.
 */
export function bodySummary(body: string, claimed: (reply: Record<string, unknown>) => string): string {
  if (body.trim() === "") return " with an empty body";
  const notText = whyNotText(body);
  if (notText !== null) return ` with a body that is not text (${notText})`;
  const said = sipsClaim(body, claimed);
  if (said !== "") return escapedMarks(said);
  const line = pageTitle(body) ?? firstLine(body);
  return `: ${quoted(line)}`;
}

/** A control character no text holds (tab, line ends and escape sequences aside): a binary body. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the class is the control characters a text does not hold
const CONTROL = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/;

/**
 * A body is text though some of its bytes are not UTF-8 (each read as U+FFFD), up to this share of its characters:
 * a page in Latin-1 has one in every twenty or thirty characters (its accented letters), and its words still say
 * why; bytes of an image or an archive are one in two or more, and have control characters besides.
 */
const MOST_REPLACED = 1 / 4;

/**
 * Why a body is not text, for the message (what it holds, never a character of it): a control character, or more
 * than MOST_REPLACED of its characters bytes that are not UTF-8; null for a text. The body may be an excerpt: its
 * share is that of what was read.
 */
function whyNotText(text: string): string | null {
  const control = CONTROL.exec(text)?.[0];
  if (control !== undefined)
    return `it holds the control character U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  let replaced = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) replaced++;
  if (replaced <= text.length * MOST_REPLACED) return null;
  return `${replaced} of its ${text.length} characters read are bytes that are not UTF-8`;
}

/**
 * What a body that is a JSON object claims as a Sips reply; "" when it is not one, or claims nothing. `claimed`
 * masks what it quotes again: JSON may write a secret in escapes (\u0041) that the body's text hides.
 */
function sipsClaim(text: string, claimed: (reply: Record<string, unknown>) => string): string {
  const start = text.trimStart();
  if (!start.startsWith("{")) return "";
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return "";
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return "";
  return claimed(parsed as Record<string, unknown>);
}

/** An HTML page's title, its spaces collapsed; null when the text has none, or an empty one. */
function pageTitle(text: string): string | null {
  const title = /<title[^>]*>([^<]*)</i.exec(text.slice(0, 4096))?.[1];
  const words = title?.replace(/\s+/g, " ").trim();
  return words === undefined || words === "" ? null : words;
}

/** The first line that says something, its tags left out (a page without a title) and its spaces collapsed. */
function firstLine(text: string): string {
  for (const line of text.split(/\r\n|\r|\n/)) {
    const words = line
      .replace(/<[^>]*>/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    if (words !== "") return words;
  }
  return text.trim();
}

/**
 * The words in quotes, cut at BODY_SUMMARY_LENGTH, escaped as JSON escapes a string, and beyond that every
 * character a terminal or log viewer would act on or hide (C1 controls, line separators, bidirectional and
 * zero-width marks): a reply may hold anything, and a log line is to show it as it is.
 */
function quoted(words: string): string {
  return escapedMarks(JSON.stringify(cutTo(words, BODY_SUMMARY_LENGTH)));
}

/** Every character a terminal or log viewer would act on or hide, escaped (JSON escapes the C0 controls already). */
const escapedMarks = (text: string): string =>
  text.replace(
    /[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
