// The only ways text from the spec or a page becomes Markdown: as inline text
// (a paragraph, a list item, a quote, a heading, a table cell), as an inline
// code span, as a link destination, or inside the HTML comment of the header.
// Each rule keeps any text inside its context: no line break, no markup, no
// HTML, no new cell, no end of the comment. Markdown the generator writes
// itself (a link to a value list) is made of these too.

/** Line terminators of Markdown, and the separators JavaScript counts as line ends (shown as a space, not a break). */
const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029]/g;

/**
 * Characters that can start inline markup (emphasis, code, links, images, raw
 * HTML and autolinks, strikethrough, table cells) or escape one: written with
 * a backslash, which CommonMark allows before any ASCII punctuation. A run of
 * "_" between letters or digits is left as it is (snake_case): it can neither
 * open nor close emphasis.
 */
const INLINE_MARKUP = /[\\`*[\]<>|~]|_+/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function markupEscaped(line: string): string {
  return line.replace(INLINE_MARKUP, (mark, at: number) => {
    if (mark[0] !== "_") return `\\${mark}`;
    const inWord = WORD_CHAR.test(line[at - 1] ?? "") && WORD_CHAR.test(line[at + mark.length] ?? "");
    return inWord ? mark : mark.replaceAll("_", "\\_");
  });
}

/** An entity or numeric character reference would be decoded: its "&" is escaped so the text shows as written. */
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;

/** What visible() may change: most text has none, and is given back as it is without a walk by character. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for.
const INVISIBLE_OR_SURROGATE = /[\u0000-\u001f\u007f\ud800-\udfff]/;

/** Control characters and lone surrogates: shown as escapes, so the file stays text and a diff shows them. */
function visible(text: string): string {
  if (!INVISIBLE_OR_SURROGATE.test(text)) return text;
  let out = "";
  for (const c of text) {
    const code = c.codePointAt(0) ?? 0;
    const lone = c.length === 1 && code >= 0xd800 && code <= 0xdfff;
    out += code < 0x20 || code === 0x7f || lone ? `\\u{${code.toString(16)}}` : c;
  }
  return out;
}

/** What oneLine changes besides visible() and trim(): most text has none, and is looked at once, not scanned thrice. */
const NOT_ONE_LINE = /[\n\r\u2028\u2029\t]| {2}/;

/** Text on one line: line breaks become spaces, runs of white space one, none at either end (Markdown ignores them there). */
const oneLine = (text: string): string =>
  NOT_ONE_LINE.test(text)
    ? visible(text.replace(LINE_BREAKS, " ").replace(/\t/g, " ")).replace(/ {2,}/g, " ").trim()
    : visible(text).trim();

/**
 * Short texts escaped before, by their text: a value's meaning or a list's value is escaped again for each field,
 * operation and page that shows it (on the repository's spec some 13,000 inline texts and 5,000 code spans per run,
 * a tenth of them distinct). Only short texts, and a bounded number, so that a long run (--watch) or a spec of
 * megabytes keeps no more than a small table.
 */
const REMEMBERED_LENGTH = 256;
const REMEMBERED_ENTRIES = 8192;
const inlineTexts = new Map<string, string>();
const codeSpans = new Map<string, string>();
const cellCodeSpans = new Map<string, string>();

function remembered(known: Map<string, string>, text: string, escaped: (text: string) => string): string {
  if (text.length > REMEMBERED_LENGTH) return escaped(text);
  let made = known.get(text);
  if (made === undefined) {
    if (known.size >= REMEMBERED_ENTRIES) known.clear();
    known.set(text, (made = escaped(text)));
  }
  return made;
}

/**
 * Inline text, shown as written within a line: in a table cell (`|` is among
 * the escaped characters, so a cell never splits), a heading, link text, or
 * after other text on a line.
 */
export const inlineText = (text: string): string => remembered(inlineTexts, text, inlineTextOf);

const inlineTextOf = (text: string): string => markupEscaped(oneLine(text)).replace(ENTITY, "\\&");

/**
 * Inline text that begins a block (a paragraph, list item or quote): also what
 * would make it a heading, list item, thematic break or setext underline
 * there is escaped ("1\." for a list number, where "\1." would still be one).
 * Quotes, fences, indented code and HTML start with characters escaped
 * everywhere, or with white space, which is trimmed.
 */
export function blockText(text: string): string {
  const line = inlineText(text);
  const number = /^\d+(?=[.)])/.exec(line);
  if (number) return `${number[0]}\\${line.slice(number[0].length)}`;
  return /^[#+\-=]/.test(line) ? `\\${line}` : line;
}

/**
 * An inline code span holding the text as written: fenced by more backticks
 * than any run in it, padded when it starts or ends with a backtick. Nothing
 * is escaped inside a code span, so `inTable` is needed for a table cell,
 * where a `|` would still end the cell and must be written `\|`.
 */
export const codeSpan = (text: string, inTable = false): string =>
  inTable ? remembered(cellCodeSpans, text, cellCodeSpan) : remembered(codeSpans, text, plainCodeSpan);

const plainCodeSpan = (text: string): string => codeSpanOf(text, false);
const cellCodeSpan = (text: string): string => codeSpanOf(text, true);

function codeSpanOf(text: string, inTable: boolean): string {
  const line = oneLine(text);
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
  const body = inTable ? line.replaceAll("|", "\\|") : line;
  return line === "" ? "" : `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * A link destination: percent-encoded except for the characters of a URL that
 * Markdown reads as they are, so spaces, brackets, parentheses, `<`, `>`, `|`
 * and backticks can neither end the link nor a table cell.
 */
export const linkDestination = (url: string): string =>
  encodeURI(oneLine(url)).replace(/[()[\]|`'"<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** A link whose text and destination are escaped by their own rules. */
export const link = (text: string, url: string): string => `[${inlineText(text)}](${linkDestination(url)})`;

/**
 * Text inside an HTML comment `<!-- ... -->`: on one line, and no "--" (HTML
 * forbids it in a comment; "-->" or "--!>" would end it), so it cannot end
 * the comment early.
 */
export const htmlCommentText = (text: string): string =>
  oneLine(text)
    .replace(/-(?=-)/g, "- ")
    .replace(/^>|^->/, " $&");

/** Line breaks, not global: for split. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

/**
 * Spec text in a doc comment, which editors show as Markdown, after the
 * generator's own text on a line (a value's code span, "Note: "): inline
 * markup escaped as in a reference page; a line after its first begins a line.
 */
export const docInline = (text: string): string =>
  text
    .split(LINE_BREAK)
    .map((line, i) => (i === 0 ? inlineText(line) : blockText(line)))
    .join("\n");

/** Spec text that begins lines of a doc comment: each line could start a block (a heading or list interrupts a paragraph). */
export const docBlock = (text: string): string => text.split(LINE_BREAK).map(blockText).join("\n");
