// The rows of the reference index's table of operations, rendered from
// templates/reference-index-rows.md.hbs (`renderRows`), a line each. A save
// in --watch changes one operation among a thousand: rendering every row
// again through Handlebars was some 20 ms of each save. The rows of the run
// before are kept by the text of their inputs, and only a row whose inputs
// changed is rendered; the rows not used by a run are let go, so what is kept
// stays one index's worth.
// The rows to render are rendered together: a render of the template costs
// far more than a row does (a thousand renders of one row each, some 170 ms).
// A new process takes the rows of the run before from the memo (keptText), so
// that one edit among a thousand operations renders one row there too, where
// rendering them all cost some 60 ms of its CPU.

import { keepText, keptText, printMemoLent } from "./ts/print-memo.js";

/** What one row shows: plain strings, as the template takes them. */
export interface IndexRow {
  readonly name: string;
  readonly family: string;
  readonly effect: string;
  /** The response field naming a request's field in error, "" where none does. */
  readonly errorField: string;
  readonly summary: string;
  readonly prefix: string;
  readonly recommended: string;
  readonly path: string;
}

/** The rows of this process's run before, by key, for runs with no memo lent (with one, the memo's rows are the run before's). */
let kept: Map<string, string> | undefined;

/** The rows last read from or given to the memo, with their text: a save in --watch takes them without parsing it again. */
let lastRemembered: { readonly text: string; readonly rows: Map<string, string> } | undefined;

/** Where the memo keeps the rows (keptText). */
const KEPT_ROWS = "reference index rows";

/** A row by everything it shows: two rows with the same key are the same text. */
const keyOf = (row: IndexRow): string =>
  `${row.name}\u0000${row.family}\u0000${row.effect}\u0000${row.errorField}\u0000${row.summary}\u0000${row.prefix}\u0000${row.recommended}\u0000${row.path}`;

/** Each row's Markdown line (without its line end), in the order given; `renderRows` renders rows, a line each. */
export function indexRows(rows: readonly IndexRow[], renderRows: (rows: readonly IndexRow[]) => string): string[] {
  // With a memo, what the run before left in it, as a new process would read it: a run's rows do not depend on the
  // runs its process made before.
  const lent = printMemoLent();
  const before = (lent ? rememberedRows() : kept) ?? new Map<string, string>();
  const now = new Map<string, string>();
  const keys = rows.map(keyOf);
  const missing = new Map<string, IndexRow>();
  keys.forEach((key, i) => {
    if (!before.has(key) && !missing.has(key)) missing.set(key, rows[i] as IndexRow);
  });
  const made = [...missing.values()];
  const lines = made.length === 0 ? [] : renderRows(made).split("\n");
  // A line each, and the line end of the last: otherwise each row alone (a value's text would have broken a line).
  const oneEach = lines.length === made.length + 1 && lines[made.length] === "";
  [...missing.keys()].forEach((key, i) => {
    const row = made[i] as IndexRow;
    now.set(key, oneEach ? (lines[i] as string) : renderRows([row]).replace(/\n$/, ""));
  });
  const out = keys.map((key) => {
    const text = now.get(key) ?? (before.get(key) as string);
    now.set(key, text);
    return text;
  });
  if (lent) {
    const text = JSON.stringify([...now]);
    lastRemembered = { text, rows: now };
    keepText(KEPT_ROWS, text);
  } else kept = now;
  return out;
}

/** The rows the memo kept (keepText), by key; undefined when it has none, or what it has is not rows. */
function rememberedRows(): Map<string, string> | undefined {
  const text = keptText(KEPT_ROWS);
  if (text === undefined) return undefined;
  if (text === lastRemembered?.text) return lastRemembered.rows;
  try {
    const pairs: unknown = JSON.parse(text);
    const isRow = (pair: unknown) =>
      Array.isArray(pair) && pair.length === 2 && typeof pair[0] === "string" && typeof pair[1] === "string";
    if (!Array.isArray(pairs) || !pairs.every(isRow)) return undefined;
    const rows = new Map(pairs as [string, string][]);
    lastRemembered = { text, rows };
    return rows;
  } catch {
    return undefined;
  }
}
