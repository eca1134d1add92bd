// The notes of an operation that name a fact sync just replaced: sync does not
// edit notes, which are the maintainer's own text, so a note that quotes the
// recommended version a release replaced would go on saying it in the
// reference page and the JSDoc, beside the new one.

/**
 * Where in the operation (as a YAML path) a `notes:` list holds a note naming one of `texts`, in document order; a
 * note that also names one of `saying` is left out (it already says the fact sync wrote).
 */
export function notesNaming(
  raw: unknown,
  texts: readonly string[],
  saying: readonly string[] = [],
  at: readonly string[] = [],
): string[] {
  if (texts.length === 0 || raw === null || typeof raw !== "object") return [];
  if (Array.isArray(raw)) return raw.flatMap((item, i) => notesNaming(item, texts, saying, [...at, String(i)]));
  return Object.entries(raw).flatMap(([key, value]) => {
    const here = [...at, key];
    const naming = (note: unknown) =>
      typeof note === "string" && texts.some((t) => names(note, t)) && !saying.some((t) => names(note, t));
    if (key === "notes" && Array.isArray(value)) return value.some(naming) ? [here.join(".")] : [];
    return notesNaming(value, texts, saying, here);
  });
}

/** Whether `note` names `text` as a whole: a version "2.5" is not named by a note that says "2.58". */
function names(note: string, text: string): boolean {
  for (let at = note.indexOf(text); at >= 0; at = note.indexOf(text, at + 1)) {
    const next = note.slice(at + text.length, at + text.length + 2);
    if (!/^(\d|\.\d)/.test(next)) return true;
  }
  return false;
}
