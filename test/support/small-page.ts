// The small page of the Sips layout (the sync fixture's cardCheck page), read
// by the page reader; the page reader's tests change it and read it again.
import { readFileSync } from "node:fs";
import path from "node:path";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readPage } from "../../generator/read/page/read-page.js";
import { fixturesDir } from "./paths.js";

export const FILE = "cardCheck.page.txt";
export const small = readFileSync(path.join(fixturesDir, "sync", "spec", "sources", FILE), "utf8");
/** The page reader on a text, as it reads the small page's file. */
export const read = (text: string) => readPage(text, FILE);

/** A change to the small page: its name, the text replaced and its replacement, and the diagnostics it must give. */
export interface PageDefect {
  name: string;
  from: string;
  to: string;
  want: string[];
}

/** The diagnostics of the small page changed once, `from` to `to`; a stale case (no `from` in it) throws. */
export function defectsOfChange(from: string, to: string): string[] {
  if (!small.includes(from)) throw new Error(`the fixture page lacks ${JSON.stringify(from)}`);
  return read(small.replace(from, to)).diagnostics.map(formatDiagnostic);
}
