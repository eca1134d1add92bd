// The rows of the reference index's table of operations, each rendered from
// templates/reference-index-row.md.hbs (`renderRow`). A save in --watch changes one
// operation among a thousand: rendering every row again through Handlebars
// was some 20 ms of each save. The rows of the run before are kept by the
// text of their inputs, and only a row whose inputs changed is rendered; the
// rows not used by a run are let go, so what is kept stays one index's worth.

/** What one row shows: plain strings, as the template takes them. */
export interface IndexRow {
  readonly name: string;
  readonly family: string;
  readonly summary: string;
  readonly prefix: string;
  readonly recommended: string;
  readonly path: string;
}

let kept = new Map<string, string>();

/** A row by everything it shows: two rows with the same key are the same text. */
const keyOf = (row: IndexRow): string =>
  `${row.name}\u0000${row.family}\u0000${row.summary}\u0000${row.prefix}\u0000${row.recommended}\u0000${row.path}`;

/** Each row's Markdown line (without its line end), in the order given. */
export function indexRows(rows: readonly IndexRow[], renderRow: (row: IndexRow) => string): string[] {
  const now = new Map<string, string>();
  const out = rows.map((row) => {
    const key = keyOf(row);
    let text = now.get(key) ?? kept.get(key);
    if (text === undefined) text = renderRow(row).replace(/\n$/, "");
    now.set(key, text);
    return text;
  });
  kept = now;
  return out;
}
