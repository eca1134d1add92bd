// The changelog table. The saved page spreads each row over several lines
// ("2.37 |", "someField", "|", "Request | |"), so the table is read as a
// stream of cells between "|", each remembering where its text starts, in
// the order of the columns its heading row names. A table copied without
// "|" (cells apart by tabs, or each on a line) is read word by word.

import { diagnostic, type Diagnostic, type SourceLocation } from "../../diagnostics/diagnostic.js";
import { PAGE_VERSION, type PageChangelogRow } from "./page-model.js";
import { shownText } from "./page-encoding.js";
import { columnAt, Unreadable, type PageLine } from "./page-lines.js";

interface Cell {
  readonly text: string;
  readonly line: PageLine;
  readonly at: SourceLocation;
}

const HEADER = ["Interface version", "Data", "Attendance", "Container"];
const SEPARATOR = /^-{3,}$/;
const ATTENDANCE = new Set(["Request", "Response", "Request/Response"]);
/** A version cell that is not well-formed ("2.6O") but is surely meant as one. */
const VERSION_LIKE = /^\d+\.\S*$/;

export function readChangelog(lines: readonly PageLine[], out: Diagnostic[]): PageChangelogRow[] {
  const all = lines.some((l) => l.text.includes("|")) ? toCells(lines) : wordCells(lines);
  const heading = headingOf(all);
  for (const column of heading.unknown)
    out.push(diagnostic("page-changelog-column", column.at, { column: column.text, known: HEADER.join(", ") }));
  const cells = inHeaderOrder(
    all.filter((c) => !HEADER.includes(c.text) && !SEPARATOR.test(c.text) && !heading.unknown.includes(c)),
    heading.names,
  );
  const unreadable = new Unreadable();
  const rows: PageChangelogRow[] = [];
  let i = 0;
  while (i < cells.length) {
    const version = cells[i] as Cell;
    const data = cells[i + 1];
    const attendance = cells[i + 2];
    const startsRow = PAGE_VERSION.test(version.text) || VERSION_LIKE.test(version.text);
    if (!startsRow || !data || !attendance || !ATTENDANCE.has(attendance.text)) {
      if (version.text !== "") unreadable.add(version.line);
      i++;
      continue;
    }
    if (!PAGE_VERSION.test(version.text)) {
      out.push(
        diagnostic("page-bad-version", version.at, { where: `changelog row of "${data.text}"`, value: version.text }),
      );
    }
    const next = cells[i + 3];
    // The container cell may be missing on the last row.
    const hasContainer = next !== undefined && !PAGE_VERSION.test(next.text) && !VERSION_LIKE.test(next.text);
    rows.push({
      version: version.text,
      // As the page shows them, as a field's name is read: an invisible character is told where it is.
      field: shownText(data.text),
      attendance: attendance.text,
      container: hasContainer ? shownText(next.text) : "",
      at: version.at,
    });
    i += hasContainer ? 4 : 3;
  }
  out.push(...unreadable.diagnostics("the changelog"));
  return rows;
}

/**
 * The columns the table's heading row names: its leading cells that are HEADER's, ended by the separator row (or
 * the four of them, where the page prints no separator row), and the cells of columns the reader does not know
 * (a release's "Release" column) after them, up to the separator row: the rows' cells are read by its columns,
 * those columns' cells left out. None where the heading row cannot be told from the rows: their cells could not
 * be told apart.
 */
