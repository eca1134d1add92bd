// The diagnostics of the spec format itself, each file on its own: keys,
// types, enumerations, patterns and lengths (most come from its JSON Schema).

import { define, hint, quoted, thousands } from "./code-definition.js";

/** The codes of the spec format. */
export const formatCodes = {
  "unknown-key": define<{ key: string; where: string; suggestion: string | undefined; allowed: string }>(
    "error",
    "A key that the spec format does not have (often a typo).",
    "Correct the key to the one the message suggests or lists as allowed, or remove it.",
    (p) => `unknown key ${quoted(p.key)} in ${p.where}${hint(p.suggestion)} (allowed: ${p.allowed})`,
  ),
  "missing-key": define<{ key: string; where: string }>(
    "error",
    "A required key is absent.",
    "Add the key the message names, with its value (docs/spec-format.md describes each).",
    (p) => `${p.where} needs the key "${p.key}"`,
  ),
  "duplicate-key": define<{ key: string; where: string }>(
    "error",
    "The same key twice in one mapping.",
    "Keep one of the two keys, with the value that holds.",
    (p) => `key ${quoted(p.key)} appears twice in ${p.where}; keep one`,
  ),
  "duplicate-field": define<{ field: string; where: string }>(
    "error",
    "A field declared twice in one message.",
    "Keep one declaration of the field, merging what the other said.",
    (p) => `field "${p.field}" is declared twice in ${p.where}; keep one`,
  ),
  "duplicate-value": define<{ value: string; where: string }>(
    "error",
    "A value listed twice in one value list, or in the values an operation's field takes.",
    "Keep one of the two entries.",
    (p) => `value "${p.value}" is listed twice in ${p.where}; keep one`,
  ),
  "wrong-type": define<{ where: string; expected: string; found: string }>(
    "error",
    "A value of the wrong shape (a list where text is expected, ...).",
    "Write the value in the shape the message expects (quote a text, make a list of a single item with a dash).",
    (p) => `${p.where} must be ${p.expected}, found ${p.found}`,
  ),
  "empty-value": define<{ where: string }>(
    "error",
    "An empty text (or one of white space and invisible characters alone: U+FEFF, U+200B, U+00A0, U+2028...), list or mapping where content is needed.",
    "Write the content, or remove the key where it is optional.",
    (p) => `${p.where} must not be empty`,
  ),
  "unknown-presence": define<{ value: string; suggestion: string | undefined; allowed: string }>(
    "error",
    "A presence other than required, optional, conditional or undocumented.",
    "Write required, optional, conditional or undocumented (undocumented where no source says).",
    (p) => `unknown presence "${p.value}"${hint(p.suggestion)} (use one of: ${p.allowed})`,
  ),
  "unknown-type": define<{ value: string; suggestion: string | undefined; allowed: string }>(
    "error",
    "A field type the spec format does not have.",
    "Use one of the types the message lists.",
    (p) => `unknown field type "${p.value}"${hint(p.suggestion)} (use one of: ${p.allowed})`,
  ),
  "unknown-enum": define<{ where: string; value: string; suggestion: string | undefined; allowed: string }>(
    "error",
    "A keyword value outside its fixed set (method, match, seal order, algorithm kind, hash).",
    "Use one of the values the message lists.",
    (p) => `${p.where} "${p.value}" is not supported${hint(p.suggestion)} (use one of: ${p.allowed})`,
  ),
  "bad-version": define<{ value: string; expected: string }>(
    "error",
    "A malformed interface version.",
    'Write the version as major.minor in quotes ("2.37"), or undocumented where no source gives it.',
    (p) => `malformed interface version "${p.value}": expected ${p.expected}`,
  ),
  "bad-name": define<{ value: string; what: string }>(
    "error",
    "A field, operation or value-list name that is not lowerCamelCase.",
    "Rename it in lowerCamelCase (letters and digits, starting with a lower-case letter).",
    (p) => `${p.what} ${quoted(p.value)} must be lowerCamelCase letters and digits (e.g. myFieldName)`,
  ),
  "name-too-long": define<{ value: string; max: number }>(
    "error",
    "A name longer than the spec format allows (names become identifiers, files and folders).",
    "Give it a shorter name.",
    (p) => `name ${quoted(p.value)} is ${p.value.length} characters long; names may have at most ${p.max}`,
  ),
  "text-too-long": define<{ where: string; length: number; max: number }>(
    "error",
    "A text far longer than any Sips page prints (a sign of a pasted file or a broken line).",
    "Shorten the text to what the page says, or mend the line break or paste that made it.",
    (p) => `${p.where} is ${thousands(p.length)} characters long; texts may have at most ${thousands(p.max)}`,
  ),
  "note-not-ended": define<NoteNotEnded>(
    "warning",
    "A note (or a deviation's reason) that does not end with sentence punctuation (. ? ! …), or whose round brackets do not pair: most often half of one, as YAML splits a flow list (notes: [a, b]) or mapping ({ about: a, reason: b }) at each comma outside quotes.",
    "End the text with . ? ! or …, or pair its brackets; where a comma split a flow list or mapping, quote the text or write it on a line of its own.",
    (p) =>
      `${p.kind === "reason" ? "deviation reason" : "note"} ${quoted(p.note)} ${p.unpaired ? "has a round bracket it does not pair" : "does not end with sentence punctuation (. ? ! …)"}${noteEndAdvice(p)}`,
  ),
  "spec-pointer-in-text": define<{ pointer: string }>(
    "warning",
    "A printed text (summary, description, meaning, note) that points into the spec's files (a saved page, a key of the format, a file of spec/), which the package's reader does not have: the text says the thing itself, or names a public page by its address.",
    "Say in the text what the pointed-at file or key holds, or name a public page by its address.",
    (p) =>
      `text points at ${quoted(p.pointer)}, which the package's reader cannot see (spec/ is not in the package): say what it holds in the text itself, or name a public page by its address`,
  ),
  "too-many-values": define<{ where: string; count: number; max: number }>(
    "error",
    "A value list longer than the generated TypeScript can type (TypeScript refuses the array of its values as too complex, TS2590).",
    "Check that the list is not a pasted file; else split it into the lists its fields take.",
    (p) =>
      `${p.where} has ${thousands(p.count)} values; a value list may have at most ${thousands(p.max)}, the most TypeScript types in one array of value descriptors`,
  ),
  "too-many-fields": define<{ where: string; count: number; max: number }>(
    "error",
    "A message or container with more fields than its generated validator is type-checked at (its checks are split in parts, and TypeScript's time grows with them).",
    "Check that the message is not a pasted file; else group its fields into containers, as the page prints them.",
    (p) =>
      `${p.where} has ${thousands(p.count)} fields; a message or container may have at most ${thousands(p.max)}, the most its generated validator is type-checked at`,
  ),
  "bad-pattern": define<{ where: string; value: string; expected: string }>(
    "error",
    "A value that does not have the expected form (URL, interface prefix, constant name).",
    "Write the value in the form the message expects.",
    (p) => `${p.where} ${quoted(p.value)} is malformed: expected ${p.expected}`,
  ),
  "prefix-mismatch": define<{ recommended: string; prefix: string } | { prefix: string; given: string }>(
    "error",
    "A recommended interfaceVersion that does not start with its prefix, or recommended versions by prefix without the operation's prefix.",
    "Correct the recommended version or the prefix so that one starts the other, or give the operation's prefix its recommended version.",
    (p) =>
      "recommended" in p
        ? `recommended interfaceVersion "${p.recommended}" does not start with the prefix "${p.prefix}"`
        : `no recommended interfaceVersion for the operation's prefix "${p.prefix}" (recommended gives ${p.given}); add it, or write the one version as text`,
  ),
} as const;

interface NoteNotEnded {
  readonly note: string;
  readonly next: string | undefined;
  readonly unpaired: boolean;
  readonly kind: "note" | "reason";
}

/** What note-not-ended advises: where a comma may have cut the note (or the reason) in two, how to keep it whole. */
function noteEndAdvice(p: NoteNotEnded): string {
  if (p.kind === "reason") {
    if (p.next !== undefined)
      return `; if the key ${quoted(p.next)} beside it is the rest of it, a comma split it, as YAML splits a flow mapping ({ about: a, reason: b }) at each comma outside quotes: quote the reason, or write the deviation as a block mapping (about: and reason: on lines of their own)`;
    return p.unpaired ? "" : ": end it as a sentence";
  }
  if (p.next !== undefined)
    return `; if the next note (${quoted(p.next)}) is the rest of it, a comma split it, as YAML splits a flow list (notes: [a, b]) at each comma outside quotes: quote the note, or write it on a line of its own ("- ...")`;
  return p.unpaired
    ? "; if it is the rest of the note before it, a comma split them: quote that note, or write it on a line of its own"
    : ": end it as a sentence";
}
