// The names a browser, a file manager or an editor gives a second save of a
// file: a maintainer who saved a new release of sources/x.page.txt beside it
// (x.page (1).txt, x.page(1).txt, x.page 2.txt, x.page - Copy.txt, Copy of
// x.page.txt, x.page (copy).txt, x.page.new.txt, x (2).page.txt, x.page.txt~,
// x.page.txt.bak, x.page.txt.1) believes it read, though the commands read the
// page of the name its operation cites.

/** A mark one save adds at the end of a name's stem, the part before its ending. */
const STEM_MARKS = [
  / ?\(\d+\)$/, // Chrome, Edge, Dolphin: " (1)"; Firefox: "(1)"
  / - (?:copy|copie)(?: \(\d+\))?$/i, // Windows Explorer
  / (?:copy|copie)(?: \d+)?$/i, // macOS Finder
  / \((?:another |\d+(?:st|nd|rd|th) )?copy\)$/i, // GNOME Files
  /[ ._-](?:new|old|copy|bak|orig|latest|draft|release|v?\d+)$/i, // a name of one's own: x.page.new, x.page 2, x-v2
];

/** What an editor, wget or a hand adds after the whole name. */
const NAME_MARKS = /(?:~|\.(?:bak|orig|old|new|tmp|save|\d+))$/i;

/** A file manager's prefix of a copy. */
const COPY_OF = /^(?:copy of |copie de )/i;

/**
 * The saved page (sources/x.page.txt) that `relPath`, a file under sources/, is another save of, by its name alone;
 * undefined for a name that carries no such mark, or a page's own name.
 */
export function pageCopyOf(relPath: string): string | undefined {
  if (!relPath.startsWith("sources/")) return undefined;
  const slash = relPath.lastIndexOf("/");
  const dir = relPath.slice(0, slash + 1);
  const name = relPath.slice(slash + 1);
  let stem = name.replace(COPY_OF, "");
  for (let before = ""; before !== stem;) {
    before = stem;
    stem = stem.replace(NAME_MARKS, "");
  }
  stem = stem.replace(/\.txt$/i, "");
  for (let before = ""; before !== stem;) {
    before = stem;
    stem = stem.replace(/\.page$/i, "");
    for (const mark of STEM_MARKS) stem = stem.replace(mark, "");
  }
  const page = `${dir}${stem}.page.txt`;
  return stem === "" || page === relPath ? undefined : page;
}

/** Each file of `paths` that is another save of a saved page among them, with that page. */
export function pageCopies(paths: ReadonlySet<string>): { readonly copy: string; readonly page: string }[] {
  return [...paths].flatMap((copy) => {
    const name = copy.slice(copy.lastIndexOf("/") + 1);
    const page = name.startsWith(".") ? undefined : pageCopyOf(copy);
    return page !== undefined && paths.has(page) ? [{ copy, page }] : [];
  });
}
