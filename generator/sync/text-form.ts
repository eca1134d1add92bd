// A spec file's form, which sync's edits keep: its line ends, and whether its
// last line ends. The edits write "\n" (rules/yaml-render.ts, yaml-text.ts) and
// place an entry after a line from the newline that ends it; a file saved on
// Windows ends its lines with CRLF, and an editor may save one without a
// newline after its last line. (Its byte order mark is not in its text: the
// write keeps it, write/write-files.ts.)

/** How a text ends its lines. */
export interface TextForm {
  /** Every line end is CRLF (and there is at least one): the lines the edits write end so too. */
  readonly crlf: boolean;
  /** Its last line has no line end: the edited text has none either. */
  readonly open: boolean;
}

export function formOf(text: string): TextForm {
  const crlf = text.includes("\r\n") && !/(?<!\r)\n/.test(text);
  return { crlf, open: text !== "" && !text.endsWith("\n") };
}

/** The text to edit: its last line ended, so that an entry added after it starts on a line of its own (offsets unchanged). */
export function toEdit(text: string, form: TextForm): string {
  return form.open ? `${text}${form.crlf ? "\r\n" : "\n"}` : text;
}

/** An edited text (from toEdit) in the form of the text it was made from. */
export function inForm(edited: string, form: TextForm): string {
  const ends = form.crlf ? edited.replace(/\r?\n/g, "\r\n") : edited;
  return form.open ? ends.replace(/\r?\n$/, "") : ends;
}