function headingOf(all: readonly Cell[]): { readonly names: readonly string[]; readonly unknown: readonly Cell[] } {
  const count = all.findIndex((c) => !HEADER.includes(c.text));
  const leading = all.slice(0, count < 0 ? all.length : count).map((c) => c.text);
  // A heading row printed twice (as a copy of a table whose heading stays in view may give) names each column once:
  // read as one row of eight columns, every other row of the table was dropped.
  const repeat = leading.findIndex((name, i) => leading.indexOf(name) !== i);
  const heading = repeat < 0 ? leading : leading.slice(0, repeat);
  const next = all[leading.length];
  if (next !== undefined && SEPARATOR.test(next.text)) return { names: heading, unknown: [] };
  if (heading.length === HEADER.length && !all.some((c) => SEPARATOR.test(c.text)))
    return { names: heading, unknown: [] };
  const separator = all.findIndex((c) => SEPARATOR.test(c.text));
  const rest = all.slice(leading.length, Math.max(separator, leading.length));
  // A known column after an unknown one ("Release | Container") is read as itself, and named in no defect.
  const unknown = rest.filter((c) => !HEADER.includes(c.text));
  const readable =
    repeat < 0 &&
    unknown.length > 0 &&
    unknown.length <= MAX_UNKNOWN_COLUMNS &&
    rest.every(
      (c, i) => COLUMN_NAME.test(c.text) && !heading.includes(c.text) && rest.findIndex((d) => d.text === c.text) === i,
    ) &&
    HEADER.slice(0, 3).every((name) => heading.includes(name));
  return readable ? { names: [...heading, ...rest.map((c) => c.text)], unknown } : { names: [], unknown: [] };
}

/** A column's name in a heading row: words, no version, no field's name run together. */
const COLUMN_NAME = /^[A-Z][A-Za-z]*(?: [A-Za-z]+)*$/;
/** More columns the reader does not know than it reads is no changelog of the pages' own. */
const MAX_UNKNOWN_COLUMNS = 3;

/**
 * The body's cells in the order of HEADER, where the table's heading row names its columns in another order
 * (a release that moves the Data column first), the Container column possibly left out (its cells are empty where
 * the pages print it): each row is as many cells as columns, the last one possibly cut short of its empty trailing
 * cells. A heading in HEADER's order, or without its first three columns, leaves the cells as they are.
 */
function inHeaderOrder(cells: readonly Cell[], heading: readonly string[]): readonly Cell[] {
  const order = HEADER.map((name) => heading.indexOf(name));
  if (order.slice(0, 3).some((at) => at < 0) || heading.every((name, i) => name === HEADER[i])) return cells;
  const out: Cell[] = [];
  for (let start = 0; start < cells.length; start += heading.length) {
    const row = cells.slice(start, start + heading.length);
    const last = row.at(-1) as Cell;
    out.push(...order.map((at) => row[at] ?? { text: "", line: last.line, at: last.at }));
  }
  return out;
}

/**
 * A table copied without "|" (a browser's copy gives its cells apart by tabs, which read as one space, or each on a
 * line of its own): every cell is one word (a version, a field's name, an attendance, a container's name) but the
 * heading's "Interface version", so each word is a cell. Split on "|" as a cell that spans lines, every row was
 * one cell, a line not understood, and sync could not be run on the page.
 */
function wordCells(lines: readonly PageLine[]): Cell[] {
  const cells: Cell[] = [];
  for (const line of lines) {
    let index = 0;
    while (index < line.text.length) {
      const rest = line.text.slice(index);
      const heading = HEADER.find((h) => rest === h || rest.startsWith(`${h} `));
      const text = heading ?? rest.split(" ", 1)[0] ?? "";
      cells.push({ text, line, at: { ...line.at, column: columnAt(line, index) } });
      index += text.length + 1;
    }
  }
  return cells;
}

/** Splits the lines on "|"; a cell may span lines, its place is where its text starts. */
function toCells(lines: readonly PageLine[]): Cell[] {
  const cells: Cell[] = [];
  let parts: { text: string; line: PageLine; column: number }[] = [];
  const close = (fallback: PageLine | undefined): void => {
    const text = parts
      .map((p) => p.text)
      .filter((t) => t !== "")
      .join(" ");
    const first = parts.find((p) => p.text !== "") ?? parts[0];
    const line = first?.line ?? fallback;
    if (line) cells.push({ text, line, at: { ...line.at, column: first?.column ?? line.at.column } });
    parts = [];
  };
  for (const line of lines) {
    const pieces = line.text.split("|");
    let offset = 0;
    pieces.forEach((piece, index) => {
      const lead = piece.length - piece.trimStart().length;
      parts.push({ text: piece.trim(), line, column: columnAt(line, offset + lead) });
      offset += piece.length + 1;
      if (index < pieces.length - 1) close(line);
    });
  }
  if (parts.some((p) => p.text !== "")) close(undefined);
  return cells;
}
