// The reference pages show what the spec says of each operation: every text of
// its operation file and of the dictionary (descriptions, conditions, notes,
// meanings, values) reaches docs/, but for the few that something else takes
// the place of, named below. Each text of the fixture that holds every text
// field of the format is tagged with a word of its own, the fixture generated
// in memory, and each word looked for in the pages; a note the page shows as a
// note of its own (not in a table cell) is a paragraph of its own.
import path from "node:path";
import MarkdownIt from "markdown-it";
import { isPair, isScalar, parseDocument, visit } from "yaml";
import { beforeAll, expect, test } from "vitest";
import { generateFromInput } from "../../generator/index.js";
import { readSpecInput, type SpecFile } from "../../generator/read/spec-files.js";
import { appendToText, NOT_PROSE, ROOT_SCHEMAS } from "../support/text-fields.js";
import { fixturesDir } from "../support/paths.js";

const root = path.join(fixturesDir, "every-text");

/** The fixture's texts that no page shows, and why. */
const NOT_SHOWN: Record<string, string> = {
  "When the customer has one.": "the dictionary's condition of customerEmail: the operation gives its own",
  "E-mail address of the buyer.": "the dictionary's description of customerEmail: the operation gives its own",
  "In response to a check: card enrolled": "a meaning of the shared list: the operation words the value its own way",
  "Format error": "a meaning of the shared list: the operation words the value its own way, and names its constant",
  "Internal error": "a meaning of the shared list: the operation words the value its own way, and names its constant",
  "Outcome of the call.":
    "the shared list's description: the one operation that takes the list words values its own way, and its section leads with its field's description",
  VISA: "an item's example: the page's example is the message's",
  "request.fields.amount.presence": "a deviation from the saved page, which sync reports",
  "The page marks it optional; the fixture needs a conditional field.": "a deviation's reason, which sync reports",
  "optional, as the fixture's page prints it": "what a deviation recorded of its page, which sync compares",
};

const PLACE_HOLDER = "\u0000";

/** A word of letters and digits for a text: the same text, the same word, so that references stay whole. */
const wordFor = (text: string): string =>
  `qz${[...text].reduce((hash, c) => (Math.imul(hash, 31) + (c.codePointAt(0) ?? 0)) >>> 0, 7).toString(36)}qz`;

interface Tagged {
  readonly text: string;
  readonly word: string;
  /** A note of the operation, a message, its status, the facts' stop or a value list: not a field's. */
  readonly ownNote: boolean;
  /** The message whose notes (or whose facts' stop's) it is: its JSON Schema says them too. */
  readonly messageNote: "request" | "response" | "callback" | null;
}

let tagged: Tagged[];
let pages: Map<string, string>;
let schemas: Map<string, string>;

beforeAll(async () => {
  const input = await readSpecInput(path.join(root, "spec"), root);
  tagged = [];
  const files = input.files.map((file): SpecFile => {
    if (file.kind === "unexpected") return file;
    const doc = parseDocument(file.text, { schema: "failsafe" });
    appendToText(doc, ROOT_SCHEMAS[file.kind], PLACE_HOLDER, NOT_PROSE);
    visit(doc, {
      Scalar(_, node, ancestry) {
        if (typeof node.value !== "string" || !node.value.endsWith(PLACE_HOLDER)) return;
        const text = node.value.slice(0, -PLACE_HOLDER.length);
        const keys = ancestry.flatMap((a) => (isPair(a) && isScalar(a.key) ? [String(a.key.value)] : []));
        const ownNote = keys.at(-1) === "notes" && !keys.includes("fields") && !keys.includes("items");
        const [message, ...rest] = keys;
        const messageNote =
          (message === "request" || message === "response" || message === "callback") &&
          ["notes", "factsStop/notes"].includes(rest.join("/"))
            ? message
            : null;
        const word = wordFor(text);
        // The platform's texts (the seal rule, the credentials, the test key) are tagged as well, so that the
        // algorithms the value lists name stay its own, but they are docs/seal.md's, not an operation's.
        if (file.kind !== "platform") tagged.push({ text, word, ownNote, messageNote });
        node.value = `${text} ${word}`;
      },
    });
    return { ...file, text: doc.toString({ lineWidth: 0 }) };
  });
  const result = await generateFromInput({ ...input, files });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join("\n"));
  pages = new Map(result.files.filter((f) => f.path.startsWith("docs/")).map((f) => [f.path, f.content]));
  schemas = new Map(result.files.filter((f) => f.path.startsWith("schemas/")).map((f) => [f.path, f.content]));
});

test("every text of an operation and of the dictionary is on a reference page, but those named", () => {
  expect(tagged.length).toBeGreaterThan(60);
  const all = [...pages.values()].join("\n");
  const missing = tagged.filter((t) => !all.includes(t.word)).map((t) => t.text);
  expect([...new Set(missing)].sort()).toEqual(Object.keys(NOT_SHOWN).sort());
});

test("a note of the operation, a message, its status or a value list is a paragraph of its own", () => {
  const notes = tagged.filter((t) => t.ownNote);
  expect(notes.length).toBeGreaterThan(6);
  const markdown = new MarkdownIt();
  const paragraphs = [...pages.values()].flatMap((page) => {
    const tokens = markdown.parse(page, {});
    return tokens.flatMap((t, i) =>
      t.type === "inline" && tokens[i - 1]?.type === "paragraph_open" ? [t.content] : [],
    );
  });
  for (const note of notes) {
    const holding = paragraphs.filter((p) => p.includes(note.word));
    expect(holding.length, note.text).toBeGreaterThan(0);
    for (const paragraph of holding) expect(paragraph.match(/qz[0-9a-z]+qz/g), note.text).toEqual([note.word]);
  }
});

test("a message's notes, and those of where its saved facts stop, are in its JSON Schema", () => {
  const notes = tagged.filter((t) => t.messageNote !== null);
  expect(new Set(notes.map((t) => t.messageNote))).toEqual(new Set(["request", "response", "callback"]));
  for (const note of notes)
    expect(schemas.get(`schemas/cardCheck.${note.messageNote}.schema.json`), note.text).toContain(note.word);
});
