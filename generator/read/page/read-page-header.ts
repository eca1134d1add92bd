// The top of a page: its title (the operation's name), the summary and
// further paragraphs, the recommended interfaceVersion (on its line, or one
// bullet per interface), and the documents to read first.
//
//   someOperation                                    title
//   To search in the page use Ctrl+F ...             (optional)
//   Initializes a payment on the Paypage.            summary
//   On success ...                                   description lines (any number)
//   Recommended interfaceVersion: AB_CD_2.53         one interface, or:
//   Recommended interfaceVersion:                    several interfaces,
//   - POST : HP_3.4                                    one bullet each
//   - JSON/SOAP : AB_CD_3.4
//   It is advised to read the following documents before    (optional)

import { diagnostic, type Diagnostic, type SourceLocation } from "../../diagnostics/diagnostic.js";
import {
  INTERFACE_VERSION,
  prefixOf,
  type PageFact,
  type PageReadFirst,
  type PageRecommended,
  type SipsPage,
} from "./page-model.js";
import { misspelledHeading } from "./misspelled-heading.js";
import { Unreadable, shorten, type PageLine } from "./page-lines.js";
import { continuesText, SENTENCE_END } from "./wrapped-line.js";

export type PageHeader = Pick<SipsPage, "title" | "name" | "summary" | "description" | "recommended" | "readFirst">;

const SEARCH_HINT = /^To search in the page use Ctrl\+F/;
const RECOMMENDED_LABEL = "Recommended interfaceVersion";
const RECOMMENDED = /^Recommended interfaceVersion:\s*(.*)$/;
const BULLET = /^- (.+?)\s*:\s*(\S+)$/;
const READ_FIRST = /^It is advised to read the following documents/;
const OPEN_IN_TAB = /^Open in new tab\s+(.+)$/;
const NAME = /^[a-z][A-Za-z0-9]*$/;

/** Where the reader is in the header's grammar. */
type State = "title" | "summary" | "description" | "bullets" | "recommended" | "readFirst";

/** `end`: where the header ends (the first section's heading), where a summary the header lacks is reported if no line follows the title. */
export function readHeader(
  lines: readonly PageLine[],
  kind: SipsPage["kind"],
  end: SourceLocation,
  out: Diagnostic[],
): PageHeader {
  const unreadable = new Unreadable();
  /** The first line after the title: where the summary is printed. */
  let summaryAt: SourceLocation | null = null;
  let title: PageFact<string> | null = null;
  let summary: PageFact<string> | null = null;
  const description: PageLine[] = [];
  const recommended: PageRecommended[] = [];
  const readFirst: PageReadFirst[] = [];
  let state: State = "title";
  let block: PageLine[] | null = null;
  /** The "Recommended interfaceVersion:" line whose bullets are being read. */
  let bulletsOf: { line: PageLine; count: number } | null = null;
  const endBullets = (): void => {
    if (bulletsOf?.count === 0)
      out.push(diagnostic("page-bad-version", bulletsOf.line.at, { where: "recommended interfaceVersion", value: "" }));
    bulletsOf = null;
  };
  const addRecommended = (label: string | null, value: string, line: PageLine): void => {
    const where = `recommended interfaceVersion${label === null ? "" : ` (${label})`}`;
    if (!INTERFACE_VERSION.test(value)) {
      out.push(diagnostic("page-bad-version", line.at, { where, value }));
      return;
    }
    const prefix = prefixOf(value);
    const first = recommended.find((r) => r.prefix === prefix);
    if (first) {
      out.push(
        diagnostic("page-duplicate-recommended", line.at, { prefix }, [{ ...first.at, message: "first given here" }]),
      );
      return;
    }
    recommended.push({ label, prefix, version: value, at: line.at });
  };
  const noTitle = kind === "operation" && titleMissing(lines);
  for (const line of lines) {
    const text = line.text;
    if (text === "" || SEARCH_HINT.test(text)) continue;
    if (state === "bullets") {
      const bullet = BULLET.exec(text);
      if (bullet && bulletsOf) {
        bulletsOf.count++;
        addRecommended(bullet[1] ?? "", bullet[2] ?? "", line);
        continue;
      }
      if (text.startsWith("- ")) {
        if (bulletsOf) bulletsOf.count++;
        unreadable.add(line);
        continue;
      }
      endBullets();
      state = "recommended";
    }
    if (state === "title" && noTitle) {
      out.push(diagnostic("page-missing-title", { file: end.file, line: 1, column: 1 }, {}));
      state = "summary";
    }
    if (state !== "title") summaryAt ??= line.at;
    const version = state === "title" ? null : (RECOMMENDED.exec(text)?.[1] ?? misspelledRecommended(line, out));
    if (version !== null) {
      const value = version.trim();
      if (value === "") {
        state = "bullets";
        bulletsOf = { line, count: 0 };
      } else {
        addRecommended(null, value, line);
        state = "recommended";
      }
      continue;
    }
    if (READ_FIRST.test(text) && state !== "title") {
      state = "readFirst";
      block = null;
      continue;
    }
    switch (state) {
      case "title":
        title = { value: text, at: line.at };
        // An operation page is titled with the operation's name; a response page with a sentence.
        if (kind === "operation" && !NAME.test(text)) unreadable.add(line);
        state = "summary";
        break;
      case "summary":
        summary = { value: text, at: line.at };
        state = "description";
        break;
      case "description":
        // A summary wrapped onto the next line: read as a description line, it left sync a summary cut in two to write.
        if (summary !== null && description.length === 0 && continuesText(summary.value, text))
          summary = { value: `${summary.value} ${text}`, at: summary.at };
        else description.push(line);
        break;
      case "readFirst": {
        const open = OPEN_IN_TAB.exec(text);
        if (text === "-") block = [];
        else if (open && block !== null) {
          readFirst.push(readFirstEntry(block, (open[1] ?? "").trim(), line.at));
          block = null;
        } else if (block !== null) block.push(line);
        else unreadable.add(line);
        break;
      }
      default:
        unreadable.add(line);
    }
  }
  if (state === "bullets") endBullets();
  out.push(...unreadable.diagnostics("the page header"));
  // Every page prints one, and an operation needs one. A page that lacks it is told where it is missing: not read
  // from the line after it (the recommended interfaceVersion, a section), nor left out of the comparison in silence.
  if (summary === null) out.push(diagnostic("page-missing-summary", summaryAt ?? end, {}));
  const name = title !== null && NAME.test(title.value) ? title : null;
  const first = description[0];
  return {
    title,
    name,
    summary,
    description: first ? { value: description.map((l) => l.text).join("\n"), at: first.at } : null,
    recommended,
    readFirst,
  };
}

