// The diagnostics of a spec that sync edited in memory and did not write (the
// edits would leave it invalid), placed in the files as they are on disk: the
// maintainer opens those, not sync's edited texts. A place on a line the edits
// left alone is where that line is on disk; a place on a line an edit would
// write is at the line it would go before, and says so.

import path from "node:path";
import { diffLines } from "diff";
import type { Diagnostic, SourceLocation } from "../diagnostics/diagnostic.js";

/** Where each line of the edited text is on disk: its line there, or the line an edit would put it before. */
type LineMap = readonly { readonly line: number; readonly written: boolean }[];

export function placeOnDisk(
  diagnostics: readonly Diagnostic[],
  displayRoot: string,
  read: ReadonlyMap<string, string>,
  edited: ReadonlyMap<string, string>,
): Diagnostic[] {
  const maps = new Map<string, LineMap | null>();
  for (const [relPath, text] of edited) {
    const before = read.get(relPath);
    if (before !== text)
      maps.set(path.posix.join(displayRoot, relPath), before === undefined ? null : lineMap(before, text));
  }
  const place = <L extends SourceLocation & { readonly message: string }>(at: L): L => {
    if (!maps.has(at.file)) return at;
    const map = maps.get(at.file);
    const onDisk = map?.[at.line - 1];
    if (!map) return { ...at, message: `${at.message} (in a file sync would make)` };
    if (!onDisk || onDisk.written)
      return {
        ...at,
        line: onDisk?.line ?? at.line,
        column: 1,
        message: `${at.message} (in a line sync would write here)`,
      };
    return { ...at, line: onDisk.line };
  };
  return diagnostics.map((d) => ({ ...place(d), related: d.related.map(place) }));
}

function lineMap(before: string, after: string): LineMap {
  const out: { line: number; written: boolean }[] = [];
  let line = 1;
  for (const part of diffLines(before, after)) {
    const count = part.count ?? 0;
    if (part.removed) line += count;
    else if (part.added) for (let i = 0; i < count; i++) out.push({ line, written: true });
    else for (let i = 0; i < count; i++) out.push({ line: line++, written: false });
  }
  return out;
}