/**
 * An operation page whose first line is not its title but what follows it: the summary (a sentence, or the line
 * before the recommended version or the first section) or the recommended version. Told as such where the title
 * belongs, and read as what it is: taken for the title, the summary was a header line not understood and the line
 * after it was read as the summary, and the errors that followed did not say why. A line of words that is neither
 * (a title that is no name, "Payment Web Init") stays a title not understood.
 */
function titleMissing(lines: readonly PageLine[]): boolean {
  const [first, next] = lines.filter((l) => l.text !== "" && !SEARCH_HINT.test(l.text));
  if (first === undefined || NAME.test(first.text)) return false;
  return (
    RECOMMENDED.test(first.text) || SENTENCE_END.test(first.text) || next === undefined || RECOMMENDED.test(next.text)
  );
}

/**
 * "Recommanded interfaceVersion: ..." read as the line it misspells, and
 * reported: taken for a description line, it hid the page's version from sync.
 */
function misspelledRecommended(line: PageLine, out: Diagnostic[]): string | null {
  const labelled = /^([^:]+):\s*(.*)$/.exec(line.text);
  const label = labelled?.[1]?.trim() ?? "";
  if (!labelled || misspelledHeading(label, [RECOMMENDED_LABEL]) === undefined) return null;
  out.push(diagnostic("page-misspelled-heading", line.at, { text: shorten(label), heading: RECOMMENDED_LABEL }));
  return labelled[2] ?? "";
}

/** A document block: an optional label, the title, a description; "Open in new tab <title>" closes it. */
function readFirstEntry(block: readonly PageLine[], title: string, closedAt: SourceLocation): PageReadFirst {
  const texts = block.map((l) => l.text);
  const titleAt = texts.indexOf(title);
  const label = titleAt > 0 ? texts.slice(0, titleAt).join(" ") : null;
  const description = texts.slice(titleAt + 1).join(" ");
  const at = block[titleAt]?.at ?? closedAt;
  return { label, title, description: description === "" ? null : description, at };
}
